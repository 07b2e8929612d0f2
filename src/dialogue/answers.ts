import type { AnswerLevel, AttributeKind } from '../engine';
import { kindOf, levelCode, levelOf, type AnswerTuple, type KindCode } from './state';

/*
 * Named reads of the stored answer tuples ([kind, id, level] or [kind, id, level, 1]): the dialogue reads answers
 * through these and writes them through encodeAnswer, so no code depends on a position in the tuple.
 */

export const answerKind = (answer: AnswerTuple): AttributeKind => kindOf(answer[0]);
export const answerKindCode = (answer: AnswerTuple): KindCode => answer[0];
export const answerId = (answer: AnswerTuple): string => answer[1];
export const answerLevel = (answer: AnswerTuple): AnswerLevel => levelOf(answer[2]);
/** Said by the user unasked (「カフェがいい」), or said firmly: a constraint rather than a preference. */
export const isStated = (answer: AnswerTuple): boolean => answer[3] === 1;
/** A yes or a probably yes. */
export const isWanted = (answer: AnswerTuple): boolean => {
  const level = answerLevel(answer);
  return level === 'yes' || level === 'probablyYes';
};

/** A no or a probably no. */
export const isRefused = (answer: AnswerTuple): boolean => {
  const level = answerLevel(answer);
  return level === 'no' || level === 'probablyNo';
};

export function encodeAnswer(kind: KindCode, id: string, level: AnswerLevel, stated: boolean): AnswerTuple {
  return stated ? [kind, id, levelCode(level), 1] : [kind, id, levelCode(level)];
}
