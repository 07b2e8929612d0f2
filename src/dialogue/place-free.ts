import { answerId, answerKind, isStated, isWanted } from './answers';
import type { DialogueContext } from './context';
import type { AnswerTuple } from './state';
import { compactAnswers } from './turn';

/**
 * The conditions the user stated they want whose jobs are done from anywhere (Condition.worksFromAnywhere:
 * 在宅OK): asked for, they hold the user to no place, so the search spans the catalogue (p25-07 「在宅であれば
 * 場所は特に問いません」 and p25-44 had been kept to their town and shown none of the remote jobs elsewhere).
 */
export function placeFreeWishes(ctx: DialogueContext, answers: readonly AnswerTuple[]): string[] {
  return compactAnswers(answers)
    .filter(
      (t) =>
        answerKind(t) === 'condition' &&
        isStated(t) &&
        isWanted(t) &&
        ctx.lookup.conditions.get(answerId(t))?.worksFromAnywhere === true,
    )
    .map(answerId);
}
