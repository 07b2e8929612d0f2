import type { AnswerLevel, AttributeAnswer, Evidence } from '../engine';
import type { DialogueContext } from './context';
import { answerId, answerKind, answerKindCode, answerLevel, isStated, isWanted } from './answers';
import type { AnswerTuple, AreaValue, KindCode } from './state';
import { compactAnswers } from './turn';
import { placeFreeWishes } from './place-free';
import { isWageWishId } from './wage-wish';

/** The catalogue's tag for good pay, which a stated wage minimum answers. Ignored where a catalogue lacks it. */
const HIGH_WAGE = 'high-wage';

/** What the strategy decides from: the latest answer per attribute the catalogue still knows. */
export function evidenceOf(
  ctx: DialogueContext,
  answers: readonly AnswerTuple[],
  area: AreaValue,
  rejected: readonly string[],
): Evidence {
  const known = compactAnswers(answers).filter((t) =>
    (answerKind(t) === 'jobType' ? ctx.lookup.jobTypes : ctx.lookup.conditions).has(answerId(t)),
  );
  const settled = settledConditions(ctx, known);
  // Who the worker is (学生歓迎, 主婦・主夫歓迎, シニア歓迎: Condition.welcomeOnly) is theirs to say, not a preference
  // to ask: p25-10, a young man, and p25-37, an art student, were asked 「主婦や主夫の方が活躍しているところが
  // いいですか？」. Said of oneself it still ranks; it is never asked.
  for (const [id, condition] of ctx.lookup.conditions) {
    if (condition.welcomeOnly === true && !known.some((t) => answerId(t) === id)) settled.push(id);
  }
  // 「時給2000円以上」 said: 高時給 is not asked (p24-17 heard 「時給の高さをいちばん大事にしたいですか？」 after it).
  // The wish is a number, not the tag, so it ranks and filters by itself; the tag's question adds nothing.
  if (
    ctx.lookup.conditions.has(HIGH_WAGE) &&
    !known.some((t) => answerId(t) === HIGH_WAGE) &&
    compactAnswers(answers).some((t) => isWageWishId(answerId(t)) && isWanted(t))
  ) {
    settled.push(HIGH_WAGE);
  }
  return {
    ...(settled.length > 0 ? { settled: settled.map((id) => ({ kind: 'condition' as const, id })) } : {}),
    answers: known.map((t): AttributeAnswer => ({
      kind: answerKind(t),
      id: answerId(t),
      level: answerLevel(t),
      ...(isStated(t) ? { volunteered: true } : {}),
    })),
    rejectedListingIds: rejected,
    // Asked for work done from home (在宅OK), the user is held to no place by it: the search spans the catalogue.
    ...(area !== null && area !== '*' && placeFreeWishes(ctx, answers).length === 0
      ? {
          area:
            area[1] === undefined ? { prefecture: area[0] } : { prefecture: area[0], municipality: area[1] },
        }
      : {}),
  };
}

/**
 * Conditions a yes has settled through the catalogue's condition groups, and that nobody answered: a yes to
 * 未経験OK settles 経験者歓迎, a yes to 単発 settles 短期.
 */
function settledConditions(ctx: DialogueContext, known: readonly AnswerTuple[]): string[] {
  const groups = ctx.catalog.conditionGroups ?? [];
  if (groups.length === 0) return [];
  const conditions = known.filter((t) => answerKind(t) === 'condition');
  const answered = new Set(conditions.map(answerId));
  const yes = new Set(conditions.filter(isWanted).map(answerId));
  const settled = new Set<string>();
  for (const group of groups) {
    if (group.kind === 'exclusive') {
      if (group.conditionIds.some((id) => yes.has(id))) {
        for (const id of group.conditionIds) if (!yes.has(id)) settled.add(id);
      }
    } else if (yes.has(group.conditionId)) {
      // What a yes implies, or rules out for this worker (深夜 for a high-school student), is not asked.
      for (const id of group.kind === 'implies' ? group.implied : group.ruledOut) settled.add(id);
    }
  }
  return [...settled].filter((id) => !answered.has(id));
}

/** The latest level given for an attribute, if any. */
export function latestLevel(
  answers: readonly AnswerTuple[],
  kind: KindCode,
  id: string,
): AnswerLevel | undefined {
  for (let i = answers.length - 1; i >= 0; i--) {
    const t = answers[i]!;
    if (answerKindCode(t) === kind && answerId(t) === id) return answerLevel(t);
  }
  return undefined;
}
