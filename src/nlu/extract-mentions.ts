import { oneJobPerCompound } from './job-compounds';
import { spellStanceEmoji } from './answer-emoji';
import { englishClauseStances } from './english-stance';
import { endsAsking, stancesOf, toldAsExperience, type Stance } from './mention-polarity';
import { aboutSomeoneElse, describesSelf, selfDescriptionsRank, withAge, withNonNative } from './the-worker';
import {
  capText,
  normalize,
  scriptMarks,
  spellAskingNai,
  type ScriptMarks,
  toClauses,
  toWordClauses,
  toWords,
} from './normalize';
import { LIST_GAP, placeCounts, romajiPlaceCounts, type PlaceScan } from './place-edges';
import type { AreaMention, AreaRef, Lexicon, LexiconTarget, Mention, Mentions, QuestionKind } from './types';

interface Hit {
  readonly start: number;
  readonly end: number;
  readonly surface: string;
  readonly targets: readonly LexiconTarget[];
}

const KANA = /^[\u3041-\u309f\u30fc]+$/u;
const LEADING_PARTICLES = new Set([...'でにのはがをともへや']);

/** One-kanji surfaces that end many other words (電車, 自転車, 洗車; 新宿, 原宿, 下宿). */
const BOUND_KANJI = new Set(['車', '宿']);
/** 毎朝, 今朝, 翌朝, 今夜, 毎晩: a time of day with one of these before it is a day's, not a time to work. */
const DAY_PREFIXES = new Set([...'毎今翌昨']);
const TIMES_OF_DAY = new Set([...'朝昼夜晩']);

/** Kana that can stand next to a short kana name without being part of a longer word (particles). */
const BEFORE_OK = new Set([...'はがのでにをとやもかへ']);
const AFTER_OK = new Set([...'はがのでにをとやもかへっじなよねだ']);
/** After a three-kana name (まっく, しぶや) more may follow: みたい, くらい, しか, ばかり, さえ, まで, 駅 (えき). */
const AFTER_OK_3 = new Set([...AFTER_OK, ...'みくぐしばさまけえ']);

/** 「ばー」 inside 「さーばー」 or 「まっく」 inside 「まっくら」 is no name: short kana names need a word edge. */
function standsAlone(
  text: string,
  start: number,
  end: number,
  key: string,
  { edges, katakana }: ScriptMarks,
): boolean {
  // A one-kanji word is no word inside a longer kanji one: 車 is not in 電車 or 自転車, 塾 is in 学習塾; nor is a
  // form that starts with it: 「車で通」 is not in 「自転車で通える」.
  if (BOUND_KANJI.has(key.charAt(0)) && /\p{Script=Han}/u.test(text.charAt(start - 1))) return false;
  // 「毎朝服考えなくていいし」 says when one dresses, not when one works.
  if (TIMES_OF_DAY.has(key.charAt(0)) && DAY_PREFIXES.has(text.charAt(start - 1))) return false;
  // 「三宮でパート」 holds でぱーと (デパート): a kana word that starts with a particle right after kanji or katakana,
  // or written in another script than the rest of it (「あたりでパート」), is that particle and the next word.
  if (
    KANA.test(key) &&
    LEADING_PARTICLES.has(key.charAt(0)) &&
    (/[\p{Script=Han}\u30a0-\u30ff]/u.test(text.charAt(start - 1)) || edges.has(start + 1))
  ) {
    return false;
  }
  // 「英語しゃべれないのでいやです」「煙たかでいやじゃ」 hold でい (デイ): a short kana word that starts with で, written
  // in hiragana after hiragana, is the で of ので or かで and the next word.
  if (
    key.length <= 3 &&
    key.startsWith('で') &&
    !katakana.has(start) &&
    KANA.test(text.charAt(start - 1)) &&
    !katakana.has(start - 1)
  )
    return false;
  if (key.length > 3 || !KANA.test(key)) return true;
  const before = text.charAt(start - 1);
  const after = text.charAt(end);
  const edge = (ch: string, ok: Set<string>): boolean => ch === '' || !KANA.test(ch) || ok.has(ch);
  // A katakana word written between hiragana (「けどレジは」「ゲオみたい」) has its edges in the raw text.
  const startEdge = edges.has(start) || edge(before, BEFORE_OK);
  const endEdge = edges.has(end);
  // Three kana are mostly a katakana word (まっく, かふぇ): its end is what a longer word gives away.
  if (key.length === 3) return endEdge || edge(after, AFTER_OK_3);
  return startEdge && (endEdge || edge(after, AFTER_OK));
}

/** Whether some surface of the lexicon (of a place only, when asked) starts at a position. */
function nameStartsAt(text: string, lexicon: Lexicon, index: number, place: boolean): boolean {
  return lexicon.lengths.some((length) => {
    const targets = lexicon.surfaces.get(text.slice(index, index + length));
    return targets !== undefined && (!place || targets.some((t) => t.kind === 'area'));
  });
}

/** What a surface found at [start, end) names there: places only where they are said as places. */
function targetsAt(
  targets: readonly LexiconTarget[],
  scan: PlaceScan,
  start: number,
  end: number,
): LexiconTarget[] {
  // 「深夜営業」「24時間営業」: a category word at the end of a longer kanji word is part of that word; not after a
  // comma or a space (「工場の仕事、接客は無理」).
  const inCompound = /\p{Script=Han}/u.test(scan.text.charAt(start - 1)) && !scan.breaks.has(start);
  return targets.filter((t) =>
    t.kind === 'area' ? placeCounts(scan, start, end, t.form) : !(t.kind === 'category' && inCompound),
  );
}

/** The longest word that joins places in a list (もしくは). */
const MAX_LIST_GAP = 4;

/** Where spaces and punctuation of the raw text fall in its normalized form (none if they cannot be lined up). */
function wordBreaks(raw: string, normalized: string): Set<number> {
  const pieces = raw.split(/[\s\p{P}]+/u).map(normalize);
  const breaks = new Set<number>();
  if (pieces.join('') !== normalized) return breaks;
  let at = 0;
  for (const piece of pieces) {
    at += piece.length;
    breaks.add(at);
  }
  return breaks;
}

/**
 * Where punctuation of the raw text falls in its normalized form: no name is read across it (「ええね、カフェ」 holds
 * no ネカフェ; 「立川。駅チカ」 is no station). Spaces are not cuts: English names are spelt with them.
 */
const PUNCTUATION = /[、。，,！!？?…‥；;：:「」『』()（）【】]+/u;
function punctuationCuts(raw: string, normalized: string): Set<number> {
  const pieces = capText(raw).normalize('NFKC').split(PUNCTUATION).map(normalize);
  const cuts = new Set<number>();
  if (pieces.join('') !== normalized) return cuts;
  let at = 0;
  for (const piece of pieces.slice(0, -1)) {
    at += piece.length;
    cuts.add(at);
  }
  return cuts;
}

const spansCut = (cuts: ReadonlySet<number>, start: number, end: number): boolean => {
  for (let i = start + 1; i < end; i++) if (cuts.has(i)) return true;
  return false;
};

/** Without the targets a kana reading stands for when the surface was written in katakana (ジム is no じむ, 事務). */
function writtenAs(
  targets: readonly LexiconTarget[],
  katakana: ReadonlySet<number>,
  start: number,
  end: number,
): readonly LexiconTarget[] {
  for (let i = start; i < end; i++) if (!katakana.has(i)) return targets;
  return targets.filter((target) => target.kind === 'area' || target.reading !== true);
}

/**
 * 「夜ｶﾗｵｹかネカフェ」 holds 夜から, 「負けん タクシー」 けんた: a name begun outside a katakana word does not end inside
 * it (the から of カラオケ is no particle).
 */
function endsInsideKatakana(katakana: ReadonlySet<number>, start: number, end: number): boolean {
  return !katakana.has(start) && katakana.has(end - 1) && katakana.has(end);
}

/** Left to right, the longest known surface at each position. */
function scanText(
  text: string,
  lexicon: Lexicon,
  placeExpected: boolean,
  breaks: ReadonlySet<number>,
  marks: ScriptMarks,
  cuts: ReadonlySet<number> = new Set(),
): Hit[] {
  const hits: Hit[] = [];
  let i = 0;
  const startsAt = (index: number): boolean => nameStartsAt(text, lexicon, index, false);
  const placeStartsAt = (index: number): boolean => nameStartsAt(text, lexicon, index, true);
  while (i < text.length) {
    let hit: Hit | undefined;
    const previous = hits.at(-1);
    // 「川口とか蕨」: a place listed after a place is said as a place.
    const listed =
      previous !== undefined &&
      i - previous.end <= MAX_LIST_GAP &&
      previous.targets.some((t) => t.kind === 'area') &&
      LIST_GAP.test(text.slice(previous.end, i));
    const scan: PlaceScan = {
      text,
      placeExpected: placeExpected || listed,
      // 「東京新宿」: a place may follow a place directly, not a job (「焼肉屋さんだ」 is no 三田).
      previousEnd: previous?.targets.some((t) => t.kind === 'area') === true ? previous.end : -1,
      nameStartsAt: startsAt,
      placeStartsAt,
      breaks,
    };
    for (const length of lexicon.lengths) {
      if (i + length > text.length) continue;
      const key = text.slice(i, i + length);
      const known = lexicon.surfaces.get(key);
      if (
        known === undefined ||
        spansCut(cuts, i, i + length) ||
        endsInsideKatakana(marks.katakana, i, i + length) ||
        !standsAlone(text, i, i + length, key, marks)
      )
        continue;
      const targets = targetsAt(writtenAs(known, marks.katakana, i, i + length), scan, i, i + length);
      if (targets.length > 0) {
        hit = { start: i, end: i + length, surface: key, targets };
        break;
      }
    }
    if (hit === undefined) {
      i++;
    } else {
      hits.push(hit);
      i = hit.end;
    }
  }
  return hits;
}

const PLACE_TAIL_WORDS = new Set(['city', 'town', 'village', 'ward', 'station', 'prefecture', 'ku', 'shi']);

/** English words that a catalogue name can also spell: a name only beside Japanese text. */
const ENGLISH_FUNCTION_WORDS = new Set([
  'it',
  'in',
  'on',
  'at',
  'as',
  'or',
  'an',
  'to',
  'do',
  'go',
  'no',
  'so',
]);

const JAPANESE_RUN = /[^\p{ASCII}]/u;

function nextToJapanese(words: readonly string[], start: number, end: number): boolean {
  return JAPANESE_RUN.test(words[start - 1] ?? '') || JAPANESE_RUN.test(words[end] ?? '');
}

/** 「平日の夜か土日」「日払いか週払い」: conditions offered as alternatives, joined by か and の. */
const EITHER = /^(か|または|もしくは|それか|or)$/u;
const LINK = /^(の|か|または|もしくは|それか|or)$/u;
/** 「平日夜と土日に」: times one is free, listed with と or や (or said straight on). */
const AND_LINK = /^(と|や|とか|and|)$/u;
const isCondition = (hit: Hit) => hit.targets.some((t) => t.kind === 'condition');
const conditionIds = (hit: Hit) => hit.targets.flatMap((t) => (t.kind === 'condition' ? [t.id] : []));

interface Alternatives {
  /** Conditions any of which will do: wishes (soft), never all required. */
  readonly soft: Set<Hit>;
  /** 「平日夜と土日」: 平日 says only on which days the 夜 after it is; it is no wish of its own. */
  readonly qualifiers: Set<Hit>;
}

/**
 * Conditions said as alternatives: either will do, so neither is required. They are kept as wishes (soft), as
 * 「〜でもいい」 is: a list of jobs having both would be the opposite of what was said. So are two that rule each
 * other out (the catalogue's `refusedMeans` pairs: 平日のみ and 土日祝のみ) listed with と: 「平日夜と土日に在宅で」
 * (p24-05) gives the times one is free, and a job at either time fits; there 平日 only says when the 夜 after it
 * is, and is no wish of its own.
 */
function alternatives(
  named: readonly Hit[],
  gapBefore: (index: number) => string | undefined,
  rivalOf: ReadonlyMap<string, string>,
): Alternatives {
  const soft = new Set<Hit>();
  const qualifiers = new Set<Hit>();
  let run: Hit[] = [];
  let gaps: string[] = [];
  const close = () => {
    const ids = new Set(run.flatMap(conditionIds));
    const rivals = (hit: Hit) => conditionIds(hit).some((id) => ids.has(rivalOf.get(id) ?? ''));
    const either = gaps.some((gap) => EITHER.test(gap));
    const offered = gaps.some((gap) => gap !== 'の') && run.some(rivals);
    if (either || offered) run.forEach((hit) => soft.add(hit));
    if (offered) {
      run.forEach((hit, k) => {
        if (k + 1 < run.length && (gaps[k] === '' || gaps[k] === 'の') && rivals(hit)) qualifiers.add(hit);
      });
    }
    run = [];
    gaps = [];
  };
  named.forEach((hit, i) => {
    if (!isCondition(hit)) return close();
    const previous = named[i - 1];
    const gap = gapBefore(i);
    if (
      run.length > 0 &&
      previous === run.at(-1) &&
      gap !== undefined &&
      (LINK.test(gap) || AND_LINK.test(gap))
    )
      gaps.push(gap);
    else close();
    run.push(hit);
  });
  close();
  return { soft, qualifiers };
}

const OR_LIST = /^(か|とか|や|または|もしくは|それか|あるいは)$/u;
const isNamed = (hit: Hit | undefined, kind: LexiconTarget['kind']): boolean =>
  hit?.targets.some((t) => t.kind === kind) === true;

/** 「ホテルの仕事、例えば客室清掃とか」: the work named, then examples of it. */
const FOR_EXAMPLE_JA = /^(例えば|たとえば|具体的には|ぐたいてきには)$/u;
/** 「ホテルの仕事、客室清掃とかフロントとか」: a word for the work, then types listed as examples (とか, みたいな). */
const WORK_NAMED = /(仕事|しごと|系|関係|かんけい)$/u;
const LISTED_AS_EXAMPLE = /^(とか|など|なんか|みたいな|みたいの|等)/u;

/**
 * Categories listed with a job type as alternatives: 「事務かデータ入力」, 「データ入力とか事務」; or named as the work
 * with types as examples of it: 「ホテルの仕事、例えば客室清掃とか」 wants all of ホテルの仕事, the examples too.
 */
function categoriesBesideTypes(text: string, named: readonly Hit[]): Set<Hit> {
  const beside = new Set<Hit>();
  named.forEach((hit, i) => {
    if (!isNamed(hit, 'category')) return;
    const [before, after] = [named[i - 1], named[i + 1]];
    if (isNamed(before, 'jobType') && OR_LIST.test(text.slice(before!.end, hit.start))) beside.add(hit);
    if (!isNamed(after, 'jobType')) return;
    const gap = text.slice(hit.end, after!.start);
    if (OR_LIST.test(gap) || FOR_EXAMPLE_JA.test(gap)) beside.add(hit);
    else if (gap === '' && WORK_NAMED.test(hit.surface) && LISTED_AS_EXAMPLE.test(text.slice(after!.end)))
      beside.add(hit);
  });
  return beside;
}

/** "Hotel work, like housekeeping or the front desk": the work named, then examples of it. */
const FOR_EXAMPLE_EN = [
  ['like'],
  ['such', 'as'],
  ['for', 'example'],
  ['for', 'instance'],
  ['eg'],
  ['e', 'g'],
  ['including'],
  ['say'],
];

/** Whether the words at `at` begin examples ("like", "such as", "for example"). */
function examplesAt(words: readonly string[], at: number): boolean {
  return FOR_EXAMPLE_EN.some((cue) => cue.every((word, k) => words[at + k] === word));
}

const HYPHENATED = /[A-Za-z]+(?:-[A-Za-z]+)+/gu;

/** ASCII names, whole words only ("cafe", "data entry"), with the English stance of their clause. */
interface WordHit {
  readonly hit: Hit;
  readonly stance: Stance;
  readonly examplesFollow?: boolean;
  /** The words between this name and the one before it in its clause ("or" in "evenings or weekends"). */
  readonly gapBefore?: string;
}

function scanWords(raw: string, lexicon: Lexicon, placeExpected: boolean, workAsked: boolean): WordHit[] {
  // "Musashi-Kosugi": a place's romaji with hyphens between its parts is one word, as its sign writes it. Only
  // places: "part-time" stays two words, as the English tables read it.
  const text = raw.replace(HYPHENATED, (words) => {
    const joined = words.replace(/-/gu, '');
    return lexicon.words.get(joined.toLowerCase())?.some((t) => t.kind === 'area') === true ? joined : words;
  });
  // 「USJで働きたい」: Latin letters run into kana with no space, and are a word of their own.
  const clauses = toWordClauses(text).map((clause) =>
    clause.flatMap((word) => word.match(/[a-z0-9]+|[^a-z0-9]+/gu) ?? []),
  );
  const all = clauses.flat();
  const found: WordHit[] = [];
  let offset = 0;
  clauses.forEach((words, clauseIndex) => {
    const hits: Hit[] = [];
    for (let i = 0; i < words.length;) {
      let matched = 0;
      for (let k = Math.min(lexicon.maxWords, words.length - i); k >= 1 && matched === 0; k--) {
        const key = words.slice(i, i + k).join('');
        // "bars", "cafes": an English plural names the same thing.
        const known =
          lexicon.words.get(key) ?? (key.endsWith('s') ? lexicon.words.get(key.slice(0, -1)) : undefined);
        // "IT" (the category) is the English "it": read so only written into Japanese (「ITの仕事」).
        const singular = key.endsWith('s') ? key.slice(0, -1) : key;
        if (
          (ENGLISH_FUNCTION_WORDS.has(key) || ENGLISH_FUNCTION_WORDS.has(singular)) &&
          !nextToJapanese(words, i, i + k)
        ) {
          continue;
        }
        const place = romajiPlaceCounts(all, offset + i, offset + i + k, placeExpected);
        // "to me" is no Tome (登米): a romaji place spans words only as "<name> city/town/station".
        const spansWords = k > 1 && !PLACE_TAIL_WORDS.has(words[i + k - 1] ?? '');
        const targets = known?.filter(
          (t) => t.kind !== 'area' || t.form !== 'reading' || (place && !spansWords),
        );
        if (targets === undefined || targets.length === 0) continue;
        const hit = { start: i, end: i + k, surface: key, targets };
        hits.push(words[i + k] === 'station' || words[i + k] === 'eki' ? cityOfItsStation(hit) : hit);
        matched = k;
      }
      i += Math.max(matched, 1);
    }
    const stances = englishClauseStances(words, hits, clauses[clauseIndex + 1]).map((stance, h) =>
      // 「ITの経験はあります」: a Latin name in Japanese, told as experience (see stancesOf).
      (!workAsked && toldAsExperience(words[hits[h]!.end] ?? '')) || landmarkAfter(words, hits[h]!)
        ? 'indifferent'
        : stance,
    );
    hits.forEach((hit, index) => {
      // "Hotel work, like housekeeping or the front desk": a category, then examples of it.
      const examplesFollow =
        hit.targets.some((t) => t.kind === 'category') && examplesAt(all, offset + hit.end);
      const previous = hits[index - 1];
      found.push({
        hit,
        stance: stances[index] ?? 'positive',
        ...(examplesFollow ? { examplesFollow } : {}),
        ...(previous === undefined ? {} : { gapBefore: words.slice(previous.end, hit.start).join(' ') }),
      });
    });
    offset += words.length;
  });
  // Examples only when some type is named after them: "office work, like I said" is no list.
  const typeAfter = (from: number) =>
    found.slice(from + 1).some(({ hit }) => hit.targets.some((t) => t.kind === 'jobType'));
  return found.map((item, i) => {
    if (item.examplesFollow !== true || typeAfter(i)) return item;
    const { examplesFollow: _examples, ...rest } = item;
    return rest;
  });
}

/** Where sentences of the raw text end (。！？), in its normalized form: a subset of the clause boundaries. */
function sentenceEnds(text: string, normalized: string): Set<number> {
  const sentences = capText(text)
    .normalize('NFKC')
    .split(/[。!?]+/u)
    .map(normalize);
  const ends = new Set<number>();
  if (sentences.join('') !== normalized) return ends;
  let at = 0;
  for (const sentence of sentences) {
    at += sentence.length;
    ends.add(at);
  }
  return ends;
}

/** Where the clauses of the raw text end in its normalized form (none when the two cannot be lined up). */
function clauseBoundaries(text: string, normalized: string, breaks: ReadonlySet<number>): number[] {
  const clauses = toClauses(text);
  if (clauses.join('') !== normalized) return [];
  const ends: number[] = [];
  let at = 0;
  for (const clause of clauses) {
    at += clause.length;
    ends.push(at);
  }
  // 「清掃か工場の仕事 接客は無理」 (said, or typed without a comma): a space after a word for the work ends that
  // clause as a comma would, so what is said of 接客 is not said of 工場 too.
  for (const at of breaks) {
    const before = normalized.slice(Math.max(0, at - 5), at);
    const stanceEnd =
      STANCE_END_BEFORE.test(before) ||
      STANCE_END_BEFORE.test(normalized.slice(Math.max(0, at - 10), at).replace(SENTENCE_PARTICLES, ''));
    const said =
      WORK_NOUN_BEFORE.test(before) ||
      QUESTION_END_BEFORE.test(before) ||
      endsAsking(normalized.slice(Math.max(0, at - 12), at)) ||
      (stanceEnd && !GOES_ON_AFTER.test(normalized.slice(at)));
    if (said && at < normalized.length) ends.push(at);
  }
  return [...new Set(ends)].sort((a, b) => a - b);
}

/** A word for the work itself, ending a stretch: 「工場の仕事」「カフェのバイト」. */
const WORK_NOUN_BEFORE = /(仕事|しごと|バイト|ばいと|パート|ぱーと)$/u;
/**
 * 「シフト固定はいや 自由がいい」「介護は避けたいです 体がもたないので」「ファストフード以外のも見せて 揚げ物の匂いが
 * だめで」: a space after a stance or a request said in full (a
 * sentence ending) ends that clause too; the words after it are a reason or a wish of their own, and their
 * negatives (もたない) must not count against the stance before.
 */
const STANCE_END_BEFORE =
  /(見せて|みせて|見して|みして|ください|下さい|お願い|おねがい|教えて|おしえて|です|ます|いや|嫌|やだ|無理|むり|だめ|駄目|ng|勘弁|かんべん|がいい|がいいな|がええ|がよか|たい|あかん|好かん|すかん|もうせん|もうよか|もういい|もうええ|たくない|たくねえ|嫌い|きらい|苦手|にがて)$/u;
/**
 * 「居酒屋はあかん 酔っ払いの相手は無理や」「コールセンターは嫌だがね 電話は好かん」「引越しはもうせんぜよ 腰が
 * いかんき」: the same, with the sentence's final particles after the stance.
 */
const SENTENCE_PARTICLES =
  /(ぜよ|だがね|がね|やがな|だがや|がや|じゃけ|ばい|たい|だね|やね|です|だ|や|じゃ|ね|よ|わ|な|べ|さ|ー)+$/u;
/** 「外国人だめ の ところ むり です」 (a learner spacing every word): the phrase goes on after the space. */
const GOES_ON_AFTER = /^(の|な|とこ|ところ|です|でした|だ|じゃ|って|か|とか|けど)/u;
/** 「パートないかしら 週に三日くらいで」: a space after a question's ending ends that clause too. */
const QUESTION_END_BEFORE = /(ないかしら|ないかな|ないですか|ありますか|ないかね|ないの|ないか)$/u;

function areaKey(area: AreaRef): string {
  return `${area.prefecture}/${area.municipality ?? ''}`;
}

/** Whether a place said on its own (a prefecture, or a designated city) contains a municipality. */
function contains(outer: AreaRef, inner: AreaRef): boolean {
  if (outer.prefecture !== inner.prefecture || inner.municipality === undefined) return false;
  return outer.municipality === undefined || inner.municipality.startsWith(`${outer.municipality} `);
}

/** A place a name may stand for, with its rank (lower is offered first). */
interface RankedArea {
  readonly area: AreaRef;
  readonly rank: number;
}

/** A place found, with every place its name may stand for (best first) and those offered (the best rank). */
interface FoundArea {
  readonly mention: AreaMention;
  readonly all: readonly RankedArea[];
  /** Named in a list with the place before it (「岡山か倉敷」「川口とか蕨」). */
  readonly listed: boolean;
  /** Said as where one comes from (「北海道出身で」「実家は鹿児島やけど」), not where one would work. */
  readonly origin?: boolean;
}

/** 「北海道出身」「大阪生まれ」 / 「実家は鹿児島」「出身は福岡」: the place one comes from. */
const ORIGIN_AFTER =
  /^(出身|しゅっしん|生まれ|うまれ|育ち|そだち|から上京|からじょうきょう|から出てき|からでてき|から引っ越し|からひっこし|から越して|の(大学|だいがく|学校|がっこう|高校|こうこう|専門学校|会社|かいしゃ)(に|へ|まで)(通|かよ|行って|いって|行っと|いっと))/u;
/** 「住んでるのは埼玉」 "I live in Chiba but…": where one lives, beside where one wants to work. */
const ORIGIN_BEFORE =
  /((実家|じっか|出身|しゅっしん|生まれ|うまれ)(は|が)|(住んでる|すんでる|住んでいる|すんでいる|住んどる|すんどる|住まい|すまい)(のは|は))$/u;

/** "I live in Chiba but I want to work in Tokyo": where one lives or comes from, in English. */
function livesThere(text: string, surface: string): boolean {
  const words = toWords(text).join(' ');
  const at = words.indexOf(` ${surface}`);
  // "I live in Yokohama so Yokohama or Kawasaki": said again, it is also where to work.
  if (at < 0 || words.indexOf(` ${surface}`, at + 1) >= 0) return false;
  return /(^|\s)(i live in|im from|i am from|i come from|im living in|i am living in|living in)$/u.test(
    words.slice(0, at),
  );
}

const sameCandidates = (a: readonly AreaRef[], b: readonly AreaRef[]): boolean =>
  a.length === b.length && a.every((x, i) => areaKey(x) === areaKey(b[i]!));

/** 「北海道出身で、今は横浜に住んでるので横浜で」: beside another place, the one come from is not asked for. */
function withoutOrigins(found: readonly FoundArea[]): FoundArea[] {
  const elsewhere = found.filter((f) => f.origin !== true);
  return elsewhere.length > 0 ? elsewhere : [...found];
}

/** Between two places, words that take the first back: 「梅田…いや、やっぱ難波」「渋谷じゃなくて新宿」. */
const PLACE_TAKEN_BACK =
  /^(いや|いえ|あっ|あ)?(いや|違う|ちがう)?(やっぱり|やっぱ|やはり)(の)?$|^(じゃなくて|ではなくて|じゃなく|やなくて|じゃのうて)$|^(いや|いえ)(違う|ちがう)?$/u;

/** 「梅田…いや、やっぱ難波のほうが近いわ」: a place said and taken back is not asked for. */
function withoutTakenBack(found: readonly FoundArea[], normalized: string): FoundArea[] {
  const at = found.map((f) => normalized.indexOf(f.mention.surface));
  return found.filter((f, i) => {
    const next = at[i + 1];
    const here = at[i];
    if (next === undefined || here === undefined || here < 0 || next < here) return true;
    return !PLACE_TAKEN_BACK.test(normalized.slice(here + f.mention.surface.length, next));
  });
}

/**
 * 「岡山か倉敷」: a prefecture named in a list with one of its cities stands for its own city, when it has one
 * (that is the level the person is talking at).
 */
function atCityLevel(found: readonly FoundArea[]): FoundArea[] {
  return found.map((area, index) => {
    const neighbours = [found[index - 1], found[index + 1]].filter(
      (other, k) => other !== undefined && (k === 0 ? area.listed : other.listed),
    );
    if (area.mention.municipality !== undefined || neighbours.length === 0) return area;
    const prefecture = area.mention.prefecture;
    const city = area.all.find(
      (c) => c.area.prefecture === prefecture && c.area.municipality?.endsWith('市') === true,
    )?.area;
    const sameLevel = neighbours.some((n) => n?.mention.prefecture === prefecture && n.mention.municipality);
    if (city === undefined || !sameLevel) return area;
    return { ...area, mention: { ...city, surface: area.mention.surface, candidates: [city] } };
  });
}

/**
 * 「広島の府中」「東京都渋谷区」「札幌の中央区」「大阪の福島」: an unambiguous place named next to a municipality
 * narrows its candidates down (among all places of that name, not only the first offered), and is then not
 * reported on its own. Places in a list (「岡山か倉敷」) do not narrow each other.
 */
function resolveAreas(input: readonly FoundArea[]): AreaMention[] {
  const found = atCityLevel(input);
  const areas = found.map((f) => f.mention);
  const used = new Set<number>();
  const listedTogether = (a: number, b: number): boolean =>
    Math.abs(a - b) === 1 && found[Math.max(a, b)]?.listed === true;
  const narrowed = areas.map((area, index): AreaMention => {
    let result = area;
    let pool = found[index]?.all ?? [];
    areas.forEach((outer, outerIndex) => {
      if (outerIndex === index || outer.candidates.length !== 1 || listedTogether(index, outerIndex)) return;
      const inside = pool.filter((c) => contains(outer, c.area));
      if (inside.length === 0) return;
      pool = inside;
      used.add(outerIndex);
      // 「広島の府中」: of the places inside, the best-ranked again (府中市 before 府中町).
      const best = Math.min(...inside.map((c) => c.rank));
      const candidates = inside.filter((c) => c.rank === best).map((c) => c.area);
      result = { ...(candidates[0] as AreaRef), surface: area.surface, candidates };
    });
    return result;
  });
  const resolved = narrowed.map((area, index) => sameOrDropped(area, index, narrowed, listedTogether, used));
  const kept = withListNeighbours(resolved, (a, b) => listedTogether(a, b)).filter(
    (area, index): area is AreaMention => area !== undefined && !used.has(index),
  );
  return onceEach(kept);
}

/** 「紙屋町か八丁堀のあたり」: two districts of one ward are that ward, said once. */
function onceEach(areas: readonly AreaMention[]): AreaMention[] {
  const certain = new Set<string>();
  return areas.filter((area) => {
    if (area.candidates.length !== 1) return true;
    const key = areaKey(area);
    if (certain.has(key)) return false;
    certain.add(key);
    return true;
  });
}

const sameArea = (a: AreaRef, b: AreaRef): boolean =>
  a.prefecture === b.prefecture && a.municipality === b.municipality;

/**
 * A shared name said beside one municipality that is certain, not as a list: 「横浜駅の周辺、西区あたり」 is the
 * 西区 the station lies in (said twice, reported once); 「品川区の大崎です」 names a part of 品川区, not 宮城県の大崎市
 * (a name none of whose places is in that prefecture is dropped, and the certain one answers).
 */
function sameOrDropped(
  area: AreaMention,
  index: number,
  areas: readonly AreaMention[],
  listedTogether: (a: number, b: number) => boolean,
  used: Set<number>,
): AreaMention | undefined {
  if (area.candidates.length < 2) return area;
  let result: AreaMention | undefined = area;
  areas.forEach((outer, outerIndex) => {
    if (result === undefined || outerIndex === index || used.has(outerIndex)) return;
    if (
      outer.candidates.length !== 1 ||
      outer.municipality === undefined ||
      listedTogether(index, outerIndex)
    )
      return;
    const same = area.candidates.find((c) => sameArea(c, outer));
    if (same !== undefined) {
      result = { ...same, surface: area.surface, candidates: [same] };
      used.add(outerIndex);
    } else if (!area.candidates.some((c) => c.prefecture === outer.prefecture)) {
      result = undefined;
    }
  });
  return result;
}

/**
 * 「船橋か市川」: a shared name listed beside a place of one prefecture is the one in that prefecture (市川市, not
 * 兵庫県の市川町), when there is one.
 */
function withListNeighbours(
  areas: readonly (AreaMention | undefined)[],
  listedTogether: (a: number, b: number) => boolean,
): (AreaMention | undefined)[] {
  return areas.map((area, index) => {
    if (area === undefined || area.candidates.length < 2) return area;
    const prefectures = new Set(
      [index - 1, index + 1].flatMap((other) => {
        const neighbour = areas[other];
        return neighbour !== undefined && neighbour.candidates.length === 1 && listedTogether(index, other)
          ? [neighbour.prefecture]
          : [];
      }),
    );
    const near = area.candidates.filter((c) => prefectures.has(c.prefecture));
    if (near.length === 0 || near.length === area.candidates.length) return area;
    return { ...(near[0] as AreaRef), surface: area.surface, candidates: near };
  });
}

export interface ExtractOptions {
  /** The question answered: after 「どのあたりで？」 kana and romaji place names count anywhere in the reply. */
  readonly question?: QuestionKind;
}

const opposite = (stance: 'positive' | 'negative'): 'positive' | 'negative' =>
  stance === 'positive' ? 'negative' : 'positive';

/**
 * 「土日は出られません」: a refused 土日のみ is a wanted 平日のみ, when the catalogue says so. Only the wanted one is
 * kept: asking for weekday jobs already keeps out the weekend-only ones, and the user hears one wish, not two.
 */
const ONLY_FORM = /(だけ|のみ|only)$/u;

function withRefusalsMeant(
  conditions: readonly Mention[],
  refusedMeans: ReadonlyMap<string, string> | undefined,
): Mention[] {
  const result: Mention[] = [];
  for (const m of conditions) {
    // 「土日は無理」 means weekdays; 「土日だけのシフトは無理」 refuses only working weekends alone.
    const meant =
      m.polarity === 'negative' && !ONLY_FORM.test(m.surface) ? refusedMeans?.get(m.id) : undefined;
    const mention: Mention =
      meant === undefined ? m : { id: meant, polarity: 'positive', surface: m.surface };
    if (!result.some((r) => r.id === mention.id && r.polarity === mention.polarity)) result.push(mention);
  }
  return result;
}

/**
 * 「大宮で塾講師の…いや、やっぱり川越で塾講師を探してます」: a name said twice with opposite stances is a change
 * of mind, and what was said last counts; the user must never hear both 「塾講師も」 and 「塾講師以外で」.
 */
function lastSaidWins(mentions: readonly Mention[], normalized = ''): Mention[] {
  return mentions.filter(
    (m, i) =>
      !mentions
        .slice(i + 1)
        .some(
          (later) =>
            later.id === m.id && later.polarity !== m.polarity && !onlyTellsTheClock(later, normalized),
        ),
  );
}

/**
 * 「早朝は無理だけど 朝十時からなら働けます」: the 朝 of 朝十時 only says which ten o'clock (reconcileNumbers drops it),
 * so it takes back no refusal of 早朝 said before it.
 */
const TIME_BAND = /^(早朝|朝|昼|昼間|お昼|夕方|夜|夜中|深夜|午前|午後|あさ|ひる|よる|ゆうがた)$/u;
function onlyTellsTheClock(mention: Mention, normalized: string): boolean {
  if (!TIME_BAND.test(mention.surface)) return false;
  const at = normalized.lastIndexOf(mention.surface);
  return at >= 0 && /^の?[0-9一二三四五六七八九十]+時/u.test(normalized.slice(at + mention.surface.length));
}

/**
 * 「午前中だけ」 names the morning and 「仕事終わり」「学校帰り」 the evening only roughly; with a clock time beside them
 * (「午前中、9時から12時」「仕事終わり、19時から」) the times say when instead: 19時 is 夜から, not also 夕方から.
 */
const ROUGH_TIME_WORD =
  /^(午前中|午前だけ|午前のみ|ごぜんちゅう|仕事終わり|しごとおわり|仕事帰り|しごとがえり|学校帰り|がっこうがえり|放課後|ほうかご)$/u;
const CLOCK_TIME = /[0-9０-９一二三四五六七八九十]\s*時/u;

/**
 * 「子どもが学校行ってる間だけ」「子どもが幼稚園行ってる間」「保育園に預けてる間」: the hours a child is away at school
 * are weekday daytime, as a recruiter reads them (p24-39 and p24-02 had been given 昼 only, and weekend jobs). Only
 * wished for, and only of a child (「学校にいる間は無理」 from a student refuses the daytime, not weekdays).
 */
const AWAY_AT = /(学校|がっこう|幼稚園|ようちえん|保育園|ほいくえん|school)/u;
const A_CHILD =
  /(子ども|子供|こども|子が|息子|むすこ|娘|むすめ|幼稚園|ようちえん|保育園|ほいくえん|kids|children|child)/u;

function whileChildrenAreAway(conditions: readonly Mention[], normalized: string): Mention[] {
  const day = conditions.find((m) => m.id === 'daytime' && m.polarity === 'positive');
  if (day === undefined || conditions.some((m) => m.id === 'weekdays-only' || m.id === 'weekends-only'))
    return [...conditions];
  const at = normalized.indexOf(day.surface);
  const before = at < 0 ? '' : normalized.slice(Math.max(0, at - 12), at);
  const away =
    AWAY_AT.test(day.surface) ||
    /(学校|がっこう|幼稚園|ようちえん|保育園|ほいくえん)(に)?(行|い|預)/u.test(before);
  if (!away || !A_CHILD.test(normalized)) return [...conditions];
  const { hoped: _hoped, besideType: _beside, ...said } = day;
  return [...conditions, { ...said, id: 'weekdays-only' }];
}

/**
 * 「日勤のみ、夜勤は絶対無理」: said of shifts, 日勤 against 夜勤, the night shift is every shift that is not the day's
 * (it starts in the evening), so refusing it refuses 夜から as well as 深夜 (p24-43 had kept 夜から jobs). 夜勤
 * refused alone stays 深夜 only, as the development labels have it.
 */
function nightShiftBesideDayShift(conditions: readonly Mention[]): Mention[] {
  const night = conditions.find(
    (m) => m.id === 'late-night' && m.polarity === 'negative' && /夜勤|やきん/u.test(m.surface),
  );
  const day = conditions.some(
    (m) => m.id === 'daytime' && m.polarity === 'positive' && /日勤|にっきん/u.test(m.surface),
  );
  if (night === undefined || !day || conditions.some((m) => m.id === 'night')) return [...conditions];
  return [...conditions, { id: 'night', polarity: 'negative', surface: night.surface }];
}

function withoutRoughTimeBesideClock(conditions: readonly Mention[], said: string): Mention[] {
  if (!CLOCK_TIME.test(said)) return [...conditions];
  return conditions.filter((c) => !ROUGH_TIME_WORD.test(c.surface));
}

function uniqueAreas(areas: readonly AreaRef[]): AreaRef[] {
  const seen = new Set<string>();
  return areas.filter((a) => {
    const key = areaKey(a);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

const isPlace = (hit: Hit | undefined): boolean => hit?.targets.some((t) => t.kind === 'area') === true;

/** A station right after a place's name (「長崎駅」): English text is read word by word (see scanWords). */
const STATION_AFTER = /^駅/u;

/**
 * 「岐阜駅の近く」「手稲駅の近くなら」: a place's station says where, not that the work must be by a station (the
 * word read from 「駅の近く」 goes), and a prefecture's name before 駅 is its city of that name (岐阜市).
 */
/**
 * 「なんでもいい」「何でもええ」 and 土佐弁 「なんでもえい」「なんでもかまん」: any work will do, so a hope said beside
 * it is no requirement.
 */
const ANYTHING_GOES =
  /(なん|何)でも(いい|ええ|えい(?!ぎょう)|よか|かまん|ok|大丈夫|かまわない|構わない|かまへん)/u;

/** Words that make the work named before them a landmark: 「空港の近く」. */
const NEAR_IT = /^の?(近く|ちかく|そば|周辺|しゅうへん|周り|まわり|付近|ふきん|近辺|きんぺん)/u;
/** Words that make the work named after them a landmark: "near the airport", "close to the hospital". */
const NEAR_WORDS = new Set(['near', 'nearby', 'beside', 'by', 'around']);

/** Only work can be a landmark: 「駅の近く」 is still the 駅チカ condition. */
const namesOnlyWork = (hit: Hit): boolean =>
  hit.targets.every((t) => t.kind === 'jobType' || t.kind === 'category');

/** 「空港の近く」「病院のそば」: where, not what work. */
function landmarkBefore(text: string, hit: Hit): boolean {
  return namesOnlyWork(hit) && NEAR_IT.test(text.slice(hit.end));
}

/** "near the airport", "close to a hospital": where, not what work. */
function landmarkAfter(words: readonly string[], hit: Hit): boolean {
  let at = hit.start - 1;
  if (words[at] === 'the' || words[at] === 'a') at--;
  const before = words[at];
  const near =
    NEAR_WORDS.has(before ?? '') || ((before === 'to' || before === 'next') && words[at - 1] === 'close');
  return namesOnlyWork(hit) && near;
}

/**
 * Where the user settles on another job with やっぱ(り) … にする, after wishing for work before: the wishes before it
 * are given up (the wishes after it stand). -1 when they did not.
 */
const DECIDED = /(やっぱり|やっぱ|やはり)/gu;
const SETTLES = /^(さん|屋さん)?(に|で)(する|します|しよう|しよ|しとく|決めた|きめた)/u;

function decidedOnAnother(normalized: string, hits: readonly Hit[]): number {
  let at = -1;
  for (const m of normalized.matchAll(DECIDED)) {
    const next = hits.find((h) => h.start >= m.index + m[0].length && namesOnlyWork(h));
    if (next !== undefined && SETTLES.test(normalized.slice(next.end))) at = m.index;
  }
  return at;
}

/**
 * 「経理の副業を…と思いましたが、やはり体を動かす仕事がしたいです」「短期のイベントスタッフ…って思ったけど、やっぱ
 * 長期がいいな」: a plan thought of and then changed. What comes after replaces what came before of its own kind: the
 * work, when the rest speaks of work (a job named, or 仕事 wanted); the conditions, when it names one.
 */
const THOUGHT_BUT =
  /(と|って)(思った|おもった|思ってた|おもってた|思いました|おもいました|思ってました|考えた|考えてた|考えました)(けど|けれど|が|んだけど|んですけど|んですが)(やっぱり|やっぱ|やはり)/gu;
const WORK_WANTED = /(仕事|しごと|バイト|ばいと)(が|を)?(したい|やりたい|いい|ええ|探して|さがして)/u;

function plansGivenUp(normalized: string, hits: readonly Hit[]): (hit: Hit) => boolean {
  let at = -1;
  for (const m of normalized.matchAll(THOUGHT_BUT)) at = m.index;
  if (at < 0) return () => false;
  const after = hits.filter((h) => h.start > at);
  const work = after.some(namesOnlyWork) || WORK_WANTED.test(normalized.slice(at));
  const conditions = after.some((h) => h.targets.some((t) => t.kind === 'condition'));
  return (hit) =>
    hit.end <= at &&
    (namesOnlyWork(hit) ? work : conditions && hit.targets.every((t) => t.kind === 'condition'));
}

/**
 * 「イベントスタッフの単発バイトを探してます。あ、やっぱりイベントじゃなくてライブスタッフがいいです！」: やっぱり X
 * じゃなくて Y replaces X by Y. X is dropped, not refused (ライブスタッフ is itself an event job), and so is what was
 * said of X before (イベントスタッフ); Y keeps its own stance. Without やっぱり, 「居酒屋じゃなくてカフェ」 still refuses.
 */
const CHANGED_TO = /(やっぱり|やっぱ|やはり)(あの|その)?$/u;
const NOT_BUT_ANOTHER =
  /^(とか|は|の方|のほう)?(じゃなくて|じゃなく|ではなくて|ではなく|やなくて|やなく|じゃのうて|でなくて)/u;

function replacedByAnother(normalized: string, named: readonly Hit[]): Set<Hit> {
  const replaced = new Set<Hit>();
  const idsOf = (hit: Hit) =>
    new Set(hit.targets.flatMap((t) => (t.kind === 'area' ? [] : [`${t.kind}:${t.id}`])));
  named.forEach((hit, i) => {
    const next = named[i + 1];
    if (next === undefined || !namesOnlyWork(hit) || !namesOnlyWork(next)) return;
    if (!CHANGED_TO.test(normalized.slice(0, hit.start))) return;
    if (!NOT_BUT_ANOTHER.test(normalized.slice(hit.end, next.start))) return;
    const dropped = idsOf(hit);
    const kept = idsOf(next);
    named.slice(0, i + 1).forEach((earlier) => {
      if ([...idsOf(earlier)].some((id) => dropped.has(id) && !kept.has(id))) replaced.add(earlier);
    });
  });
  return replaced;
}

/**
 * 「ネイル禁止のとこは無理」「ピアスOK」「ネイルできないとこは嫌」「ネイル落とさなくていいとこ」: a word that names both a
 * job (ネイリスト) and a condition (ネイルOK), followed by what a workplace allows or forbids, is the condition only.
 */
const ALLOWED_OR_NOT =
  /^(も|は)?(禁止|きんし|ok|おk|可|不可|だめ|駄目|ng|自由|してても|しても|してて|可能|できる|できない|できん|できへん|でける|でけへん|落とさ|おとさ|外さ|はずさ|取ら|とら)/u;

/** 「ネイル系」「ネイルの仕事」: the same word, named as the work, is the job only. */
const AS_THE_WORK = /^(系|けい|の仕事|のしごと|関係|かんけい|関連|さろん|屋|のお店|のばいと|のバイト)/u;

/** Words of earning (normalized): 「稼ぎたい」「がっつり稼げる」. */
const EARNING = /稼|かせ(ぎ|げ|ぐ)/u;

function hardenSaid(list: Mention[], id: string, polarity: Mention['polarity']): void {
  const at = list.findIndex((m) => m.id === id && m.polarity === polarity);
  const found = list[at];
  if (found === undefined || found.soft !== true) return;
  const { soft: _soft, hoped: _hoped, ...plain } = found;
  list[at] = plain;
}

function namedAsTheWork(hit: Hit, normalized: string): boolean {
  return hit.targets.some((t) => t.kind === 'jobType') && AS_THE_WORK.test(normalized.slice(hit.end));
}

/**
 * 「車運転するのが好きだから配達とか」「車の運転が得意」: the car named as what one drives says what work one likes
 * (p24-27 had required 車通勤OK), not how one would get there; 「車運転して通える」 still is a commute.
 */
const DRIVING = /^(を|の|が|は)?(運転|うんてん)(?!.{0,10}(通|かよ))/u;

const CANNOT_DRIVE =
  /^(の)?(運転|うんてん)(が|は)?(できん|できない|できひん|でけへん|無理|むり|苦手|にがて|しない|せん)/u;

function ruleOfTheWorkplace(hit: Hit, normalized: string): boolean {
  return hit.targets.some((t) => t.kind === 'condition') && ALLOWED_OR_NOT.test(normalized.slice(hit.end));
}

/** A prefecture's name before its station is the city of that name (岐阜駅, Nagasaki Station). */
function cityOfItsStation(hit: Hit): Hit {
  const prefectures = new Set(
    hit.targets.flatMap((t) =>
      t.kind === 'area' && t.area.municipality === undefined ? [t.area.prefecture] : [],
    ),
  );
  const cities = hit.targets.flatMap((t) =>
    t.kind === 'area' &&
    prefectures.has(t.area.prefecture) &&
    t.area.municipality === `${t.area.prefecture.slice(0, -1)}市`
      ? [{ ...t, rank: 0 as const }]
      : [],
  );
  return cities.length === 0 ? hit : { ...hit, targets: cities };
}

function atStations(text: string, hits: readonly Hit[], cuts: ReadonlySet<number>): Hit[] {
  return hits.flatMap((hit, i) => {
    if (cuts.has(hit.end)) return [hit];
    const afterPlace = isPlace(hits[i - 1]) && hits[i - 1]?.end === hit.start && !cuts.has(hit.start);
    if (hit.surface.startsWith('駅') && afterPlace) return [];
    return [STATION_AFTER.test(text.slice(hit.end, hit.end + 9)) ? cityOfItsStation(hit) : hit];
  });
}

/**
 * 「時給なまら高いとこ」「時給めっちゃいい」: a word of degree between a noun and its adjective says how much, not
 * what; without it the pair reads as the catalogue says it (時給高い, 時給いい). Only before an adjective of pay,
 * distance or ease, so that 超 of 超える stays.
 */
const DEGREE =
  /(めっちゃ|めちゃくちゃ|めちゃめちゃ|めちゃ|めっさ|なまら|ばり|でら|ぶち|ごっつ|すっごく|すごく|すごい|とても|かなり|わりと|結構|けっこう|超|ちょー)(?=高|たか|安|やす|いい|良い|よい|ゆる|緩|近|ちか)/gu;

/** 「時給↑」「パチ屋、時給↑だし」: an up arrow after a word for pay says it is high. */
const PAY_UP = /(時給|じきゅう|日給|にっきゅう|給料|きゅうりょう)(が|は)?\s*[↑⤴⬆]+/gu;

function spellDegree(text: string): string {
  return text.replace(DEGREE, '').replace(PAY_UP, '$1高め');
}

/** Job types, conditions and places named in an utterance, with whether each is wanted or excluded. */
export function extractMentions(said: string, lexicon: Lexicon, options: ExtractOptions = {}): Mentions {
  const text = spellAskingNai(spellStanceEmoji(spellDegree(said)));
  const placeExpected = options.question === 'area';
  const jobTypes: Mention[] = [];
  const conditions: Mention[] = [];
  const categories: Mention[] = [];
  const areas: FoundArea[] = [];
  const seen = new Set<string>();

  let lastPlace: Hit | undefined;
  const record = (hit: Hit, stance: Stance, gapOf?: (before: Hit) => string): void => {
    if (stance === 'indifferent' || stance === 'coordinated') return;
    const all: RankedArea[] = [];
    let best = Infinity;
    for (const target of hit.targets) {
      if (target.kind === 'area') {
        all.push({ area: target.area, rank: target.rank });
        best = Math.min(best, target.rank);
        continue;
      }
      if (target.kind === 'jobType' && ruleOfTheWorkplace(hit, normalized)) continue;
      if (target.kind === 'condition' && namedAsTheWork(hit, normalized)) continue;
      if (target.kind === 'condition' && DRIVING.test(normalized.slice(hit.end))) continue;
      // 「車の運転できんもんで」: not driving is no refusal of jobs one may drive to.
      if (
        target.kind === 'condition' &&
        stance === 'negative' &&
        CANNOT_DRIVE.test(normalized.slice(hit.end))
      )
        continue;
      // 「なんでもいいけど、プールの監視員とかあったら最高」: hoped for by someone who takes anything.
      const soft =
        stance === 'permissive' ||
        // 「ちゃんと稼ぎたいし」: wanting to earn well is a hope about pay, not a tag every job must carry.
        (stance === 'positive' && target.kind === 'condition' && EARNING.test(hit.surface)) ||
        // 「まかない出るとこやったら最高」: a condition hoped for is a wish that ranks, not a filter.
        (stance === 'hoped' && (target.kind === 'condition' || ANYTHING_GOES.test(text))) ||
        (stance === 'positive' && eitherOf.has(hit));
      const said = soft || stance === 'hoped' ? 'positive' : stance;
      const polarity = target.kind === 'condition' && target.inverted === true ? opposite(said) : said;
      const key = `${target.kind}:${target.id}:${polarity}`;
      if (seen.has(key)) {
        // Said softly once and plainly again (「稼ぎたいから高時給のとこ」): the plain wish holds.
        if (!soft)
          hardenSaid(
            target.kind === 'jobType' ? jobTypes : target.kind === 'category' ? categories : conditions,
            target.id,
            polarity,
          );
        continue;
      }
      seen.add(key);
      const beside = target.kind === 'category' && besideType.has(hit);
      const mention: Mention = {
        id: target.id,
        polarity,
        surface: hit.surface,
        ...(soft ? { soft } : {}),
        ...(soft && stance === 'hoped' ? { hoped: true } : {}),
        ...(beside ? { besideType: true } : {}),
      };
      (target.kind === 'jobType' ? jobTypes : target.kind === 'category' ? categories : conditions).push(
        mention,
      );
    }
    // A shared name offers its best-ranked places: 横浜 is 横浜市 (横浜町 is named as 横浜町). When the best is
    // no major city, the others of that name are offered after it: 草津 is 草津市 or 草津町, 白石 also 白石区.
    const places = hit.targets.flatMap((t) => (t.kind === 'area' ? [t] : []));
    const major = places.some((t) => t.rank === best && (t.rank === 0 || t.major === true));
    const candidates = uniqueAreas(
      [...places]
        .filter((t) => t.rank === best || (!major && t.rank > best))
        .sort((a, b) => a.rank - b.rank)
        .map((t) => t.area),
    );
    const first = candidates[0];
    const key = `area:${candidates.map(areaKey).join('|')}`;
    const origin =
      gapOf === undefined
        ? livesThere(text, hit.surface)
        : ORIGIN_AFTER.test(normalized.slice(hit.end)) || ORIGIN_BEFORE.test(normalized.slice(0, hit.start));
    if (first !== undefined && !seen.has(key)) {
      seen.add(key);
      const listed = lastPlace !== undefined && gapOf !== undefined && LIST_GAP.test(gapOf(lastPlace));
      areas.push({ mention: { ...first, surface: hit.surface, candidates }, all, listed, origin });
    } else if (first !== undefined && !origin) {
      // 「住んでるのは川口なんで川口か蕨で」: said again as a place to work, it is one.
      const again = areas.findIndex((a) => a.origin && sameCandidates(a.mention.candidates, candidates));
      if (again >= 0) areas[again] = { ...areas[again]!, origin: false };
    }
    if (first !== undefined) lastPlace = hit;
  };

  const normalized = normalize(text);
  const breaks = wordBreaks(text, normalized);
  const cuts = punctuationCuts(text, normalized);
  const scanned = oneJobPerCompound(
    normalized,
    scanText(normalized, lexicon, placeExpected, breaks, scriptMarks(text, normalized), cuts),
    lexicon.jobCompounds,
  );
  const hits = atStations(normalized, scanned, cuts);
  // Places take no stance (「大阪以外」 is out of scope), and a place read into a word must not cut a clause.
  const named = hits.filter((hit) => hit.targets.some((t) => t.kind !== 'area'));
  const namedStances = stancesOf(
    normalized,
    named,
    clauseBoundaries(text, normalized, breaks),
    sentenceEnds(text, normalized),
    options.question === 'work',
    (a, b) => named[b] === undefined || namesOnlyWork(named[a]!) === namesOnlyWork(named[b]),
  );
  const decidedAt = decidedOnAnother(normalized, named);
  const givenUp = plansGivenUp(normalized, named);
  const replaced = replacedByAnother(normalized, named);
  const stanceOf = new Map(
    named.map((hit, i) => [
      hit,
      // 「コンビニで働きたい！あ、でも深夜はいやだな…やっぱ本屋さんにする」: the work wanted before is given up.
      (hit.end <= decidedAt && namesOnlyWork(hit) && namedStances[i] === 'positive') ||
      givenUp(hit) ||
      replaced.has(hit)
        ? 'indifferent'
        : landmarkBefore(normalized, hit)
          ? 'indifferent'
          : aboutSomeoneElse(hit, normalized, lexicon)
            ? 'indifferent'
            : describesSelf(hit, normalized, lexicon)
              ? 'positive'
              : (namedStances[i] ?? 'positive'),
    ]),
  );
  const rivalOf = lexicon.refusedMeans ?? new Map<string, string>();
  const { soft: eitherOf, qualifiers } = alternatives(
    named,
    (i) => normalized.slice(named[i - 1]?.end ?? 0, named[i]?.start ?? 0),
    rivalOf,
  );
  const besideType = categoriesBesideTypes(normalized, named);
  const gapOf = (hit: Hit) => (before: Hit) => normalized.slice(before.end, hit.start);
  hits.forEach((hit) => {
    const stance = stanceOf.get(hit) ?? 'positive';
    record(hit, stance === 'positive' && qualifiers.has(hit) ? 'indifferent' : stance, gapOf(hit));
  });
  lastPlace = undefined;
  const english = scanWords(text, lexicon, placeExpected, options.question === 'work');
  // "evenings or weekends": either will do, as 「夕方か土日」.
  const englishAlternatives = alternatives(
    english.map((w) => w.hit),
    (i) => english[i]?.gapBefore,
    rivalOf,
  );
  englishAlternatives.soft.forEach((hit) => eitherOf.add(hit));
  for (const { hit, stance, examplesFollow } of english) {
    if (examplesFollow === true) besideType.add(hit);
    record(hit, stance === 'positive' && englishAlternatives.qualifiers.has(hit) ? 'indifferent' : stance);
  }
  return {
    jobTypes: lastSaidWins(jobTypes),
    conditions: selfDescriptionsRank(
      withoutRoughTimeBesideClock(
        withNonNative(
          withAge(
            withRefusalsMeant(
              nightShiftBesideDayShift(
                whileChildrenAreAway(lastSaidWins(conditions, normalized), normalized),
              ),
              lexicon.refusedMeans,
            ),
            text,
            lexicon,
          ),
          said,
          lexicon,
        ),
        said,
      ),
      normalized,
      lexicon,
    ),
    areas: resolveAreas(withoutOrigins(withoutTakenBack(areas, normalized))),
    ...(categories.length > 0 ? { categories } : {}),
  };
}
