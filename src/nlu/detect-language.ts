import { capText } from './normalize';
import type { Locale } from './types';

const HIRAGANA = /[\u3041-\u309f]/u;
const JAPANESE = /[\u3041-\u30ff\u31f0-\u31ff\uff66-\uff9f\p{Script=Han}]/gu;
/** Latin words of two letters or more (full-width letters count: ｃａｆｅ). 「Wワーク」's W is not a word. */
const LATIN_WORD = /[a-zA-Z\uff21-\uff3a\uff41-\uff5a]{2,}/gu;

interface Signals {
  readonly hiragana: boolean;
  readonly japanese: number;
  readonly latinWords: number;
}

function signals(text: string): Signals {
  const head = capText(text);
  return {
    hiragana: HIRAGANA.test(head),
    japanese: head.match(JAPANESE)?.length ?? 0,
    latinWords: head.match(LATIN_WORD)?.length ?? 0,
  };
}

/**
 * The language a text is clearly written in, or undefined when it does not say (「OK」, 「Tokyo」, 👍, 「12時」).
 * Hiragana means Japanese grammar, whatever else is mixed in (「カフェ cafe がいい」). English is two Latin
 * words or more with no hiragana; katakana and kanji names may sit inside ("a cafe job in 渋谷"). Japanese
 * without hiragana needs two characters and no Latin word (「東京」, 「居酒屋」).
 */
export function clearLanguage(text: string): Locale | undefined {
  const { hiragana, japanese, latinWords } = signals(text);
  if (hiragana) return 'ja';
  if (latinWords >= 2) return 'en';
  if (japanese >= 2 && latinWords === 0) return 'ja';
  return undefined;
}

/**
 * The language of one utterance, never failing: the clear language when there is one, else the script that
 * dominates (「カフェ cafe」 is Japanese, "yes" English), else the fallback (digits, emoji). Cost is one pass
 * over at most MAX_SCAN characters.
 */
export function detectLanguage(text: string, fallback: Locale): Locale {
  const clear = clearLanguage(text);
  if (clear !== undefined) return clear;
  const { japanese, latinWords } = signals(text);
  if (japanese > 0) return 'ja';
  if (latinWords > 0) return 'en';
  return fallback;
}
