import type { DialogueContext } from './context';
import { statedConstraints } from './constraints';
import type { AnswerTuple } from './state';

/**
 * The conditions the user stated they want whose jobs are done from anywhere (Condition.worksFromAnywhere:
 * 在宅OK): asked for, they hold the user to no place, so the search spans the catalogue (p25-07 「在宅であれば
 * 場所は特に問いません」 and p25-44 had been kept to their town and shown none of the remote jobs elsewhere). The
 * same set as the constraints' placeFree, read from the answers alone.
 */
export function placeFreeWishes(ctx: DialogueContext, answers: readonly AnswerTuple[]): string[] {
  return [...(statedConstraints({ a: null, ans: answers }, [], ctx.lookup.conditions).placeFree ?? [])];
}
