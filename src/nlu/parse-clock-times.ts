import type { NumberFacts } from './types';

type TimeOfDay = NonNullable<NumberFacts['timeOfDay']>;
type Role = 'from' | 'to' | undefined;

interface ClockTime {
  readonly start: number;
  readonly end: number;
  hour: number;
  readonly minute: number;
  /** 午後, 夕方, 夜, pm: a bare 5 means 17. */
  readonly afternoon: boolean;
  /** 午前, 朝, 深夜, am: the hour stays as said. */
  readonly morning: boolean;
}

/**
 * A clock time: 「午後2時」「夕方5時半」「10時30分」「17:00」「5pm」「10:30am」. 「5時間」 is a duration, not a time.
 * Works on foldNumerals' output (digits, lower case).
 */
const CLOCK =
  /(?:(午前|午後|早朝|朝|昼|夕方|夜中|真夜中|夜|深夜|明け方)(?:は|の|も)?)?\s?(?<!\d)(\d{1,2})(?:時(?!間)(半|\d{1,2}分)?|:(\d{2}))(?:\s?(a\.?m\.?|p\.?m\.?)(?![a-z]))?|(?<!\d)(\d{1,2})\s?(a\.?m\.?|p\.?m\.?)(?![a-z])|(正午|noon|midnight)/gu;

const AFTERNOON = new Set(['午後', '昼', '夕方', '夜', 'pm', 'p.m.', 'p.m', 'pm.']);
const MORNING = new Set([
  '午前',
  '早朝',
  '朝',
  '深夜',
  '夜中',
  '真夜中',
  '明け方',
  'am',
  'a.m.',
  'a.m',
  'am.',
]);

/** What follows a Japanese time, or precedes an English one, says which end it is. */
const FROM_AFTER =
  /^\s?(?:から|以降|以後|すぎ|過ぎ|より|出勤|開始|スタート|始まり|〜|~|-|–|ー|to\b|onwards|or later|and later)/u;
const TO_AFTER =
  /^\s?(?:まで|前|以前|頃まで|ごろまで|くらいまで|ぐらいまで|上がり|あがり|に終わ|終わり|退勤|(?:に|には)(?:上が|あが|帰|かえ|終わ|おわ|退勤|お?迎え|おむかえ|むかえ))/u;
const FROM_BEFORE = /\b(?:from|after|since|starting(?: at)?|start at)\s?$/u;
const TO_BEFORE = /(?:\b(?:until|till|til|to|before|by)|[-–~〜])\s?$/u;

/** "9 to 5", "7-10": bare hours joined by to, in an English text only (週2-3 is days, 2-3 hours a duration). */
const BARE_RANGE =
  /(?<![\d:])(\d{1,2})\s?(?:to|-|–|till|until)\s?(\d{1,2})(?![\d:])(?!\s?(?:days?|hours?|hrs?|times?|yen|円|a week|per))/gu;

function bareRange(text: string): ClockTime[] {
  if (/[\u3040-\u30ff\p{Script=Han}]/u.test(text)) return [];
  for (const m of text.matchAll(BARE_RANGE)) {
    const [from, to] = [Number(m[1]), Number(m[2])];
    if (from > 24 || to > 24) continue;
    const second = m.index + m[0].length - (m[2] ?? '').length;
    const plain = { minute: 0, afternoon: false, morning: false };
    return [
      { start: m.index, end: m.index + (m[1] ?? '').length, hour: from, ...plain },
      { start: second, end: second + (m[2] ?? '').length, hour: to, ...plain },
    ];
  }
  return bareBound(text);
}

/** "after 6", "until 3": one bare hour after a word that says which end. */
const BARE_BOUND =
  /\b(?:after|from|since|until|till|til|before)\s(\d{1,2})(?![\d:.])(?!\s?(?:days?|hours?|hrs?|times?|yen|weeks?|months?|years?|a week|per|%))/u;

function bareBound(text: string): ClockTime[] {
  const m = BARE_BOUND.exec(text);
  if (m === null || Number(m[1]) > 24) return [];
  const start = m.index + m[0].length - (m[1] ?? '').length;
  const hour = Number(m[1]);
  // Nobody works from 3 at night by default: 1–6 without a morning word is pm, and so is any evening hour.
  const morning = /\b(?:mornings?|early)\b/u.test(text);
  const afternoon =
    /\b(?:evenings?|nights?|afternoons?)\b/u.test(text) || (!morning && hour >= 1 && hour <= 6);
  return [{ start, end: start + (m[1] ?? '').length, hour, minute: 0, afternoon, morning }];
}

/**
 * 「本業が18時までなので」「お迎えが二時半なんで」: a time said of something else, as a reason. It is the end of the work
 * when the user says so (「それまでに終わるところ」), its start with 「それから」; otherwise, beside times of the work
 * itself (「19時から23時くらいで」), it is not one of them.
 */
const SAID_AS_REASON =
  /^\s?(?:まで|までに|には)?\s?(?:なので|なんで|なんです|なんですけど|だから|やから|やけん|じゃけん|ですので|ですから)/u;
const UNTIL_THEN = /それまで|そいまで|それより前|それより早く/u;
const FROM_THEN = /それから|それ以降|それより後|そのあと|その後/u;

/** 「5時起きは平気」: the time one gets up, not a time of work. */
const WAKING = /^(起き|おき)/u;

function readTimes(text: string): ClockTime[] {
  const times: ClockTime[] = [];
  for (const m of text.matchAll(CLOCK)) {
    const start = m.index;
    const end = start + m[0].length;
    if (WAKING.test(text.slice(end))) continue;
    if (m[8] !== undefined) {
      const hour = m[8] === 'midnight' ? 24 : 12;
      times.push({ start, end, hour, minute: 0, afternoon: false, morning: false });
      continue;
    }
    const hour = Number(m[2] ?? m[6]);
    const half = m[3];
    const minute = half === '半' ? 30 : half !== undefined ? Number.parseInt(half, 10) : Number(m[4] ?? 0);
    const marks = [m[1], m[5], m[7]].filter((x): x is string => x !== undefined);
    if (hour > 29 || minute > 59) continue;
    times.push({
      start,
      end,
      hour,
      minute,
      // 「お昼の11時」 is 11, 「昼の2時」 14: noon words move only the early hours.
      afternoon: marks.some((x) => AFTERNOON.has(x) && !(x === '昼' && hour >= 10)),
      morning: marks.some((x) => MORNING.has(x)),
    });
  }
  return times;
}

function roleOf(text: string, time: ClockTime): Role {
  if (SAID_AS_REASON.test(text.slice(time.end))) {
    const rest = text.slice(time.end);
    if (UNTIL_THEN.test(rest)) return 'to';
    if (FROM_THEN.test(rest)) return 'from';
  }
  const after = text.slice(time.end, time.end + 8);
  const before = text.slice(Math.max(0, time.start - 14), time.start);
  if (TO_AFTER.test(after) || TO_BEFORE.test(before)) return 'to';
  if (FROM_AFTER.test(after) || FROM_BEFORE.test(before)) return 'from';
  return undefined;
}

/** Words that put a bare early hour in the morning (「朝5時」 is marked itself; 「始発で5時から」 too). */
const MORNING_WORDS =
  /朝|あさ(?!って)|午前|早朝|深夜|夜中|夜勤|明け方|あけがた|始発|早番|時起き|時おき|morning|early|night shift/u;

const MORNING_ONLY = /午前中|ごぜんちゅう|mornings? only/u;

const isBareEarlyHour = (t: ClockTime): boolean => !t.morning && !t.afternoon && t.hour >= 1 && t.hour <= 6;

/** 「26時まで」: night work counts hours past 24 (26時 is 2 in the morning); 24時 stays midnight. */
const clock = (hour: number, minute: number): string =>
  `${String(hour > 24 ? hour - 24 : hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}`;

/**
 * The working hours the user said: 「10時から14時」 -> 10:00–14:00, 「夕方5時以降」 -> from 17:00, 「9時から5時」
 * -> 09:00–17:00 (an end before its start is read in the afternoon), 「午後2時」 alone -> from 14:00.
 */
export function parseClockTimes(said: string): TimeOfDay | undefined {
  // 「10〜14時」: the first hour of a range may leave out its 時.
  // "until 12 noon" is noon.
  const text = said
    .replace(/(?<![\d:.])(\d{1,2})(\s?(?:〜|~|-|–|から)\s?\d{1,2}時(?!間))/gu, '$1時$2')
    .replace(/\b12\s?(noon|midnight)\b/gu, '$1');
  let times = readTimes(text);
  const ofTheWork = times.filter((t) => {
    const rest = text.slice(t.end);
    return !SAID_AS_REASON.test(rest) || UNTIL_THEN.test(rest) || FROM_THEN.test(rest);
  });
  if (ofTheWork.length > 0) times = ofTheWork;
  if (times.length === 0) times = bareRange(text);
  if (times.length === 0) return undefined;
  for (const t of times) {
    if (t.afternoon && t.hour < 12) t.hour += 12;
    else if (t.afternoon && t.hour === 12 && /夜/u.test(text.slice(t.start, t.end))) t.hour = 24;
  }
  let from: ClockTime | undefined;
  let to: ClockTime | undefined;
  for (const t of times) {
    const role = roleOf(text, t) ?? (from === undefined ? 'from' : 'to');
    if (role === 'from' && from === undefined) from = t;
    else if (role === 'to' && to === undefined) to = t;
  }
  // 「5時くらいから」「3時までに終わる」: nobody means 5 or 3 at night by default; 1–6 without a morning word is pm.
  if (!MORNING_WORDS.test(text)) {
    if (from !== undefined && isBareEarlyHour(from)) from.hour += 12;
    if (from === undefined && to !== undefined && isBareEarlyHour(to)) to.hour += 12;
  }
  if (from !== undefined && to !== undefined && !to.morning && !to.afternoon && to.hour < from.hour) {
    if (to.hour + 12 > from.hour && to.hour + 12 <= 24) to.hour += 12;
  }
  const result: { from?: string; to?: string } = {};
  if (from !== undefined) result.from = clock(from.hour, from.minute);
  if (to !== undefined) result.to = clock(to.hour, to.minute);
  // 「午前中だけ、9時から」: the morning ends at noon.
  else if (from !== undefined && from.hour < 12 && MORNING_ONLY.test(text)) result.to = '12:00';
  return result;
}
