import type { SpeechForm } from './speech-forms';

/** Locale words that stand in for symbols a speech engine would otherwise read out or stumble on. */
export interface SpeechWords {
  /** What 〜 between two values becomes (「から」, " to "). */
  readonly range: string;
  /** The pause that replaces separators, brackets and decorations (「、」, ", "). */
  readonly pause: string;
  readonly percent: string;
  /** Written forms said otherwise, applied first (locales/<lang>/speech-forms.json). */
  readonly forms?: readonly SpeechForm[];
}

const URL = /\b(?:https?:\/\/|www\.)[!-~]*/giu;
const EMOJI =
  /\p{Extended_Pictographic}|\p{Regional_Indicator}|\p{Emoji_Modifier}|\u200D|\uFE0E|\uFE0F|\u20E3/gu;
const RANGE = /\s*[〜～~]\s*/gu;
const PERCENT = /\s*[%％]/gu;
const CURRENCY = /[¥￥$＄]/gu;
// Separators, brackets, decorations and markdown: read as a short pause.
const PAUSING =
  /[／/｜|★☆※・･【】（）()「」『』［］[\]〔〕{}<>＜＞&＆♪♫◆◇■□●○▲△▼▽→←↑↓＊*#＃_`^=+@＠\\:;：；\n\r\t]/gu;
const SEPARATED_THOUSANDS = /(\d)[,，](?=\d{3}(?!\d))/gu;
const MARK = '\uE000';

/**
 * Turns display text into something a speech engine reads naturally: written forms said as people say them
 * (the locale's speech-form table), no URLs, emoji, markdown or symbols; ranges and percentages spelled with
 * the locale's words, thousands written without separators.
 */
export function speakable(text: string, words: SpeechWords): string {
  let s = text;
  for (const form of words.forms ?? []) s = s.replace(form.pattern, form.spoken);
  s = s
    .replace(/\p{Co}/gu, '')
    .replace(URL, MARK)
    .replace(EMOJI, '');
  s = s.replace(SEPARATED_THOUSANDS, '$1');
  s = s.replace(RANGE, words.range).replace(PERCENT, words.percent).replace(CURRENCY, '');
  s = s.replace(PAUSING, MARK).replace(/[\p{Cc}\p{Cf}]/gu, '');
  s = s
    .replace(/[\s\uE000]*\uE000[\s\uE000]*/gu, MARK)
    .replace(/^\uE000|\uE000$/gu, '')
    .replace(/\uE000(?=[、。！？!?,.])/gu, '')
    .replace(/(?<=[、。！？!?,.])\uE000/gu, '')
    .replace(/\uE000/gu, words.pause);
  // Empty values leave doubled punctuation behind (「。。」, "x. ."): one mark is enough.
  s = s
    .replace(/[、,]\s*(?=[。！？.!?])/gu, '')
    .replace(/([。、！？])\1+/gu, '$1')
    .replace(/([.,])(\s*\1)+/gu, '$1');
  return s.replace(/\s{2,}/gu, ' ').trim();
}
