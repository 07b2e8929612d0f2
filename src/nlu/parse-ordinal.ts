import { normalize } from './normalize';
import { foldNumerals } from './numerals';

const ENGLISH: Readonly<Record<string, number>> = {
  first: 1,
  second: 2,
  third: 3,
  fourth: 4,
  fifth: 5,
  sixth: 6,
  seventh: 7,
  eighth: 8,
  ninth: 9,
  tenth: 10,
};

/** 1-based position; `-1` for "the last one". */
export type Ordinal = number;

/**
 * Which item of a shown list the user points at: 「2番目がいい」「3つ目のパン屋さん」「二番目」「最初の」「一番下の」
 * 「最後の」, "the second one", "number 3", "#2", a bare 「3」. Null when the utterance names no position.
 */
export function parseOrdinal(text: string): Ordinal | null {
  // The number readers' folding: 二番目 -> 2番目, ２番目 -> 2番目.
  const ja = normalize(foldNumerals(text));
  const numbered =
    /(?:^|[^\d])(\d{1,2})\s*(?:番目|ばんめ|番|ばん|つめ|つ目|個目|こめ|件目|けんめ|こ目)/u.exec(ja);
  if (numbered !== null) return Number(numbered[1]);
  // A number said on its own (「3」「３で」「2です」) right after a numbered list points at that line; the
  // callers only ask for a position where a list was shown.
  const bare =
    /^\s*(\d{1,2})\s*(?:で|です|でお願いします|がいい|にします|かな|please)?\s*[.!?。！？]*\s*$/iu.exec(ja);
  if (bare !== null) return Number(bare[1]);
  if (/最初|さいしょ|いちばんうえ|一番上|1番上|トップ|いちばん上/u.test(ja)) return 1;
  if (/最後|さいご|いちばんした|一番下|1番下|いちばん下/u.test(ja)) return -1;
  const en = text.toLowerCase();
  // "the second", "second one": a bare "first" is too common ("first time working") to count.
  const word =
    /\bthe\s+(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|last)\b/u.exec(en) ??
    /\b(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|last)\s+(?:one|job)\b/u.exec(en);
  if (word !== null) return word[1] === 'last' ? -1 : (ENGLISH[word[1]!] ?? null);
  // "number 3", "#2", and "number two" as a speech recogniser writes it (folded to "number 2"); then a digit
  // ordinal, a position wherever it stands ("the 3rd one", "2nd please": "3rd floor" is not said here).
  const number =
    /(?:\bnumber\s*|#|\bno\.\s*)(\d{1,2})\b/u.exec(foldNumerals(en)) ??
    /\b(\d{1,2})(?:st|nd|rd|th)\b/u.exec(en);
  if (number !== null) return Number(number[1]);
  return null;
}
