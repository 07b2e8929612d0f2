import { foldNumerals } from './numerals';
import { parseClockTimes } from './parse-clock-times';
import type { CountRange, NumberFacts } from './types';

type Per = 'hour' | 'day' | 'month';
type Wage = NonNullable<NumberFacts['wageMin']>;

const NUM = String.raw`\d+(?:\.\d+)?`;

/** A yen amount: 「1200円」「1万円」「¥1200」「1200 yen」, or a bare number right after a wage word (「時給1200」). */
const AMOUNT = new RegExp(
  String.raw`(時給|時間給|じきゅう?|日給|日当|月給|月収|月に|(?<![\d月])月|hourly|daily|monthly)?(?:は|が|で|も|最低|せめて|:|\s)*` +
    String.raw`(?:[¥￥]\s?(${NUM})|(?<!\d)(${NUM})\s?(円|えん|yen|¥)?)`,
  'gu',
);
/** The wage word nearest before an amount says what it is paid for; 「1日」「月に」 count too. */
const PER_BEFORE: readonly [RegExp, Per][] = [
  [/(?:時給|時間給|じきゅう?|1時間|hourly|an hour|per hour)[^\d]{0,8}$/u, 'hour'],
  [/(?:日給|日当|1日|日に|daily|a day|per day)[^\d]{0,8}$/u, 'day'],
  [/(?:月給|月収|月に|月で|毎月|ひと月|(?<!\d)月|monthly|a month|per month)[^\d]{0,8}$/u, 'month'],
];
const PER_AFTER: readonly [RegExp, Per][] = [
  [/^\s?(?:\/\s?h(?:ou)?r?\b|an? hour|per hour|hourly|\/\s?時間?)/u, 'hour'],
  [/^\s?(?:\/\s?day|a day|per day|daily)/u, 'day'],
  [/^\s?(?:\/\s?month|a month|per month|monthly)/u, 'month'],
];
/** Words that make a yen amount something other than the pay wanted (交通費500円, 103万円の壁). */
const NOT_PAY =
  /(?:年収|年間|交通費|電車賃|手当|ボーナス|賞与|壁|控除|以下|以内|未満|ショップ|しょっぷ|均|less than|under)/u;

function perOf(before: string, after: string, amount: number): Per {
  for (const [pattern, per] of PER_AFTER) if (pattern.test(after)) return per;
  for (const [pattern, per] of PER_BEFORE) if (pattern.test(before)) return per;
  // No wage word: the size says it (千二百円くらいはほしい is an hourly wage, 20万 a month's pay).
  if (amount < 5_000) return 'hour';
  return amount < 100_000 ? 'day' : 'month';
}

/**
 * After an amount: too little (安すぎ, はちょっと), or a ceiling to stay under (「月8万くらいに抑えたい」). 「1000円ちょっと
 * でいい」 is a little over it, wished for.
 */
const TURNED_DOWN =
  /^(?:とか|なんて|くらい|ぐらい)?(?:まで)?(?:は|じゃ|では|だと|だったら)?(?:安すぎ|安い|やすすぎ|やすい|ちょっと(?!で|以上|超|くらい|ぐらい|あれば)|足りな|たりな|少な|すくな|きつい|無理|むり|嫌|いや|に抑え|におさえ|に収め|におさめ)/u;

/** After an amount: less than it refused (「1000円以下はいや」「千円未満は無理」). */
const REFUSED_BELOW =
  /^\s?(?:以下|未満|より(?:低い|安い|下))(?:は|だと|じゃ|なら|の(?:とこ|ところ|やつ|仕事)?は)?(?:いや|嫌|やだ|無理|むり|だめ|駄目|ダメ|きつい|ちょっと|困る|こまる|勘弁|かんべん|ng|論外)/iu;
/** After an amount: a ceiling (「8万くらいまでで」「八万八千円を超えないくらいで」). */
const CEILING =
  /^(?:とか|くらい|ぐらい|程度|ほど)?(?:まで(?:(?:で|に|が|の)(?!下げ|さげ)|$)|を?超えない|を?こえない|を?超えん|以内(?:で|に))/u;

/** A floor said before a bare amount (the amount's own match may hold the words). */
const AT_LEAST_BEFORE = /(?:最低でも|最低|せめて|少なくとも)\s?\d+(?:\.\d+)?$/u;

/** Words that take back what was said before them: 「月10万…いや、やっぱり時給1300円以上」. */
const CORRECTION = /やっぱ|いや|じゃなくて|ではなく|じゃなく|actually|no wait|i mean|rather/u;

/** The wage said; of two, the later one when a correction comes between them, else the first. */
function parseWage(text: string): Wage | undefined {
  const said: { wage: Wage; start: number; end: number }[] = [];
  for (const m of text.matchAll(AMOUNT)) {
    const word = m[1];
    const yen = m[4] !== undefined || m[2] !== undefined;
    const end = m.index + m[0].length;
    // "1500 an hour": an English rate says it is pay even without "yen".
    const rate = PER_AFTER.some(([pattern]) => pattern.test(text.slice(end, end + 10)));
    // 「最低でも1500は欲しい」「せめて1200は」: a bare amount wished for as a floor is pay.
    const floor = AT_LEAST_BEFORE.test(text.slice(Math.max(0, m.index - 8), m.index + m[0].length));
    // 「時給1000、いや1100はほしい」: a bare amount said right after taking back an amount of pay is pay too.
    const previous = said.at(-1);
    const corrected =
      previous !== undefined &&
      m.index - previous.end <= 8 &&
      CORRECTION.test(text.slice(previous.end, m.index));
    if (word === undefined && !yen && !rate && !floor && !corrected) continue;
    const amount = Number(m[2] ?? m[3]);
    const before = text.slice(Math.max(0, m.index - 10), m.index + (word?.length ?? 0));
    const after = text.slice(end, end + 10);
    // 「時給1000円以下はいや」: refusing less than the amount asks for at least that much.
    const refusedBelow = REFUSED_BELOW.test(after);
    if (
      !refusedBelow &&
      (NOT_PAY.test(text.slice(Math.max(0, m.index - 6), m.index)) || NOT_PAY.test(after.slice(0, 6)))
    )
      continue;
    // 「月8万くらいまでで扶養内にしたい」「月八万八千円を超えないくらいで」: a ceiling to stay under, no minimum.
    if (CEILING.test(after)) continue;
    // 「九百円とかは安すぎ、千円は欲しい」「1000円はちょっと…1200は欲しい」: an amount turned down is no minimum.
    if (TURNED_DOWN.test(after)) continue;
    if (!(amount >= 500 && amount <= 10_000_000)) continue;
    said.push({ wage: { amount, per: perOf(before, after, amount) }, start: m.index, end });
  }
  const first = said[0];
  const last = said.at(-1);
  if (first === undefined || last === undefined) return undefined;
  return CORRECTION.test(text.slice(first.end, last.start)) ? last.wage : first.wage;
}

/** 「週1回だけ」「週2だけ」: days a week said with だけ are that many, not a ceiling (hours with だけ stay one). */
const ONLY = /^\s?(?:日|回)?\s?(?:だけ|のみ)/u;

/**
 * What follows a count: 以上 / から -> at least, まで / 以内 -> at most, otherwise that many. 「8時間は（がっつり）
 * 働きたい」: は before a wish, an adverb between or not, is at least.
 */
function bounded(low: number, high: number | undefined, after: string, onlyIsExact = false): CountRange {
  if (high !== undefined) return { min: low, max: high };
  if (onlyIsExact && ONLY.test(after)) return { min: low, max: low };
  if (
    /^\s?(?:以上|いじょう|から|〜|~|以降|or more|and up|\+|plus|は(?:がっつり|しっかり|ちゃんと|絶対|ぜったい|最低でも)?(?:働き|はたらき|入り|はいり|欲し|ほし|したい|やりたい))/u.test(
      after,
    )
  )
    return { min: low };
  if (/^\s?(?:未満)/u.test(after)) return { max: low - 1 };
  if (
    /^\s?(?:まで|以内|いない|以下|しか|くらいまで|ぐらいまで|程度まで|が限界|がげんかい|が精一杯|だけ|くらいだけ|ぐらいだけ|max|at most|or less|tops)/u.test(
      after,
    )
  ) {
    return { max: low };
  }
  return { min: low, max: low };
}

/** An English bound said before the count: "at least 3 days", "up to 5 hours". */
function englishBound(before: string, range: CountRange): CountRange {
  if (range.min === undefined || range.max === undefined || range.min !== range.max) return range;
  if (/(?:at least|minimum|min\.?|no less than|少なくとも|最低でも|最低)\s?(?:1日|一日)?\s?$/u.test(before)) {
    return { min: range.min };
  }
  // 「長くても1日6時間」「多くても週3」「せいぜい3時間」: a ceiling said before the count.
  if (
    /(?:up to|at most|max(?:imum)?|no more than|not more than|under|長くても|多くても|せいぜい|最大|最長)\s?(?:1日|一日|週)?\s?$/u.test(
      before,
    )
  ) {
    return { max: range.max };
  }
  return range;
}

const RANGE_GLUE = String.raw`\s?(?:〜|~|-|–|から|か|,|、|・|or|to)\s?`;
const DAYS_JA = new RegExp(
  String.raw`(?:週|しゅう)\s?(?:に|で)?\s?(?:ね\s?)?(\d)(?!\d)(?:\s?[日回])?(?:(?:${RANGE_GLUE}|[./／]|以上\s?|\s(?=\d\s?[日回]))(\d)(?!\d|日\d|時)(?:\s?[日回])?)?`,
  'gu',
);
const DAYS_EN = new RegExp(
  String.raw`(?<!\d)(\d)(?:${RANGE_GLUE}(\d))?(?:\s?or (?:more|above))?\s?(?:days?|times?)?\s?(?:a|per|each|every|/|in a)\s?week`,
  'gu',
);
const HOURS_JA = new RegExp(
  String.raw`(?<![週月\d.]|[週月]に)(${NUM})(?:\s?時間)?(?:${RANGE_GLUE}(${NUM}))?\s?時間(?!目|営業|\s?[\d¥])`,
  'gu',
);
const HOURS_EN = new RegExp(
  String.raw`(?<!\d)(${NUM})(?:${RANGE_GLUE}(${NUM}))?\s?(?:hours?|hrs?|h(?![a-z]))(\s?(?:(?:a|per|each|every|/)\s?(?:day|shift)|each\b))?`,
  'gu',
);

/**
 * 「土日のどちらか1日だけ入れる」「平日なら1日だけ入れます」: one day said of the days of a week is one day a week (週1),
 * not a one-off job (単発・1日OK, 「1日だけのバイト」). Either it picks one of the days named (どちらか, どっちか,
 * いずれか, どれか), or the days of the week are named and one of them can be worked (入れる, 働ける, 出られる).
 */
const ONE_OF_THE_DAYS = /(?:どちらか|どっちか|いずれか|どれか)(?:の)?\s?1\s?日(?!\d|給|中|分|で\d|\d*時)/u;
const ONE_DAY_WORKABLE =
  /1\s?日(?:だけ|のみ)(?:なら|でも|は)?\s?(?:入れ|はいれ|働け|はたらけ|出れ|でれ|出られ|でられ|行け|いけ|勤務でき|シフト入れ|しふと入れ)/u;
const DAYS_OF_THE_WEEK = /土日|平日|週末|[月火水木金土日]曜|週に|週で|毎週/u;

function parseCount(
  text: string,
  patterns: readonly RegExp[],
  valid: (n: number) => boolean,
  needsBound?: (m: RegExpMatchArray, before: string, range: CountRange) => boolean,
  onlyIsExact = false,
): CountRange | undefined {
  for (const pattern of patterns) {
    let said: { range: CountRange; end: number } | undefined;
    for (const m of text.matchAll(pattern)) {
      const low = Number(m[1]);
      const high = m[2] === undefined ? undefined : Number(m[2]);
      if (!valid(low) || (high !== undefined && (!valid(high) || high < low))) continue;
      const end = m.index + m[0].length;
      const before = text.slice(Math.max(0, m.index - 14), m.index);
      // "3 or more days a week": the bound said inside the English count.
      const range = /or more|or above/u.test(m[0])
        ? { min: low }
        : englishBound(before, bounded(low, high, text.slice(end, end + 8), onlyIsExact));
      if (needsBound !== undefined && !needsBound(m, before, range)) continue;
      // 「週3じゃなくて週2」: a count taken back and said again is the one said last.
      if (said === undefined) said = { range, end };
      else if (CORRECTION.test(text.slice(said.end, m.index))) said = { range, end };
      else break;
    }
    if (said !== undefined) return said.range;
  }
  return undefined;
}

/**
 * Numbers the user stated, as structured facts: the lowest pay they want (「時給1200円以上」「日給1万円」「月給20万」,
 * kanji and full-width numerals too), days a week (「週2くらい」 -> 2–2, 「週3以上」 -> 3+), hours a day (「1日5時間まで」)
 * and clock times (「10時から14時」). Only what is said is filled in; 「高時給」 alone is a condition, not a number.
 */
export function parseNumbers(text: string): NumberFacts {
  const folded = foldNumerals(text);
  const facts: { -readonly [K in keyof NumberFacts]: NumberFacts[K] } = {};
  // "100k a month": thousands said with k.
  const wageMin = parseWage(
    folded.replace(/(?<![a-z\d.])(\d+(?:\.\d+)?)\s?k(?![a-z])/gu, (_, n: string) => String(Number(n) * 1000)),
  );
  if (wageMin !== undefined) facts.wageMin = wageMin;
  // 「週休3日」 is the days off: four days of work. 週休2日 is the ordinary full-time calendar and says nothing.
  const off = /週休\s?(\d)日?/u.exec(folded);
  const workDays = off === null ? undefined : 7 - Number(off[1]);
  const days =
    workDays !== undefined && workDays >= 1 && workDays <= 4
      ? { min: workDays, max: workDays }
      : (parseCount(folded, [DAYS_JA, DAYS_EN], (n) => n >= 1 && n <= 7, undefined, true) ??
        (ONE_OF_THE_DAYS.test(folded) || (ONE_DAY_WORKABLE.test(folded) && DAYS_OF_THE_WEEK.test(folded))
          ? { min: 1, max: 1 }
          : undefined));
  if (days !== undefined) facts.daysPerWeek = days;
  // An English number of hours counts when it says "a day" or bounds it ("up to 5 hours").
  const hours = parseCount(
    folded,
    [HOURS_JA, HOURS_EN],
    (n) => n > 0 && n <= 24,
    (m, before, range) => {
      if (!/hours?|hrs?|h$/u.test(m[0])) return true;
      const end = (m.index ?? 0) + m[0].length;
      if (/^\s?(?:a|per|each|every|\/|in a)\s?week/u.test(folded.slice(end, end + 12))) return false;
      // "3 days a week, around 5 hours": hours said beside the days of a week are the hours of each day.
      const withDays = days !== undefined && range.max !== undefined && range.max <= 12;
      return m[3] !== undefined || range.min !== range.max || /1日|一日/u.test(before) || withDays;
    },
  );
  if (hours !== undefined) facts.hoursPerDay = hours;
  const timeOfDay = parseClockTimes(folded);
  if (timeOfDay !== undefined) facts.timeOfDay = timeOfDay;
  return facts;
}
