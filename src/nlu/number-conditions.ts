import type { Mention, Mentions, NumberFacts } from './types';

/** Which number fact a digit-bearing condition surface says again (surfaces are normalized). */
const RESTATES: readonly [RegExp, keyof NumberFacts][] = [
  [/週\d/u, 'daysPerWeek'],
  [/\d時間|^1日$/u, 'hoursPerDay'],
  [/\d時(?!間)/u, 'timeOfDay'],
  [/\d円|時給\d/u, 'wageMin'],
  // 「朝9時から」「夜10時まで」: a time band said with its clock time only tells which 9 or 10.
  [/^(?:早朝|朝|昼|昼間|お昼|夕方|夜|夜中|深夜|午前|午後|あさ|ひる|よる|ゆうがた)$/u, 'timeOfDay'],
];

const restated = (mention: Mention, numbers: NumberFacts): boolean =>
  RESTATES.some(([surface, fact]) => numbers[fact] !== undefined && surface.test(mention.surface));

/**
 * 「週2くらい」「1日5時間まで」「17時から」 are numbers: once parseNumbers read one, a condition found through a
 * surface that says the same number (週2, the 1日 of 1日5時間, 17時から) is not a condition the user chose, and
 * is dropped, as is a bare time band next to a clock time. 「1日だけのバイトで1万円」 keeps its one-day
 * condition; 「103万超えないように」 its dependent limit.
 */
export function withoutNumberConditions(mentions: Mentions, numbers: NumberFacts): Mentions {
  if (Object.keys(numbers).length === 0) return mentions;
  const conditions = mentions.conditions.filter((m) => !restated(m, numbers));
  return conditions.length === mentions.conditions.length ? mentions : { ...mentions, conditions };
}
