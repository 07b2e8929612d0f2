import type { AnswerLevel } from '../engine';
import type { Mentions, NumberFacts, QuestionKind } from './types';

/** Questions that ask for something to be named (where, what kind of work), not for a yes or a no. */
const OPEN: ReadonlySet<QuestionKind> = new Set(['area', 'work']);
/** The first clause: up to punctuation, or in Japanese up to a space too (「はい カフェで」 from speech). */
const FIRST_CLAUSE = /^[^、。,.!?！？]+/u;
const FIRST_JAPANESE_CLAUSE = /^[^、。,.!?！？\s]+/u;
const MAX_LEAD = 8;
const JAPANESE = /[\u3041-\u30ff\p{Script=Han}]/u;

const namesSomething = (mentions: Mentions, numbers: NumberFacts): boolean =>
  mentions.jobTypes.length > 0 ||
  mentions.conditions.length > 0 ||
  mentions.areas.length > 0 ||
  Object.keys(numbers).length > 0;

export interface OpenAnswerInput {
  readonly text: string;
  readonly question: QuestionKind | undefined;
  readonly answer: AnswerLevel | null;
  readonly mentions: Mentions;
  readonly numbers: NumberFacts;
  /** Reads an answer level from a piece of the text. */
  readonly read: (text: string) => AnswerLevel | null;
  /** Whether a piece of the text names anything. */
  readonly names: (text: string) => boolean;
}

/**
 * To 「どのあたりで働きたいですか？」 or 「やってみたいお仕事の種類はありますか？」, 「スタバで働いてみたい」 or
 * 「介護だけは無理です」 names things; it is no yes or no to record. Only a plain answer said first stays one
 * (「はい、ケーキ屋さんです」, "yes, kitchen staff"); an utterance that names nothing is read as it is.
 */
export function answerToOpenQuestion(input: OpenAnswerInput): AnswerLevel | null {
  const { text, question, answer } = input;
  if (answer === null || question === undefined || !OPEN.has(question)) return answer;
  if (!namesSomething(input.mentions, input.numbers)) return answer;
  const lead = (JAPANESE.test(text) ? FIRST_JAPANESE_CLAUSE : FIRST_CLAUSE).exec(text.trim())?.[0]?.trim();
  // A plain answer is short (はい, yes, いいえ, sure); a longer first clause is a sentence of its own.
  if (
    lead === undefined ||
    lead.length > MAX_LEAD ||
    lead.length === text.trim().length ||
    input.names(lead)
  ) {
    return null;
  }
  return input.read(lead);
}
