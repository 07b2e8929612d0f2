import { capText } from './normalize';

const KANJI_DIGITS: Readonly<Record<string, number>> = {
  〇: 0,
  零: 0,
  一: 1,
  二: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};
const KANJI_UNITS: Readonly<Record<string, number>> = { 十: 10, 百: 100, 千: 1000 };
const ENGLISH_NUMBERS: Readonly<Record<string, number>> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  once: 1,
  twice: 2,
};

/**
 * A run of numerals that may mix Arabic digits and kanji (千二百, 1万2千, 1.5万, 二十万). It must start with a
 * digit or 十百千 (not 万 alone: 「万が一」 is no number).
 */
const NUMERAL_RUN =
  /(?:\d+(?:\.\d+)?|[〇零一二三四五六七八九十百千])(?:\d+(?:\.\d+)?|[〇零一二三四五六七八九十百千万])*/gu;

/** The value of one numeral run, or undefined when it is not a number a person would write. */
function runValue(run: string): number | undefined {
  let total = 0;
  let section = 0;
  let current: number | undefined;
  for (const token of run.match(/\d+(?:\.\d+)?|./gu) ?? []) {
    const digit = KANJI_DIGITS[token];
    const unit = KANJI_UNITS[token];
    if (/^\d/u.test(token)) {
      if (current !== undefined) return undefined;
      current = Number(token);
    } else if (digit !== undefined) {
      // 二〇二四: kanji digits written positionally.
      current = current === undefined ? digit : current * 10 + digit;
    } else if (unit !== undefined) {
      section += (current ?? 1) * unit;
      current = undefined;
    } else {
      const below = section + (current ?? 0);
      total += (below === 0 ? 1 : below) * 10_000;
      section = 0;
      current = undefined;
    }
  }
  const value = total + section + (current ?? 0);
  return Number.isFinite(value) ? Math.round(value * 100) / 100 : undefined;
}

const KANA_NUMBERS: readonly [RegExp, string][] = [
  [/じきゅう/gu, '時給'],
  [/にっきゅう/gu, '日給'],
  [/げっきゅう/gu, '月給'],
  [/いちにち/gu, '1日'],
  [/ごご/gu, '午後'],
  [/ごぜん/gu, '午前'],
  // く alone is left out of the numerals (たくじしょ); after 午前/午後 or before から/まで it is 9 o'clock.
  [/(?<=午前|午後)くじ|(?<!ろ)くじ(?=から|まで|はん)/gu, '9時'],
  [/ゆうがた/gu, '夕方'],
  [/しゅう\s?(?=(?:に|で)?\s?(?:[0-9０-９]|いち|いっ|に|さん|よん|ご|ふつか|みっか|よっか|いつか))/gu, '週'],
  [/週(?:に|で)?(?:いち|いっ)/gu, '週1'],
  [/週(?:に|で)?さん/gu, '週3'],
  [/週(?:に|で)?よん/gu, '週4'],
  // 「しゅうさんかよん」: the second count of a range (週3か4).
  [/(?<=週\d(?:日|回)?(?:か|から))よん/gu, '4'],
  [/(?<=週\d(?:日|回)?(?:か|から))ご/gu, '5'],
  [/(?<=週\d(?:日|回)?(?:か|から))さん/gu, '3'],
  [/週(?:に|で)?ご/gu, '週5'],
  [/週に/gu, '週2'],
  [/ふつか/gu, '2日'],
  [/みっか/gu, '3日'],
  [/よっか/gu, '4日'],
  [/いつか/gu, '5日'],
];
/** Kana numerals as ASR writes them (せんにひゃくえん), only right before a counter; し and く are left out
 * because they hide in too many words (たくじしょ), and じゃ is no o'clock (いまいちじゃのう). */
const KANA_RUN =
  /(?:いち|いっ|に|さん|よん|よ|ご|ろく|ろっ|なな|しち|はち|はっ|きゅう|じゅう|じゅっ|じっ|ひゃく|びゃく|ぴゃく|せん|ぜん|まん)+(?=えん|まん|じかん|じ(?![ゃゅょ])|かい|にち|さい)/gu;
const KANA_DIGITS: readonly [RegExp, string][] = [
  [/いち|いっ/gu, '一'],
  [/きゅう/gu, '九'],
  [/じゅう|じゅっ|じっ/gu, '十'],
  [/ひゃく|びゃく|ぴゃく/gu, '百'],
  [/せん|ぜん/gu, '千'],
  [/まん/gu, '万'],
  [/さん/gu, '三'],
  [/よん|よ/gu, '四'],
  [/ろく|ろっ/gu, '六'],
  [/なな|しち/gu, '七'],
  [/はち|はっ/gu, '八'],
  [/に/gu, '二'],
  [/ご/gu, '五'],
];
const KANA_COUNTERS: readonly [RegExp, string][] = [
  [/(?<=[0-9一二三四五六七八九十百千万])えん/gu, '円'],
  [/(?<=[0-9一二三四五六七八九十百千万])じかん/gu, '時間'],
  [/(?<=[0-9一二三四五六七八九十百千万])じ(?![ゃゅょ])/gu, '時'],
  [/(?<=[0-9一二三四五六七八九十百千万])にち/gu, '日'],
  [/(?<=[0-9一二三四五六七八九十百千万])かい/gu, '回'],
  // 「ななじゅっさいなんだけど」: an age said in kana, as a senior's speaker or phone writes it.
  [/(?<=[0-9一二三四五六七八九十百千万])さい/gu, '歳'],
];

/**
 * Speech recognisers sometimes write a whole reply in hiragana (じきゅうせんにひゃくえん). Such a text (no kanji,
 * no digits) gets its numerals and counters in kanji; a text with kanji is left alone, where 「に」 is a particle.
 */
function kanaNumerals(text: string): string {
  if (/\p{Script=Han}/u.test(text) || !/[\u3041-\u309f]/u.test(text)) return text;
  // 「じきゅう せんにひゃく えん」「せん ごひゃく えん」 (a learner or a speaker spacing every word): the yen goes with
  // the number before it, and a thousand or a hundred with the numeral after it.
  let out = text
    .replace(
      /(ひゃく|びゃく|ぴゃく|せん|ぜん|まん|じゅう|いち|に|さん|よん|ご|ろく|なな|はち|きゅう)\s+(?=えん)/gu,
      '$1',
    )
    .replace(
      /(ひゃく|びゃく|ぴゃく|せん|ぜん|まん)\s+(?=(?:いち|に|さん|よん|ご|ろく|なな|はち|きゅう|ひゃく|せん)[^\s]*えん)/gu,
      '$1',
    );
  // 「じゅうじから3じまで」「いちにち5じかんいない」: digits typed among kana still leave the kana numerals and
  // counters to read; only the word-level readings (週に = 週2) wait for a text without digits.
  if (!/[0-9]/u.test(text)) for (const [pattern, kanji] of KANA_NUMBERS) out = out.replace(pattern, kanji);
  out = out.replace(KANA_RUN, (run) =>
    KANA_DIGITS.reduce((acc, [pattern, kanji]) => acc.replace(pattern, kanji), run),
  );
  for (const [pattern, kanji] of KANA_COUNTERS) out = out.replace(pattern, kanji);
  return out;
}

/**
 * The text the number readers work on: NFKC (full-width digits and colons), lower case, thousands separators
 * dropped (1,200 but not 週2,3日), kanji and English number words turned into digits (時給千二百円 -> 時給1200円,
 * twice -> 2). Only the number readers see this; 「一般」 becoming 「1般」 does not matter to them.
 */
export function foldNumerals(text: string): string {
  const folded = kanaNumerals(capText(text).normalize('NFKC'))
    .toLowerCase()
    .replace(/(\d),(?=\d{3}(?!\d))/gu, '$1')
    // "7-Eleven" is a shop, not seven to eleven o'clock.
    .replace(/\b(7|seven)[-\s]?(eleven|11)\b/gu, 'seveneleven')
    // 「週三一日四時間」 (speech without a comma): the days a week, then 一日 of the hours a day, not 週31.
    .replace(/(週に?)([一二三四五六七])(?=一日)/gu, '$1$2 ')
    .replace(
      /\b(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|once|twice)\b/gu,
      (word) => String(ENGLISH_NUMBERS[word] ?? word),
    )
    // "twelve hundred yen", "a thousand yen", "one thousand two hundred": English hundreds and thousands.
    .replace(/\b(?:a|1) thousand\b/gu, '1 thousand')
    .replace(/\b(\d{1,2}) thousand(?: and)?(?: (\d) hundred)?\b/gu, (_m, k: string, h?: string) =>
      String(Number(k) * 1000 + Number(h ?? 0) * 100),
    )
    .replace(/\b(\d{1,2}) hundred\b/gu, (_m, h: string) => String(Number(h) * 100))
    // 「週に にさんかい」 (said, among kanji): two neighbouring kana counts after 週 are a range.
    .replace(
      /(?<=週\s?(?:に|で)?\s?)(いち|に|さん|よん|ご)(に|さん|よん|ご|ろく)(?=\s?(?:かい|回|にち|日))/gu,
      (pair, a: string, b: string) => {
        const n = ['いち', 'に', 'さん', 'よん', 'ご', 'ろく'];
        return n.indexOf(b) === n.indexOf(a) + 1 ? `${n.indexOf(a) + 1}〜${n.indexOf(b) + 1}` : pair;
      },
    )
    // 「週に二三日」「三四時間」: two neighbouring kanji digits before a counter are a range, not 23.
    .replace(
      /(?<![一二三四五六七八九十百千万])([一二三四五六七八])([二三四五六七八九])(?=日|回|時間|人)/gu,
      (pair, a: string, b: string) => (KANJI_DIGITS[b] === (KANJI_DIGITS[a] ?? 0) + 1 ? `${a}〜${b}` : pair),
    );
  return folded.replace(NUMERAL_RUN, (run) => {
    if (/^\d+(?:\.\d+)?$/u.test(run)) return run;
    const value = runValue(run);
    return value === undefined ? run : String(value);
  });
}
