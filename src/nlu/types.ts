import type { AnswerLevel } from '../engine';
import type { AreaFormKind, AreaRank } from './area-forms';
import type { Command } from './command-phrases';

export type Locale = 'ja' | 'en';

/** A prefecture, or a municipality in it, as named in the catalogue (「東京都」, 「渋谷区」, 「札幌市 中央区」). */
export interface AreaRef {
  readonly prefecture: string;
  readonly municipality?: string;
}

/** A job type or condition the user named; negative for 「居酒屋以外」「夜勤は嫌」「日払いはいらない」. */
export interface Mention {
  readonly id: string;
  readonly polarity: 'positive' | 'negative';
  /** The matched text in its normalized form (「しぶや」, 「かふぇ」). */
  readonly surface: string;
  /** 「夜勤でもよかよ」: positive, but only fine with it, not asked for (a preference, never a filter). */
  readonly soft?: boolean;
  /**
   * 「寮あるとうれしい」「まかない出るとこやったら最高」: soft, and hoped for rather than only tolerated: a wish that
   * ranks (said back as such), not 「寮もOK」.
   */
  readonly hoped?: boolean;
  /** Told about oneself, not asked for (「ネパールから来ました」 for 外国人活躍中): a preference, never a filter. */
  readonly inferred?: boolean;
  /** A category named beside a job type as an alternative (「事務かデータ入力」): the type does not narrow it. */
  readonly besideType?: boolean;
}

/**
 * A place the user named. `prefecture` / `municipality` are the first candidate; when the name is ambiguous
 * (府中市 is in 東京都 and 広島県, 中央区 in several cities) `candidates` holds all of them and the caller asks.
 */
export interface AreaMention extends AreaRef {
  readonly surface: string;
  readonly candidates: readonly AreaRef[];
}

export interface Mentions {
  readonly jobTypes: readonly Mention[];
  readonly conditions: readonly Mention[];
  readonly areas: readonly AreaMention[];
  /**
   * Large job categories named as such (「飲食以外」「販売系がいい」), `id` the catalogue's category name. Kept apart
   * from job types: what a category covers is the dialogue's to decide.
   */
  readonly categories?: readonly Mention[];
}

/** What a lexicon surface stands for. */
export type LexiconTarget =
  /** `reading`: the surface is only the kana reading of a name in kanji, so katakana never says it (ジム is no 事務). */
  | { readonly kind: 'jobType'; readonly id: string; readonly reading?: true }
  | { readonly kind: 'category'; readonly id: string; readonly reading?: true }
  /** `inverted`: the surface names the condition's opposite (「残業」 for 残業なし): its stance flips. */
  | { readonly kind: 'condition'; readonly id: string; readonly inverted?: boolean; readonly reading?: true }
  | {
      readonly kind: 'area';
      readonly area: AreaRef;
      /** How the surface names the place: where it may be read (see AreaFormKind). */
      readonly form: AreaFormKind;
      /** Which place of a shared name is meant: the lowest rank wins (see AreaRank). */
      readonly rank: AreaRank;
      /**
       * A designated city, a prefecture's seat or a Tokyo ward: named alone it means itself (横浜 is 横浜市).
       * A smaller city's name shared with a town or a ward elsewhere (草津, 白石) is asked back.
       */
      readonly major?: boolean;
    };

/** Precomputed surface forms -> what they name; build it once per catalogue with buildLexicon. */
export interface Lexicon {
  /** Normalized surfaces matched character by character (Japanese, mixed forms like 「wわーく」). */
  readonly surfaces: ReadonlyMap<string, readonly LexiconTarget[]>;
  /** Conditions whose refusal means another one wanted (土日のみ refused -> 平日のみ). */
  readonly refusedMeans?: ReadonlyMap<string, string>;
  /** A job type named by two others joined with の (ホテル|清掃 -> ホテル客室清掃), keyed `first|second`. */
  readonly jobCompounds?: ReadonlyMap<string, string>;
  /** Conditions that describe the worker (高校生歓迎, 主婦(夫)歓迎): 「高校生なんで」 says one is one. */
  readonly workerConditions?: ReadonlySet<string>;
  /** Of those, the ones that only welcome (see Condition.welcomeOnly): said of oneself, they rank. */
  readonly welcomeOnlyConditions?: ReadonlySet<string>;
  /** Conditions a stated age means, with the age they start at (シニア歓迎 from 60). */
  readonly ageConditions?: readonly { readonly id: string; readonly from: number }[];
  /** Distinct lengths of `surfaces` keys, longest first. */
  readonly lengths: readonly number[];
  /** ASCII surfaces ("cafe", "dataentry", "tokyo"), matched on whole words so "bar" is not found in "barista". */
  readonly words: ReadonlyMap<string, readonly LexiconTarget[]>;
  /** The most words an ASCII surface spans ("data entry" = 2). */
  readonly maxWords: number;
}

/** A range of whole numbers; either end may be open (「週3以上」 = { min: 3 }). */
export interface CountRange {
  readonly min?: number;
  readonly max?: number;
}

/** Numbers the user stated, as structured facts (「時給1200円以上」「週2くらい」「10時から14時」). */
export interface NumberFacts {
  readonly wageMin?: { readonly amount: number; readonly per: 'hour' | 'day' | 'month' };
  readonly daysPerWeek?: CountRange;
  readonly hoursPerDay?: CountRange;
  /** 24-hour clock times, "HH:MM". */
  readonly timeOfDay?: { readonly from?: string; readonly to?: string };
}

/** Which question the utterance answers; it decides how bare words are read (a kana place name only counts
 * where a place was asked for or the utterance is essentially a place). */
export type QuestionKind = 'area' | 'work' | 'yesno' | 'offer' | 'results';

/** The job type or condition a yes/no question asks about. */
export interface QuestionSubject {
  readonly kind: 'jobType' | 'condition';
  readonly id: string;
}

export interface Utterance {
  readonly command: Command | null;
  readonly answer: AnswerLevel | null;
  /**
   * When the words are a command that is also an answer word (「もういい」: stop, or no; 「パス」: skip, or no),
   * the answer they would be: the dialogue asks which was meant instead of guessing.
   */
  readonly alsoAnswer?: AnswerLevel | null;
  readonly mentions: Mentions;
  readonly numbers: NumberFacts;
  /** The language the utterance is written in (may differ from the conversation's locale). */
  readonly language: Locale;
  /** 「近所で」「家の近くで」 "near my place": a place meant but not named (we cannot know where home is). */
  readonly nearHome?: true;
}
