import { firmlyWanted } from './firm-wishes';
import { isAnswerLevel, type AnswerLevel } from '../engine';
import type { DialogueContext } from './context';
import {
  dialectPrefectures,
  parseAreaScope,
  parseOrdinal,
  saysFirmly,
  type AreaScope,
  type Command,
  type Mention,
  type QuestionKind,
  type QuestionSubject,
  type Utterance,
} from '../nlu';
import { citySharingName } from './city-or-prefecture';
import { conditionsFromNumbers } from './numbers-as-conditions';
import { nearestPlace, placeExists } from './places';
import { readPostback } from './postbacks';
import type { Question } from './question';
import type { KindCode, Place } from './state';
import type { Locale, TurnInput } from './types';
import { parseWageWish, type WageWish } from './wage-wish';

/** An area the user named: one place, or several when the name is ambiguous (府中). */
export interface AreaChoice {
  readonly surface: string;
  readonly places: readonly Place[];
}

export type EditRequest =
  | { readonly kind: 'summary' }
  | { readonly kind: 'area' }
  | { readonly kind: 'drop'; readonly code: KindCode; readonly id: string }
  /** 「時給はこだわらない」: the stated wage minimum, whatever it is, is taken out. */
  | { readonly kind: 'dropWage' }
  /** 「フード・飲食以外を外す」: every job type of a category said as one word. */
  | { readonly kind: 'dropCategory'; readonly category: string };

/** What the user meant this turn, whatever the channel: typed, spoken, tapped or shared. */
export interface Intent {
  readonly command: Command | null;
  readonly answer: AnswerLevel | null;
  /** What the words would answer if they are not the command (「もういい」: stop, or no). */
  readonly alsoAnswer: AnswerLevel | null;
  readonly jobTypes: readonly Mention[];
  readonly conditions: readonly Mention[];
  readonly areas: readonly AreaChoice[];
  /** A position in a shown list (「2番目」, 1-based; -1 for 「最後の」), from typed or spoken text. */
  readonly ordinal: number | null;
  /** A minimum wage the user stated (「時給1200円以上」). */
  readonly wageMin: WageWish | null;
  /** Conditions the user's days, hours and times say (「週2くらい」), wishes rather than filters. */
  readonly scheduleConditions: readonly Mention[];
  /** 「条件を変えたい」 and the summary's buttons: show the summary, take one wish out, or change the place. */
  readonly edit: EditRequest | null;
  /** 「深夜ならなんでもいい」「特に決めていないのですが…」: no preference as to the kind of work. */
  readonly anyWork: boolean;
  /** 「外して」「消して」 "remove": a refused wish that was said before is taken out, not refused. */
  readonly takesOut: boolean;
  /** 「絶対」「必須」「〜じゃないと無理」: a yes or no to our question said as a requirement. */
  readonly firm: boolean;
  /** Wanted conditions said firmly (「寮がないと無理です」): required beyond relaxing (see firmlyWanted). */
  readonly firmConditions: readonly string[];
  /** 「全体で」 / 「市内」: which of a city and its prefecture an answer to 「どちらで？」 means. */
  readonly areaScope: AreaScope | null;
  /** False for a postback we do not know or a place we cannot find. */
  readonly understood: boolean;
  /** 「近所で」: a place meant but not named. */
  readonly nearHome: boolean;
  /** 「バイト探してます」「なんか仕事ないですかね」: asking for work, nothing yet about which or where. */
  readonly seeksWork: boolean;
}

/** Longer input is cut: nobody answers a yes/no question in a page of text, and the parser stays fast. */
const MAX_TEXT = 500;
/** Facts taken from one utterance, at most. */
const MAX_MENTIONS = 8;
const MAX_PLACES = 10;

const EMPTY: Intent = {
  command: null,
  answer: null,
  alsoAnswer: null,
  jobTypes: [],
  conditions: [],
  areas: [],
  ordinal: null,
  wageMin: null,
  scheduleConditions: [],
  areaScope: null,
  firm: false,
  firmConditions: [],
  edit: null,
  takesOut: false,
  anyWork: false,
  understood: true,
  nearHome: false,
  seeksWork: false,
};
const NOT_UNDERSTOOD: Intent = { ...EMPTY, understood: false };

export function readIntent(
  ctx: DialogueContext,
  input: Exclude<TurnInput, { kind: 'start' }>,
  locale: Locale,
  afterOffer: boolean,
  question?: QuestionKind,
  subject?: QuestionSubject,
): Intent {
  switch (input.kind) {
    case 'postback':
      return fromPostback(ctx, typeof input.value === 'string' ? input.value : '');
    case 'location': {
      const place = nearestPlace(ctx, input.lat, input.lng);
      return place
        ? { ...EMPTY, areas: [{ surface: place[1] ?? place[0], places: [place] }] }
        : NOT_UNDERSTOOD;
    }
    case 'text':
      return fromText(ctx, typeof input.text === 'string' ? input.text : '', locale, afterOffer, {
        question,
        subject,
      });
    default:
      return NOT_UNDERSTOOD;
  }
}

function fromPostback(ctx: DialogueContext, value: string): Intent {
  const meaning = readPostback(value);
  switch (meaning.kind) {
    case 'answer':
      return { ...EMPTY, answer: meaning.level };
    case 'command':
      return { ...EMPTY, command: meaning.command };
    case 'area':
      return placeExists(ctx, meaning.place)
        ? { ...EMPTY, areas: [{ surface: meaning.place[1] ?? meaning.place[0], places: [meaning.place] }] }
        : NOT_UNDERSTOOD;
    case 'jobType':
      // A tapped job type reads like the user naming it: 「カフェ」.
      return ctx.lookup.jobTypes.has(meaning.id)
        ? {
            ...EMPTY,
            // A tapped カフェ means what a typed one does: the types it includes come with it.
            jobTypes: withIncluded(ctx, [{ id: meaning.id, polarity: 'positive', surface: meaning.id }]),
          }
        : NOT_UNDERSTOOD;
    case 'editSummary':
      return { ...EMPTY, edit: { kind: 'summary' } };
    case 'editArea':
      return { ...EMPTY, edit: { kind: 'area' } };
    case 'drop': {
      const known =
        meaning.code === 't'
          ? ctx.lookup.jobTypes.has(meaning.id)
          : ctx.lookup.conditions.has(meaning.id) || parseWageWish(meaning.id) !== undefined;
      return known
        ? { ...EMPTY, edit: { kind: 'drop', code: meaning.code, id: meaning.id } }
        : NOT_UNDERSTOOD;
    }
    case 'dropCategory':
      return ctx.catalog.jobTypes.some((t) => t.category === meaning.category)
        ? { ...EMPTY, edit: { kind: 'dropCategory', category: meaning.category } }
        : NOT_UNDERSTOOD;
    case 'unknown':
      return NOT_UNDERSTOOD;
  }
}

/**
 * No kind of work in mind: 「なんでもいい」, 「まだ決めてない」 in any register (伊予 「まだ決めとらん」, 関西 「決めてへん」,
 * 「決まっとらん」, 「決めちょらん」; p24-50 was asked the work question three times and never shown a job), 「これと
 * いってない」.
 */
const ANY_WORK =
  /(なん|何)でも(いい|ええ|えい|よか|ok|オッケー|大丈夫|かまわない|構わない|かまん|かまへん|やる|します|[。．.！!]*$)|(決|き)(め|まっ)(て|と|ちょ)(い|お)?(ない|なく|ません|へん|ひん|ねえ|ねぇ|らん|らへん)|(特に|とくに)(こだわり|希望|きぼう)(は|も)?(ない|なし|ありません|ないです|ございません)|(これといって|これって(いう)?の|これというの)(は|も)?(ない|なし|ありません|ないです|ございません|ねえ|ねぇ|なか)|こだわり(は)?(ない|ありません)|anything( is)? (fine|ok)|any (job|work)|(have|has)n'?t decided|not (sure|decided) yet|undecided/iu;

const WITHIN_PREFECTURE =
  /(都内|道内|府内|県内|とない|けんない|ふない|どうない)(なら|やったら|だったら|であれば|じゃったら)?(どこでも|どこも|どこだって|どこでもいい)|anywhere in (tokyo|the prefecture)/iu;

const PLACE_CORRECTED = /やっぱ|やはり|じゃなくて|ではなくて|いや、|actually|i mean|rather/iu;

/** The night bands: 「夜10時過ぎるのは」 names 深夜 by its hour and 夜 by its word. */
const NIGHT_BANDS = new Set(['night', 'late-night']);

/**
 * A time of day said in a refusal is refused: 「夜10時過ぎるのはだめだでね」 had put 深夜 in as a wish (p30-28), its
 * 夜 refused beside it. A band from the hours is taken as refused when the same band, or another of the night, is
 * refused in the words.
 */
function refusedWhenSaidSo(fromNumbers: readonly Mention[], said: readonly Mention[]): Mention[] {
  const refused = new Set(said.filter((m) => m.polarity === 'negative').map((m) => m.id));
  const night = [...refused].some((id) => NIGHT_BANDS.has(id));
  return fromNumbers.map((m) =>
    refused.has(m.id) || (night && NIGHT_BANDS.has(m.id)) ? { ...m, polarity: 'negative' as const } : m,
  );
}

/**
 * A place named only to say where another is: "Kutchan near Niseko", 「ニセコの近くの倶知安」. The search had gone
 * to ニセコ町, the last one named (p29-02).
 */
function namedAsLandmark(text: string, surface: string): boolean {
  if (surface === '') return false;
  const lower = text.toLowerCase();
  const at = (s: string) => lower.includes(s);
  const s = surface.toLowerCase();
  return (
    [' near ', ' next to ', ' close to ', ' right by '].some((w) => at(`${w}${s}`)) ||
    ['の近く', 'のちかく', 'のそば', 'の隣', 'のとなり'].some((w) => at(`${s}${w}`))
  );
}

/** 「住んでいます」「在住です」 "I live in": where one lives, which is not always where one would work. */
const LIVES_IN = /(住んで|すんで|住んどる|住んでる|在住|住まい|live in|living in)/iu;

/** Words for work itself, which say the user wants some (and nothing about which or where). */
const SEEKS_WORK =
  /(バイト|ばいと|アルバイト|あるばいと|パート|ぱーと|仕事|しごと|働き|はたらき|働け|はたらけ|求人|きゅうじん|\bjobs?\b|\bwork\b)/iu;

const TAKES_OUT =
  /(外|はず)(す|して|したい|しといて|しておいて)|(消|け)して|(取|と)(って|り消して|りけして)|抜いて|ぬいて|なしにして|remove|drop|takeout|take out|take off/iu;

/** 「条件を変えたい」「条件を見直したい」 "change my conditions": the summary with a button per wish. */
const ASKS_TO_EDIT =
  /条件(を|は)?(変え|かえ|変更|へんこう|見直|みなお|確認|かくにん|ゆるめ|緩め|減ら|へら)(たい|て|する|できる|させ)|(change|edit|review) (my |the )?(conditions|criteria|filters|search)/iu;

/**
 * The pay said not to matter (「時給はこだわらない」「給料はいくらでもいい」「pay doesn't matter」): after 「条件を変えたい」
 * a student had said it and was shown the next page, the minimum kept (2026-12-05, played on the web chat).
 */
const DROPS_WAGE =
  /(時給|じきゅう|給料|きゅうりょう|お給料|給与|日給|月給|お金|おかね)(は|って|も)?(別に|べつに|特に|とくに)?(こだわ(ら|り)?な|気にしな|きにしな|いくらでも|どうでもいい|問わ(な|ない)|とわな|安くても|やすくても|低くても|ひくくても|なんでもいい|関係な)|(pay|wage|salary)( is| doesn't| does not)? ?(doesn'?t matter|not important|any|whatever)/iu;

function fromText(
  ctx: DialogueContext,
  raw: string,
  locale: Locale,
  afterOffer: boolean,
  { question, subject }: { question?: QuestionKind; subject?: QuestionSubject },
): Intent {
  const text = raw.slice(0, MAX_TEXT);
  if (text.trim() === '') return NOT_UNDERSTOOD;
  let parsed: Utterance;
  const parse = (said: string) =>
    ctx.parse(said, {
      locale,
      afterOffer,
      ...(question === undefined ? {} : { question }),
      ...(subject === undefined ? {} : { subject }),
      lexicon: ctx.lexicon,
    });
  try {
    parsed = parse(text);
  } catch {
    // A parser bug must not end the conversation: the user is asked again instead.
    return NOT_UNDERSTOOD;
  }
  const known = (ids: ReadonlyMap<string, unknown>, list: readonly Mention[] | undefined) =>
    (list ?? []).filter((m) => ids.has(m.id)).slice(0, MAX_MENTIONS);
  const areas: AreaChoice[] = [];
  const region = dialectPrefectures(text);
  for (const mention of parsed.mentions?.areas ?? []) {
    const named = mention.candidates?.length ? mention.candidates : [mention];
    let places = named
      .map((p): Place => (p.municipality ? [p.prefecture, p.municipality] : [p.prefecture]))
      .filter((p) => placeExists(ctx, p))
      .slice(0, MAX_PLACES);
    const only = places.length === 1 ? places[0] : undefined;
    if (only !== undefined && only.length === 1) {
      // 「広島」 alone: the city or the whole prefecture? Asked, unless another place of it was named too.
      const named = (parsed.mentions?.areas ?? []).filter((m) => m !== mention && m.prefecture === only[0]);
      // "Osaka Prefecture": the level is said after the name, outside its surface.
      const saysLevel = /\bprefecture\b/iu.test(text);
      const city =
        named.length === 0 && !saysLevel
          ? citySharingName(ctx, only[0], String(mention.surface ?? ''))
          : undefined;
      if (city !== undefined) places = [city, only];
    }
    // A shared name (八丁堀) said in a dialect: the place in that region is the first choice.
    if (region.length > 0 && places.length > 1) {
      places = [...places].sort((a, b) => Number(!region.includes(a[0])) - Number(!region.includes(b[0])));
    }
    if (places.length > 0) areas.push({ surface: String(mention.surface ?? '').slice(0, 40), places });
  }
  // 「梅田あたりで…あ、やっぱ心斎橋のほうがええわ」: a place taken back for another is gone; only the last counts.
  if (areas.length > 1 && PLACE_CORRECTED.test(text)) areas.splice(0, areas.length - 1);
  if (areas.length > 1) {
    const landmarks = areas.filter((a) => namedAsLandmark(` ${text}`, a.surface));
    if (landmarks.length > 0 && landmarks.length < areas.length) {
      for (const landmark of landmarks) areas.splice(areas.indexOf(landmark), 1);
    }
  }
  const jobTypes = withIncluded(ctx, known(ctx.lookup.jobTypes, parsed.mentions?.jobTypes));
  const conditions = bothOffered(ctx, known(ctx.lookup.conditions, parsed.mentions?.conditions));
  // 「東京都内に住んでいます。在宅なら場所は問いません」: where one lives, said beside 「場所は問いません」, is no
  // place to search.
  // 「東京都内に住んでいます。在宅なので都内ならどこでも」「富山市ながやけど、県内ならどこでもいい」: anywhere
  // within the prefecture of the place named, not anywhere at all.
  const withinPrefecture = areas.length > 0 && WITHIN_PREFECTURE.test(text);
  if (withinPrefecture) {
    const prefectures = new Set(areas.flatMap((a) => a.places.map((p) => p[0])));
    if (prefectures.size === 1) {
      const [prefecture] = [...prefectures] as [string];
      areas.splice(0, areas.length, { surface: prefecture, places: [[prefecture]] });
    }
  } else if (parsed.command === 'anywhere' && LIVES_IN.test(text)) areas.length = 0;
  return {
    command: withinPrefecture && parsed.command === 'anywhere' ? null : (parsed.command ?? null),
    answer: isAnswerLevel(parsed.answer) ? parsed.answer : null,
    alsoAnswer: isAnswerLevel(parsed.alsoAnswer) ? parsed.alsoAnswer : null,
    jobTypes: [...jobTypes, ...categoryTypes(ctx, parsed.mentions?.categories ?? [], jobTypes)],
    conditions,
    areas,
    ordinal: parseOrdinal(text),
    areaScope: parseAreaScope(text) ?? null,
    firm: saysFirmly(text),
    firmConditions: firmlyWanted(text, conditions, (clause) => {
      try {
        return parse(clause).mentions?.conditions ?? [];
      } catch {
        return [];
      }
    }),
    edit: ASKS_TO_EDIT.test(text)
      ? { kind: 'summary' }
      : DROPS_WAGE.test(text) && parsed.numbers?.wageMin === undefined
        ? { kind: 'dropWage' }
        : null,
    takesOut: TAKES_OUT.test(text),
    anyWork: ANY_WORK.test(text),
    wageMin: parsed.numbers?.wageMin ?? null,
    scheduleConditions: refusedWhenSaidSo(
      conditionsFromNumbers(parsed.numbers ?? {}, new Set(ctx.lookup.conditions.keys())),
      conditions,
    ),
    understood: true,
    nearHome: parsed.nearHome === true,
    seeksWork: SEEKS_WORK.test(text),
  };
}

/**
 * 「平日の夜と土日に作業できます」: wishing for two conditions that exclude each other (平日のみ, 土日のみ) in one
 * breath offers both, so neither is a wish; filtering on both would find nothing.
 */
function bothOffered(ctx: DialogueContext, conditions: Mention[]): Mention[] {
  const wanted = new Set(conditions.filter((m) => m.polarity === 'positive').map((m) => m.id));
  const offered = new Set<string>();
  for (const group of ctx.catalog.conditionGroups ?? []) {
    if (group.kind !== 'exclusive') continue;
    const both = group.conditionIds.filter((id) => wanted.has(id));
    if (both.length > 1) both.forEach((id) => offered.add(id));
  }
  return offered.size === 0 ? conditions : conditions.filter((m) => !offered.has(m.id));
}

/** Job types a category covers, at most. */
const MAX_CATEGORY_TYPES = 64;

/**
 * 「飲食以外」: a category stands for every job type in it, with its polarity, unless a type was named itself
 * (「居酒屋じゃなければ飲食でもいい」 keeps 居酒屋 refused) or, for a wanted category, a wanted type in it narrows
 * it (「飲食のキッチン」 is キッチン). The surface is the category's name, so the
 * acknowledgement can say 「フード・飲食」 rather than eighteen names.
 */
function categoryTypes(
  ctx: DialogueContext,
  categories: readonly Mention[],
  named: readonly Mention[],
): Mention[] {
  const taken = new Set(named.map((m) => m.id));
  const categoryOf = new Map(ctx.catalog.jobTypes.map((t) => [t.id, t.category]));
  // Only a type wished for narrows it: 「工場の仕事がいいな。組立でもいい」 still wants any factory work.
  const wantedTypes = named.filter((m) => m.polarity === 'positive' && m.soft !== true).map((m) => m.id);
  const wantedIn = new Set(wantedTypes.map((id) => categoryOf.get(id)));
  const groups = new Map((ctx.catalog.jobTypeGroups ?? []).map((g) => [g.name, new Set(g.jobTypeIds)]));
  // 「アウトレットでの販売」: a wished-for group that lies inside a category says which part of it is meant, as a type
  // does (p22-49 was shown レンタルショップ and ドラッグストア for outlet-mall sales).
  for (const mention of categories) {
    const members = groups.get(mention.id);
    if (mention.polarity !== 'positive' || mention.soft === true || members === undefined) continue;
    const within = new Set([...members].map((id) => categoryOf.get(id)));
    if (within.size === 1) wantedIn.add([...within][0]);
  }
  const expanded: Mention[] = [];
  for (const category of categories) {
    // 「飲食のキッチン」「倉庫で軽作業」: a wanted type of the category says which part of it is meant.
    const group = groups.get(category.id);
    // 「ドラッグストアの接客」: likewise a wanted type in a group (接客) says which part of it is meant.
    // 「事務かデータ入力」 lists them as alternatives: the whole of 事務 is still wanted.
    const narrowed =
      category.besideType !== true &&
      (group === undefined ? wantedIn.has(category.id) : wantedTypes.some((id) => group.has(id)));
    if (category.polarity === 'positive' && narrowed) continue;
    for (const type of ctx.catalog.jobTypes) {
      const inIt = group === undefined ? type.category === category.id : group.has(type.id);
      if (!inIt || taken.has(type.id)) continue;
      taken.add(type.id);
      // 「なんでもいいっす、力仕事でも平気」: fine with the whole category, as with one type (see facts).
      expanded.push({
        id: type.id,
        polarity: category.polarity,
        surface: category.id,
        ...(category.soft === true ? { soft: true } : {}),
        ...(category.hoped === true ? { hoped: true } : {}),
      });
    }
  }
  return expanded.slice(0, MAX_CATEGORY_TYPES);
}

/**
 * 「カフェがいい」: a job type stands for the ones the catalogue says it includes (a バリスタ at a coffee stand is café
 * work: of the 77 outside personas whose wanted work included カフェ, 72 listed バリスタ too), with the same stance,
 * unless one of them was named itself (「カフェはいいけどバリスタは無理」).
 */
function withIncluded(ctx: DialogueContext, named: readonly Mention[]): Mention[] {
  const taken = new Set(named.map((m) => m.id));
  const added: Mention[] = [];
  for (const mention of named) {
    for (const id of ctx.lookup.jobTypes.get(mention.id)?.includes ?? []) {
      if (taken.has(id)) continue;
      taken.add(id);
      added.push({ ...mention, id });
    }
  }
  return added.length === 0 ? [...named] : [...named, ...added];
}

/** Which question the parser is answering, from the open question of the state. */
export function questionKindOf(question: Question | null): QuestionKind | undefined {
  switch (question?.kind) {
    case 'area':
    case 'place':
      return 'area';
    case 'work':
      return 'work';
    case 'jobType':
    case 'condition':
      return 'yesno';
    case 'results':
      return 'results';
    case 'startOver':
      return 'offer';
    default:
      return undefined;
  }
}

/** What the open yes/no question asks about: 「カフェに興味は？」 the job type, 「日払いがいい？」 the condition. */
export function questionSubjectOf(question: Question | null): QuestionSubject | undefined {
  if (question?.kind === 'jobType' || question?.kind === 'condition')
    return { kind: question.kind, id: question.id };
  return undefined;
}

export function hasFacts(intent: Intent): boolean {
  return (
    intent.jobTypes.length > 0 ||
    intent.conditions.length > 0 ||
    intent.areas.length > 0 ||
    intent.wageMin !== null ||
    intent.scheduleConditions.length > 0
  );
}
