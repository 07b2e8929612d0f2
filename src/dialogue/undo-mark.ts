import { decodeQuestion, encodeQuestion, type Question } from './question';
import type { AreaValue, UndoMark } from './state';

/** What one user turn changed, to take it back (stored as the positional UndoMark). */
export interface UndoStep {
  /** How many answers there were before the turn. */
  readonly answers: number;
  /** How many rejected listings there were before the turn. */
  readonly rejected: number;
  readonly asked: number;
  readonly area: AreaValue;
  readonly question: Question | null;
  readonly shown: readonly string[];
  readonly page: number;
}

export function decodeUndoMark(mark: UndoMark): UndoStep {
  const [answers, rejected, asked, area, open, shown, page] = mark;
  return { answers, rejected, asked, area, question: decodeQuestion(open), shown, page };
}

export function encodeUndoMark(step: UndoStep): UndoMark {
  const { answers, rejected, asked, area, question, shown, page } = step;
  return [answers, rejected, asked, area, encodeQuestion(question), shown, page];
}
