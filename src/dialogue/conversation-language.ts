import { clearLanguage } from '../nlu';
import type { Locale } from './types';

/**
 * Japanese this short in an English conversation is most often a phrase a learner picked up (「ほかのも見たい」
 * 「はい」「これにする」): it is understood, and the conversation stays in English. The p21 and p22 audits read
 * three English speakers who "speak a little Japanese" get a whole page of Japanese after 「ほかのも見たい」.
 * A sentence (「カフェじゃなくてコンビニがいいです」) switches, as before.
 */
const LEARNED_PHRASE_MAX_CHARS = 11;

/** The language a conversation that named no locale answers this message in; undefined keeps the current one. */
export function languageToFollow(text: string, current: Locale): Locale | undefined {
  const clear = clearLanguage(text);
  if (clear === 'ja' && current === 'en') {
    const chars = [...text.replace(/[\s\p{P}\p{S}]/gu, '')].length;
    if (chars <= LEARNED_PHRASE_MAX_CHARS) return undefined;
  }
  return clear;
}
