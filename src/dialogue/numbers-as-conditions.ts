import type { Mention, NumberFacts } from '../nlu';

/**
 * Days, hours and times of day the user stated, as the catalogue's conditions that say the same thing. The
 * listings carry schedules only as such conditions (週2・3日からOK): 「週2くらい」 → 週2・3日からOK. They are stated,
 * so they constrain like a named condition: persona conversations written by others hold the user to them.
 */
export function conditionsFromNumbers(numbers: NumberFacts, known: ReadonlySet<string>): Mention[] {
  const ids: string[] = [];
  const days = numbers.daysPerWeek;
  if (days !== undefined) {
    const d = days.max ?? days.min;
    if (d !== undefined)
      ids.push(d <= 1 ? 'one-day-a-week' : d <= 3 ? 'two-three-days-a-week' : 'four-days-a-week');
  }
  const hours = numbers.hoursPerDay;
  const from = hourOf(numbers.timeOfDay?.from);
  const to = hourOf(numbers.timeOfDay?.to);
  // 「10時から14時くらいで」: a window of four hours or less is a short shift, as if said in hours.
  const window = from !== undefined && to !== undefined ? (to - from + 24) % 24 : undefined;
  if ((hours?.max !== undefined && hours.max <= 4) || (window !== undefined && window > 0 && window <= 4)) {
    ids.push('short-hours');
  } else if (hours?.min !== undefined && hours.min >= 7) ids.push('full-time');
  // The start hour names the band in the catalogue's words, cut where a Japanese job listing would: 深夜 from 22時
  // (the legal late-night hours, 22–5時, 労働基準法 37条 4項), 夜から from 19時 (when night shifts and work after a
  // day job start: 「本業の後の19時から」), 夕方から from 17時 (the 夕勤 shift after school or work; 「夕方六時から」
  // is still said of 18時).
  if (from !== undefined) {
    if (from >= 22 || from < 4) ids.push('late-night');
    else if (from >= 19) ids.push('night');
    else if (from >= 17) ids.push('evening');
    else if (from < 9) ids.push('early-morning');
    else if (to !== undefined && to <= 17) ids.push('daytime');
  } else if (to !== undefined && to >= 12 && to <= 17) {
    // 「四時までしか働かれへん」 (a child to collect): an end in the afternoon and no start is a day job; the evening
    // job shown without a word had ended after it (p29-31).
    ids.push('daytime');
  }
  return ids.filter((id) => known.has(id)).map((id) => ({ id, polarity: 'positive' as const, surface: id }));
}

function hourOf(time: string | undefined): number | undefined {
  if (time === undefined) return undefined;
  const hour = Number(time.slice(0, 2));
  return Number.isInteger(hour) ? hour : undefined;
}
