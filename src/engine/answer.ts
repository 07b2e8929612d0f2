/** The five answer levels a user can give to a yes/no question. */
export type AnswerLevel = 'yes' | 'probablyYes' | 'dontKnow' | 'probablyNo' | 'no';

export const ANSWER_LEVELS: readonly AnswerLevel[] = ['yes', 'probablyYes', 'dontKnow', 'probablyNo', 'no'];

export function isAnswerLevel(value: unknown): value is AnswerLevel {
  return typeof value === 'string' && (ANSWER_LEVELS as readonly string[]).includes(value);
}

/**
 * How strongly an answer says "the target has this attribute": the probability the user would give this
 * answer when it has it, and when it has not. Soft levels are weak evidence, わからない none at all.
 */
export function answerLikelihood(level: AnswerLevel, noise: number): { ifHas: number; ifLacks: number } {
  switch (level) {
    case 'yes':
      return { ifHas: 1 - noise, ifLacks: noise };
    case 'probablyYes':
      return { ifHas: 0.7, ifLacks: 0.3 };
    case 'dontKnow':
      return { ifHas: 1, ifLacks: 1 };
    case 'probablyNo':
      return { ifHas: 0.3, ifLacks: 0.7 };
    case 'no':
      return { ifHas: noise, ifLacks: 1 - noise };
  }
}

/** The hard reading of an answer, as the seed's method takes it: true, false or no evidence. */
export function hardAnswer(level: AnswerLevel): boolean | null {
  if (level === 'yes' || level === 'probablyYes') return true;
  if (level === 'no' || level === 'probablyNo') return false;
  return null;
}
