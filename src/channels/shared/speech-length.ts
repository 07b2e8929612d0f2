/** Speaking rate of Japanese TTS voices, morae per second (Alexa and Google voices measure about 7). */
const MORAE_PER_SECOND = 7;

/**
 * How long a speaker may talk in one turn, in estimated seconds: a turn that names a list of jobs 25, one job
 * told in full 20, anything else 15. Longer, and people stop listening before the question comes.
 */
export const SPEECH_BUDGET_SECONDS = { list: 25, details: 20, turn: 15 } as const;

const SMALL_KANA = /[ぁぃぅぇぉゃゅょゎァィゥェォャュョヮ]/u;
const KANA = /[\u3041-\u3096\u30a1-\u30fa\u30fcー]/u;
const KANJI = /\p{Script=Han}/u;
/** A kanji reads as about this many morae on average (時給 3/2, 京都 3/2, 株式会社 7/4). */
const MORAE_PER_KANJI = 1.7;
/** A digit of a number read aloud (1200: せんにひゃく, 6 morae for 4 digits). */
const MORAE_PER_DIGIT = 1.6;
/** A letter of an acronym (OK: おーけー, PC: ぴーしー; 2 per letter, said quickly). */
const MORAE_PER_LETTER = 1.5;
/**
 * An English syllable: English voices say about 4 syllables a second, so one takes the time of 7/4 morae.
 * Words are counted by syllables, not letters ("questions" is 2 syllables, not 9 letters).
 */
const MORAE_PER_SYLLABLE = 7 / 4;
/** Capitals only, up to four letters: spelt out (OK, PC, IT, W); "I" and "A" are words. */
const ACRONYM = /^(?:[A-Z]{2,4}|[B-HJ-Z])$/u;

/** Syllables of an English word, by its vowel groups (a final silent e not counted); at least one. */
function syllables(word: string): number {
  const groups = word
    .toLowerCase()
    .replace(/e$/u, '')
    .match(/[aeiouy]+/gu);
  return Math.max(1, groups?.length ?? 0);
}
const PAUSE_SECONDS: Readonly<Record<string, number>> = {
  '、': 0.25,
  '，': 0.25,
  ',': 0.25,
  '。': 0.45,
  '？': 0.45,
  '！': 0.45,
  '.': 0.45,
  '?': 0.45,
  '!': 0.45,
};

/**
 * How long an SSML speech takes to say, estimated: readings (`<sub alias>`) replace what they stand for, breaks
 * count as written, kana are a mora each (small kana none), kanji, digits and acronyms by their averages,
 * English words by their syllables, and punctuation as short pauses. An estimate for budgets (a spoken turn
 * under 15 s), not a TTS timing.
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
    .replace(/&apos;/gu, "'")
    .replace(/&(?:amp|lt|gt|quot);/gu, ' ');
  let morae = 0;
  const latin = text.replace(/[A-Za-z]+(?:'[A-Za-z]+)?/gu, (word) => {
    morae += ACRONYM.test(word) ? word.length * MORAE_PER_LETTER : syllables(word) * MORAE_PER_SYLLABLE;
    return ' ';
  });
  for (const c of latin) {
    if (SMALL_KANA.test(c)) continue;
    if (KANA.test(c)) morae += 1;
    else if (KANJI.test(c)) morae += MORAE_PER_KANJI;
    else if (/\d/u.test(c)) morae += MORAE_PER_DIGIT;
    else seconds += PAUSE_SECONDS[c] ?? 0;
  }
  return seconds + morae / MORAE_PER_SECOND;
}
