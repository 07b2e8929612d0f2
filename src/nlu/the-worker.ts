import { normalize } from './normalize';
import { foldNumerals } from './numerals';
import type { Lexicon, LexiconTarget, Mention } from './types';

/**
 * Who the worker is, as people tell it beside what they want: an age (「七十なんやけど」), where they come from
 * (「ネパールから来ました」), what they are (「高校生なんで」), and words for workers said of someone else (「小学生の
 * 子ども」「妻がフルタイムで」). The catalogue's conditions about the worker (`describesWorker`, `ageFrom`) say which
 * condition each means.
 */

/** A name found in the text, as extractMentions scans it. */
export interface NamedHit {
  readonly start: number;
  readonly end: number;
  readonly surface: string;
  readonly targets: readonly LexiconTarget[];
}

/**
 * 「高校生なんで、お酒出すとこはダメ」「主婦なので」: who one is, given as a reason, is the catalogue's condition
 * welcoming such workers, whatever the rest of the sentence refuses.
 */
const AS_A_REASON =
  /^(なので|なんで|だから|やから|やけん|じゃけん|だけん|ですので|ですから|なんですが|ですが|です|だけど|やけど)/u;

/**
 * 「小学生の子どもがいるので」「高校生の娘が」「高校数学までなら教えられます」: a word for a kind of worker said of
 * someone else, inside 小学生/中学生, or as part of a longer word, says nothing about who the worker is.
 */
const SOMEONE_ELSE_AFTER =
  /^(の|が|も)?(子|こども|子ども|子供|娘|むすめ|息子|むすこ|孫|まご|生徒|せいと)|^(時代|じだい|の頃|のころ|の時|のとき)/u;
const SOMEONE_ELSE_BEFORE = /(子ども|子供|こども|娘|むすめ|息子|むすこ|孫|まご)(が|は|も)$|[小中]$/u;
/** 「高校数学」: 高校 as part of a longer word (not 高校生, 高校二年). */
const PART_OF_A_WORD = /^(?![歓可生一二三年])\p{Script=Han}/u;

/** 「妻がフルタイムで働いているので」: what is said of one's spouse is not what one wants (children's times, 「子どもが
 * 学校行っとる間」, are the speaker's). */
const FAMILY_BEFORE = /(妻|つま|夫|おっと|旦那|だんな|主人|しゅじん|嫁|よめ|奥さん|家内|かない)(が|は)$/u;

/**
 * 「保育園のお迎えがあるので」「幼稚園に預けてる間」: a nursery or school named as where one's child spends the day
 * is no wish to work there.
 */
const A_CHILDS_DAY_AFTER =
  /^(の)?(お迎え|おむかえ|迎え|むかえ|送り迎え|おくりむかえ|送迎|そうげい|行事|ぎょうじ)|^(に|へ)(お?迎え|お?むかえ|預け|あずけ|通って|かよって|通っと|かよっと|行ってる|いってる|行っとる|いっとる|行っている|いっている)/u;

const A_CHILDS_PLACE =
  /保育園|ほいくえん|保育所|ほいくしょ|幼稚園|ようちえん|こども園|学童|がくどう|学校|がっこう/u;

export function aboutSomeoneElse(hit: NamedHit, normalized: string, lexicon: Lexicon): boolean {
  if (FAMILY_BEFORE.test(normalized.slice(Math.max(0, hit.start - 5), hit.start))) return true;
  if (A_CHILDS_PLACE.test(hit.surface) && A_CHILDS_DAY_AFTER.test(normalized.slice(hit.end))) return true;
  const workers = lexicon.workerConditions;
  if (workers === undefined) return false;
  if (!hit.targets.some((t) => t.kind === 'condition' && workers.has(t.id))) return false;
  const after = normalized.slice(hit.end);
  return (
    SOMEONE_ELSE_AFTER.test(after) ||
    SOMEONE_ELSE_BEFORE.test(normalized.slice(Math.max(0, hit.start - 6), hit.start)) ||
    // 「お年寄りのおうちに行くヘルパーさん」: said with the honorific お, they are the people one would serve.
    (normalized.charAt(hit.start - 1) === 'お' && /^(年寄|としより)/u.test(hit.surface)) ||
    (hit.surface === '高校' && PART_OF_A_WORD.test(after))
  );
}

export function describesSelf(hit: NamedHit, normalized: string, lexicon: Lexicon): boolean {
  const workers = lexicon.workerConditions;
  if (workers === undefined) return false;
  return (
    hit.targets.some((t) => t.kind === 'condition' && t.inverted !== true && workers.has(t.id)) &&
    AS_A_REASON.test(normalized.slice(hit.end))
  );
}

/**
 * 「六十八歳でもできる仕事」「外国人 だいじょうぶ な ところ」「外国人OKのアルバイト」「雇うてくれるとこ」: asking for
 * jobs that take one, which is a requirement (normalized).
 */
const ASKS_TO_BE_TAKEN =
  /でも(できる|でき|働け|はたらけ|いけ|大丈夫|だいじょうぶ|ok|おk|応募|おうぼ|雇)|(大丈夫|だいじょうぶ|ok|おk|歓迎|かんげい)(な|の)?(ところ|とこ|仕事|しごと|ばいと|あるばいと|求人)|雇(って|う|い)|やと(って|う|い)|受け入れ|うけいれ/u;

/** The tag's own words (「学生歓迎」「外国人OK」「年齢不問」), not words about oneself (normalized). */
const THE_TAG_ITSELF = /歓迎|かんげい|ok|おk|可|活躍|かつやく|不問|ふもん|welcome/u;

/**
 * 「主婦です」「ベトナムの りゅうがくせいです」「68歳です」: who one is, of a worker the catalogue only welcomes
 * (Condition.welcomeOnly), ranks the jobs that welcome them and filters none; a student is not held to jobs
 * tagged 学生歓迎. Asked for by the tag's words (「学生歓迎のところ」) it is a wish like any other.
 */
export function selfDescriptionsRank(
  conditions: readonly Mention[],
  normalized: string,
  lexicon: Lexicon,
): Mention[] {
  const welcome = lexicon.welcomeOnlyConditions;
  if (welcome === undefined || welcome.size === 0 || ASKS_TO_BE_TAKEN.test(normalized))
    return [...conditions];
  return conditions.map((m) =>
    m.polarity === 'positive' && welcome.has(m.id) && !THE_TAG_ITSELF.test(normalize(m.surface))
      ? { ...m, inferred: true }
      : m,
  );
}

/**
 * 「七十なんやけど雇ってくれるとこ」「68歳です」「60過ぎ」: a stated age is the condition for that age, when the
 * catalogue has one (シニア歓迎 from 60). An age is a two-digit number with 歳/才/代/過ぎ, or said of oneself
 * (「七十なんやけど」「六十八です」「もう70なんよ」「もう68やけんど」) at the start of the utterance or of a clause, after もう, or after
 * わたし/私/僕/俺, or after the end of a sentence said without a stop (「ないやろか70やけど」).
 */
const AGE =
  /(?:^|、|\s|(?<=[かよねわなぞうぉー])|もう|わたし|私|僕|ぼく|俺|おれ|わしゃ|わし|うち)\s?(?:は|も)?\s?(\d{2})\s?(?:歳|才|さい|代|過ぎ|すぎ)?\s?(?:なんや|なんだ|なんです|なんよ|なんじゃ|なんやけど|です|やけど|だけど|じゃけど|だども|やけんど|じゃけんど|だけんど|やけん|じゃけん|だけん|やき|じゃき|やけ|ばってん|だばって|やばって)|(\d{2})\s?(?:歳|才|さい|代|過ぎ|すぎ)/u;

/**
 * 「ななじゅっさいなんだけど できる仕事あるかね」: an age in kana beside kanji, which the numeral folding leaves
 * alone (its に may be a particle there). Only sixty to ninety-nine with さい: the ages the catalogue's conditions
 * start at, and no word hides such a run.
 */
const KANA_TENS: Readonly<Record<string, number>> = { ろく: 60, なな: 70, しち: 70, はち: 80, きゅう: 90 };
const KANA_ONES: Readonly<Record<string, number>> = {
  いっ: 1,
  いち: 1,
  に: 2,
  さん: 3,
  よん: 4,
  ご: 5,
  ろく: 6,
  なな: 7,
  しち: 7,
  はっ: 8,
  はち: 8,
  きゅう: 9,
};
const KANA_AGE =
  /(ろく|なな|しち|はち|きゅう)じゅ[うっ](いっ|いち|に|さん|よん|ご|ろく|なな|しち|はっ|はち|きゅう)?(?:さい|才|歳)/u;

function kanaAge(text: string): number | undefined {
  const m = KANA_AGE.exec(text);
  if (m === null) return undefined;
  return (KANA_TENS[m[1]!] ?? 0) + (m[2] === undefined ? 0 : (KANA_ONES[m[2]] ?? 0));
}

export function withAge(conditions: readonly Mention[], text: string, lexicon: Lexicon): Mention[] {
  const ages = lexicon.ageConditions ?? [];
  if (ages.length === 0) return [...conditions];
  const m = AGE.exec(foldNumerals(text));
  const age = m === null ? kanaAge(text) : Number(m[1] ?? m[2]);
  if (age === undefined || age < 15) return [...conditions];
  const meant = ages.filter((a) => age >= a.from && !conditions.some((c) => c.id === a.id));
  return [
    ...conditions,
    ...meant.map((a) => ({ id: a.id, polarity: 'positive' as const, surface: String(age) })),
  ];
}

/**
 * 「日本語はまだ少しです」「ネパールからきました」「ベトナムじんです」: telling that Japanese is not one's own language, or where one came
 * from, says who the worker is, as the catalogue's word for foreign workers (外国人) does: that condition, whatever
 * the catalogue calls it. A grammar, where synonyms would need one per country and per spelling.
 */
// A country's name starts where a katakana run starts, and is not long: scanning every position of a long run
// ('カ' × 3,000) would be quadratic.
const NOT_NATIVE =
  /(日本語|にほんご)(は|が|も)?(まだ|まだまだ)?(少し|すこし|ちょっと|ちょっとだけ|あまり|あんまり|苦手|にがて|下手|へた|勉強中|べんきょうちゅう|片言|かたこと)|(?<![\p{Script=Katakana}ー])[\p{Script=Katakana}ー]{2,20}\s*(から)\s*(来|き)(ました|た|て|まして)|(?<![\p{Script=Katakana}ー])[\p{Script=Katakana}ー]{2,20}\s*(人|じん)\s*(です|で|だ|なん|や|じゃ)/u;
const FOREIGN_WORKER_WORD = normalize('外国人');

export function withNonNative(conditions: readonly Mention[], said: string, lexicon: Lexicon): Mention[] {
  const match = NOT_NATIVE.exec(said);
  if (match === null) return [...conditions];
  const ids = (lexicon.surfaces.get(FOREIGN_WORKER_WORD) ?? []).flatMap((t) =>
    t.kind === 'condition' && t.inverted !== true ? [t.id] : [],
  );
  const meant = ids.filter((id) => !conditions.some((c) => c.id === id));
  return [
    ...conditions,
    ...meant.map((id) => ({ id, polarity: 'positive' as const, surface: match[0], inferred: true })),
  ];
}
