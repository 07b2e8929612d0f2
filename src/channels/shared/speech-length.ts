/** Speaking rate of Japanese TTS voices, morae per second (Alexa and Google voices measure about 7). */
const MORAE_PER_SECOND = 7;

const SMALL_KANA = /[ぁぃぅぇぉゃゅょゎァィゥェォャュョヮ]/u;
const KANA = /[\u3041-\u3096\u30a1-\u30fa\u30fcー]/u;
const KANJI = /\p{Script=Han}/u;
/** A kanji reads as about this many morae on average (時給 3/2, 京都 3/2, 株式会社 7/4). */
const MORAE_PER_KANJI = 1.7;
/** A digit of a number read aloud (1200: せんにひゃく, 6 morae for 4 digits). */
const MORAE_PER_DIGIT = 1.6;
/** A Latin letter (OK: おーけー, 2 per letter; words of letters read faster). */
const MORAE_PER_LETTER = 1.5;
const PAUSE_SECONDS: Readonly<Record<string, number>> = {
  '、': 0.25,
  '，': 0.25,
  ',': 0.25,
  '。': 0.45,
  '？': 0.45,
  '！': 0.45,
};

/**
 * How long an SSML speech takes to say, estimated: readings (`<sub alias>`) replace what they stand for, breaks
 * count as written, kana are a mora each (small kana none), kanji, digits and letters by their averages, and
 * punctuation as short pauses. An estimate for budgets (a spoken turn under 15 s), not a TTS timing.
 */
export function estimateSpeechSeconds(ssml: string): number {
  let seconds = 0;
  const text = ssml
    .replace(/<sub\s+alias="([^"]*)"\s*>[^<]*<\/sub>/gu, '$1')
    .replace(/<break\s+time="(\d+)ms"\s*\/>/gu, (_, ms: string) => {
      seconds += Number(ms) / 1000;
      return '';
    })
    .replace(/<[^>]*>/gu, '')
    .replace(/&(?:amp|lt|gt|quot|apos);/gu, ' ');
  let morae = 0;
  for (const c of text) {
    if (SMALL_KANA.test(c)) continue;
    if (KANA.test(c)) morae += 1;
    else if (KANJI.test(c)) morae += MORAE_PER_KANJI;
    else if (/\d/u.test(c)) morae += MORAE_PER_DIGIT;
    else if (/[A-Za-z]/u.test(c)) morae += MORAE_PER_LETTER;
    else seconds += PAUSE_SECONDS[c] ?? 0;
  }
  return seconds + morae / MORAE_PER_SECOND;
}
