import type { OpenTuple, Place } from './state';

/**
 * The open question, as the dialogue reads it. The state stores it compactly (OpenTuple); it is decoded when a
 * turn starts and encoded again when the turn becomes the next state.
 */
export type Question =
  | { readonly kind: 'area' }
  /** Which of several places of one name (「府中」): `surface` as the user said it. */
  | { readonly kind: 'place'; readonly surface: string; readonly places: readonly Place[] }
  /** What kind of work (asked once, right after the area). */
  | { readonly kind: 'work' }
  | { readonly kind: 'jobType'; readonly id: string }
  | { readonly kind: 'condition'; readonly id: string }
  /** Do the jobs shown fit. */
  | { readonly kind: 'results' }
  /** Start over, after everything shown was rejected. */
  | { readonly kind: 'startOver' };

type QuestionKindName = Question['kind'];

export function decodeQuestion(open: OpenTuple | null): Question | null {
  if (open === null) return null;
  switch (open[0]) {
    case 'a':
      return { kind: 'area' };
    case 'p':
      return { kind: 'place', surface: open[1], places: open[2] };
    case 'w':
      return { kind: 'work' };
    case 't':
      return { kind: 'jobType', id: open[1] };
    case 'c':
      return { kind: 'condition', id: open[1] };
    case 'r':
      return { kind: 'results' };
    case 'o':
      return { kind: 'startOver' };
  }
}

export function encodeQuestion(question: Question | null): OpenTuple | null {
  if (question === null) return null;
  switch (question.kind) {
    case 'area':
      return ['a'];
    case 'place':
      return ['p', question.surface, question.places];
    case 'work':
      return ['w'];
    case 'jobType':
      return ['t', question.id];
    case 'condition':
      return ['c', question.id];
    case 'results':
      return ['r'];
    case 'startOver':
      return ['o'];
  }
}

/** A question is open and of one of these kinds: `questionIs(turn.question, 'results')`. */
export const questionIs = (question: Question | null, ...kinds: readonly QuestionKindName[]): boolean =>
  question !== null && kinds.includes(question.kind);
