import type { AreaFormKind } from './area-forms';

/**
 * Whether a place name found in a normalized utterance is really said as a place: 「いいです」 holds いいで
 * (飯豊町), 「わかんない」 かんな, 「秋葉原」 秋葉, 「大分前から」 大分, 「松本くん」 松本 — none of them is a place.
 */

const KANA = /[\u3041-\u309f\u30fc]/u;
const HAN = /\p{Script=Han}/u;
/** Particles that may stand right before a place said in kana (「大阪のうめだ」). */
const PARTICLE_BEFORE = new Set([...'はがのでにをとやもかへ']);
/** Kana that may follow a place name: particles and copulas (渋谷で, 梅田なら, しぶやだ). */
const PARTICLE_AFTER = new Set([...'はがのでにをとやもかへじなよねだっ']);
/** Words that follow a place as a place (新宿あたり, 梅田駅前, 大阪市内, 池袋周辺). */
const KANA_TAIL =
  /^(んほう|んとこ|んあたり|んへん|んちかく|ばいと|あるばいと|ぱーと|しか|みたい|くらい|ぐらい|あたり|らへん|へん|ほう|まで|まわり|しゅうへん|ちかく|えき|いい|ええ|すき|好き|希望)/u;
const HAN_TAIL =
  /^(駅|仕事|勤務|求人|方|周辺|付近|近辺|近郊|方面|市内|区内|都内|府内|県内|道内|市街|在住|住み|住まい|界隈|寄り|辺り|辺|近く|内|全域|一帯|中心|東口|西口|南口|北口|中央口|好き|希望)/u;

/**
 * An utterance that is essentially a place: once the place is taken out, only particles, place words and
 * politeness are left (「しぶやがいいです」「うめだあたりで」).
 */
const PLACE_ONLY =
  /^(あの|えっと|えーと|うーん|んー)?(の|で|に|が|は|か|と|や|へ|あたり|らへん|へん|ほう|方|周辺|付近|近く|ちかく|駅|えき|前|まえ|まで|がいい|いい|ええ|です|お願いします|おねがいします|します|ね|よ|な|かな|希望)*$/u;

/** 「岡山か倉敷」「川口とか蕨」: places joined by か/や/と are alternatives, not one inside the other. */
export const LIST_GAP = /^(か|や|と|とか|または|もしくは|あるいは)$/u;

const LOOK_AHEAD = 8;

/** A word for the work, which a verb's stem may follow without a particle (バイトさがし). */
const WORK_WORD_BEFORE = /(ばいと|しごと|ぱーと)$/u;

export interface PlaceScan {
  readonly text: string;
  /** The question asked for a place (or the utterance is essentially one): readings count. */
  readonly placeExpected: boolean;
  /** Where the previous found name ended: a place may follow another directly (東京新宿). */
  readonly previousEnd: number;
  /** Whether some known name starts at a position (梅田カフェ: the place ends where a job begins). */
  readonly nameStartsAt: (index: number) => boolean;
  /** Whether a place name starts at a position (東京新宿; but 国立大学 is no place before 大学生's 大学). */
  readonly placeStartsAt: (index: number) => boolean;
  /** Positions where the raw text had a space or punctuation (「横浜 居酒屋」): always a word edge. */
  readonly breaks: ReadonlySet<number>;
}

/** What may be left beside a place in an utterance that is essentially a place (a quick bound before the test). */
const MAX_PLACE_REST = 24;

export function isEssentiallyPlace(text: string, start: number, end: number): boolean {
  if (text.length - (end - start) > MAX_PLACE_REST) return false;
  return PLACE_ONLY.test(text.slice(0, start) + text.slice(end));
}

function beforeIsEdge(scan: PlaceScan, start: number, kind: AreaFormKind): boolean {
  const before = scan.text.charAt(start - 1);
  if (before === '' || scan.previousEnd === start || scan.breaks.has(start)) return true;
  if (HAN.test(before)) return false;
  // 「バイトさがし中」「仕事さがしてる」: right after a word for the work, a reading is the verb (探し), not 佐賀市.
  if (kind === 'reading' && WORK_WORD_BEFORE.test(scan.text.slice(Math.max(0, start - 3), start)))
    return false;
  // 「遅いの」 (いの町), 「ひとりで」 (取手): a kana name needs a particle or a non-kana before it.
  return kind !== 'reading' || !KANA.test(before) || PARTICLE_BEFORE.has(before);
}

function afterIsEdge(scan: PlaceScan, end: number, kind: AreaFormKind): boolean {
  // The longest place word after a name is a few characters: a bounded look keeps long input linear.
  const rest = scan.text.slice(end, end + LOOK_AHEAD);
  const after = rest.charAt(0);
  if (after === '' || scan.breaks.has(end)) return true;
  // しぶや駅 is a place, 柏餅 is not: a kana reading may run into kanji, a kanji name only into a place word.
  const kanaName = !HAN.test(scan.text.charAt(end - 1));
  if (HAN.test(after)) {
    return (kind === 'reading' && kanaName) || HAN_TAIL.test(rest) || scan.placeStartsAt(end);
  }
  if (!KANA.test(after)) return true;
  return PARTICLE_AFTER.has(after) || KANA_TAIL.test(rest) || scan.nameStartsAt(end);
}

/** Whether a place form found at [start, end) counts (full written names always do). */
export function placeCounts(scan: PlaceScan, start: number, end: number, kind: AreaFormKind): boolean {
  // 「博多ラーメン」「山口と申します」: a place name as part of a dish or a brand, or a person's name.
  if (NOT_A_PLACE_AFTER.test(scan.text.slice(end, end + LOOK_AHEAD))) return false;
  if (kind === 'name') return true;
  if (!beforeIsEdge(scan, start, kind) || !afterIsEdge(scan, end, kind)) return false;
  // 「え、べつに」 is no えべつ (江別市): a name said as a reading never runs across a comma or a space.
  for (let at = start + 1; at < end; at++) if (kind === 'reading' && scan.breaks.has(at)) return false;
  if (kind !== 'reading') return true;
  // A reading that ends like a verb is the verb: 「気になります」 holds なります (成増).
  if (/(ます|です)$/u.test(scan.text.slice(start, end))) return false;
  if (isEssentiallyPlace(scan.text, start, end)) return true;
  if (!scan.placeExpected) return false;
  // Answering 「どのあたり？」 in a sentence, a reading still has to be said as a place: 「そうかな」 holds そうか
  // (草加), 「どうしようかな」 どうし (道志).
  const rest = scan.text.slice(end, end + LOOK_AHEAD);
  // 「なんとかなんないかい」 holds なんと (南砺) and then か: after a reading, か joins places (「しぶやかしんじゅく」)
  // or hedges (「しんじゅくかな」); anything else makes it a longer word.
  if (rest.startsWith('か') && !HEDGE_AFTER_KA.test(rest) && !scan.placeStartsAt(end + 1)) return false;
  // 「しごとさがしとる」「探しよる」: the progressive of a verb (とる, よる, ちょる in the west) after a reading that is
  // the verb's stem (さがし is also 佐賀市's reading).
  if (PROGRESSIVE_AFTER.test(rest)) return false;
  // 「よこはましない」: a reading that ends in し/く (市/区) and then ない is 市内/区内.
  const within = /[しく]$/u.test(scan.text.slice(start, end)) && rest.startsWith('ない');
  return rest === '' || within || scan.breaks.has(end) || READING_AFTER.test(rest) || scan.nameStartsAt(end);
}

/** Dialect progressives (〜とる, 〜よる, 〜ちょる): what follows a verb's stem, never a place. */
const PROGRESSIVE_AFTER = /^(とる|とり|とっ|とん|よる|より|よっ|よん|ちょる|ちょり|ちょっ)/u;

/** 「しんじゅくかな」「いけぶくろかも」: a hedge after the place, not a longer word. */
const HEDGE_AFTER_KA = /^か(な[あぁー]*|も(しれ.*)?|ね|しら)?$/u;

/**
 * 「高知市やき」 ends in 土佐弁's copula (だから), not 焼き: a dish name goes on. 「北海道物産展」「北海道産の」 name a fair
 * and where goods come from, not where to work; 「日光に弱い」 is the sunlight, 「南国っぽい雰囲気」 a look.
 */
const NOT_A_PLACE_AFTER =
  /^(に弱|によわ|を浴び|をあび|っぽい|っぽく|っぽさ|物産|ぶっさん|産の|産地|らーめん|うどん|そば|焼き|やき(?![よねなー]|$)|名物|めいぶつ|風の|ふうの|王将|おうしょう|新聞|しんぶん|と申します|ともうします|といいます|と言います|っていいます|って言います|さん(です|と|が|は))/u;

/** What may follow a place said in kana inside a sentence: a particle, a copula, or a place word. */
const READING_AFTER = new RegExp(
  `^(は|が|の|で|に|を|と|や|も|へ|か|だ|なら|じゃ|って|まで|から|し(ない|の|で|$)|く(ない|の|で|$))|${KANA_TAIL.source.slice(1)}|${HAN_TAIL.source.slice(1)}`,
  'u',
);

/** English words before a romaji place that make it a place (“in Kichijoji”, “near Umeda”). */
const PLACE_PREPOSITIONS = new Set(['in', 'near', 'around', 'at', 'from', 'to', 'by']);
/** Words that may stand beside a romaji place in an utterance that is essentially a place. */
const PLACE_WORDS = new Set([
  'please',
  'area',
  'somewhere',
  'or',
  'and',
  'the',
  'station',
  'city',
  'ok',
  'okay',
]);

const ACCEPTABLE = new Set(['fine', 'ok', 'okay', 'good', 'great', 'alright', 'better', 'possible']);

/** Whether a romaji place (words [start, end) of the utterance) counts. */
export function romajiPlaceCounts(
  words: readonly string[],
  start: number,
  end: number,
  expected: boolean,
): boolean {
  if (expected || PLACE_PREPOSITIONS.has(words[start - 1] ?? '')) return true;
  // “Kawasaki is fine too”: a place said to be acceptable is said as a place.
  if (words[end] === 'is' && ACCEPTABLE.has(words[end + 1] ?? '')) return true;
  return words.every((word, i) => (i >= start && i < end) || PLACE_WORDS.has(word));
}
