import type { AnswerLevel, AttributeAnswer, Evidence } from '../engine';
import type { DialogueContext } from './context';
import { kindOf, levelOf, type AnswerTuple, type AreaValue, type KindCode } from './state';
import { compactAnswers } from './turn';

/** What the strategy decides from: the latest answer per attribute the catalogue still knows. */
export function evidenceOf(
  ctx: DialogueContext,
  answers: readonly AnswerTuple[],
  area: AreaValue,
  rejected: readonly string[],
): Evidence {
  const known = compactAnswers(answers).filter((t) =>
    (t[0] === 't' ? ctx.lookup.jobTypes : ctx.lookup.conditions).has(t[1]),
  );
  return {
    answers: known.map((t): AttributeAnswer => ({
      kind: kindOf(t[0]),
      id: t[1],
      level: levelOf(t[2]),
      ...(t[3] === 1 ? { volunteered: true } : {}),
    })),
    rejectedListingIds: rejected,
    ...(area !== null && area !== '*'
      ? {
          area:
            area[1] === undefined ? { prefecture: area[0] } : { prefecture: area[0], municipality: area[1] },
        }
      : {}),
  };
}

/** The latest level given for an attribute, if any. */
export function latestLevel(
  answers: readonly AnswerTuple[],
  kind: KindCode,
  id: string,
): AnswerLevel | undefined {
  for (let i = answers.length - 1; i >= 0; i--) {
    const t = answers[i]!;
    if (t[0] === kind && t[1] === id) return levelOf(t[2]);
  }
  return undefined;
}
