import type { Mention, Mentions, NumberFacts } from './types';

const EARNING = /^(?:稼げる|稼ぎたい|がっつり稼|かせげる|かせぎたい)$/u;

/** Which number fact a digit-bearing condition surface says again (surfaces are normalized). */
const RESTATES: readonly [RegExp, keyof NumberFacts][] = [
  [/週\d/u, 'daysPerWeek'],
  [/\d時間|^1日$/u, 'hoursPerDay'],
  [/\d時(?!間)/u, 'timeOfDay'],
  [/\d円|時給\d/u, 'wageMin'],
  // 「月20万稼げる」: wanting to earn, said with the amount, is the amount; it adds no 高時給 of its own.
  [EARNING, 'wageMin'],
  // 「朝9時から」「夜10時まで」: a time band said with its clock time only tells which 9 or 10.
  [/^(?:早朝|朝|昼|昼間|お昼|夕方|夜|夜中|深夜|午前|午後|あさ|ひる|よる|ゆうがた)$/u, 'timeOfDay'],
];

/** 「土日のどちらか1日だけ入れる」: one day a week read as a number; its 「1日だけ」 names no one-off job (単発). */
const ONE_DAY = /^(?:1日|一日)(?:だけ|のみ)$/u;

/** 「日払いで1日1万円」: the 1日 of a day's pay says per day, no one-off job. */
const PER_DAY = /^(?:1日|一日)$/u;

const restatedFact = (mention: Mention, numbers: NumberFacts): keyof NumberFacts | undefined =>
  numbers.daysPerWeek?.max === 1 && ONE_DAY.test(mention.surface)
    ? 'daysPerWeek'
    : numbers.wageMin?.per === 'day' && PER_DAY.test(mention.surface)
      ? 'wageMin'
      : RESTATES.find(([surface, fact]) => numbers[fact] !== undefined && surface.test(mention.surface))?.[1];

/**
 * 「週2くらい」「1日5時間まで」「17時から」 are numbers: once parseNumbers read one, a condition found through a
 * surface that says the same number (週2, the 1日 of 1日5時間, 17時から, the 朝 of 朝9時) is not a condition the
 * user chose, and is dropped. Refused, it is the other way round: 「週4はきつい」 refuses the condition and
 * wishes for no number, so the fact goes. 「1日だけのバイトで1万円」 keeps its one-day condition.
 */
export function reconcileNumbers(
  mentions: Mentions,
  numbers: NumberFacts,
): { mentions: Mentions; numbers: NumberFacts } {
  if (Object.keys(numbers).length === 0) return { mentions, numbers };
  const refused = new Set<keyof NumberFacts>();
  const conditions = mentions.conditions.filter((m) => {
    const fact = restatedFact(m, numbers);
    // 「月10万稼ぎたい…いや、時給1300円以上」: wanting to earn is the amount, whatever follows it.
    if (fact === 'wageMin' && EARNING.test(m.surface)) return false;
    if (fact !== undefined && m.polarity === 'negative' && !/^\D+$/u.test(m.surface)) refused.add(fact);
    return fact === undefined || m.polarity === 'negative';
  });
  const kept = Object.fromEntries(
    Object.entries(numbers).filter(([k]) => !refused.has(k as keyof NumberFacts)),
  );
  return {
    mentions: conditions.length === mentions.conditions.length ? mentions : { ...mentions, conditions },
    numbers: refused.size === 0 ? numbers : (kept as NumberFacts),
  };
}
