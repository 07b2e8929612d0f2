import type { AnswerLevel } from '../engine';
import { spellEmoji } from './answer-emoji';
import { evaluate } from './answer-eval';
import { ANSWER_GRAMMAR_JA } from './answer-grammar-ja';
import { segment, TokenTrie, type FoundToken } from './answer-tokens';
import { ENGLISH_WORDS } from './answer-words-en';
import { ANSWER_WORDS, ANY_WORDS, OFFER_WORDS, type WordGroup } from './answer-words-ja';
import { normalize, toClauses, toWordClauses, toWords } from './normalize';
import { isEchoQuestion } from './parse-command';
import type { Locale } from './types';

export interface AnswerContext {
  readonly locale: Locale;
  /** The question offered something (「ほかのお仕事も見てみますか？」): いいです / 大丈夫です then mean "no thanks". */
  readonly afterOffer?: boolean;
}

let japanese: TokenTrie | undefined;
let english: TokenTrie | undefined;

function build(groups: readonly WordGroup[], split: (word: string) => string[]): TokenTrie {
  const trie = new TokenTrie();
  for (const group of groups) for (const word of group.words) trie.add(split(word), group.spec);
  return trie;
}

/**
 * Japanese is matched character by character, but a run of Latin letters or digits is one unit: 「NG」 is a
 * word, and no NG hides in "interesting" (English the English reader did not take falls through to here).
 */
function japaneseUnits(text: string): string[] {
  return text.match(/[a-z0-9]+|[^a-z0-9]/gu) ?? [];
}

function japaneseTrie(): TokenTrie {
  japanese ??= build([...ANSWER_WORDS, ANY_WORDS, ...OFFER_WORDS, ...ANSWER_GRAMMAR_JA], (w) =>
    japaneseUnits(normalize(w)),
  );
  return japanese;
}

function englishTrie(): TokenTrie {
  english ??= build(ENGLISH_WORDS, toWords);
  return english;
}

function parseJapanese(text: string, afterOffer: boolean): AnswerLevel | null {
  const trie = japaneseTrie();
  const tokens: FoundToken[] = [];
  toClauses(text).forEach((clause, index) => tokens.push(...segment(japaneseUnits(clause), trie, index)));
  return evaluate(tokens, afterOffer);
}

function parseEnglish(text: string, afterOffer: boolean): AnswerLevel | null {
  const trie = englishTrie();
  const tokens: FoundToken[] = [];
  toWordClauses(text).forEach((words, index) => tokens.push(...segment(words, trie, index)));
  return evaluate(tokens, afterOffer);
}

/**
 * Reads a reply to a yes/no question as one of the five answer levels, or null when it is not an answer
 * (a question back, a command, unrelated text). Japanese replies are read in both locales and English ones
 * too, each locale trying its own language first.
 */
export function parseAnswer(raw: string, context: AnswerContext): AnswerLevel | null {
  if (isEchoQuestion(raw)) return null;
  const text = spellEmoji(raw);
  const afterOffer = context.afterOffer === true;
  if (context.locale === 'en') return parseEnglish(text, afterOffer) ?? parseJapanese(text, afterOffer);
  return parseJapanese(text, afterOffer) ?? parseEnglish(text, afterOffer);
}
