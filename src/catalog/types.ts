/** The catalogue as the engine and the dialogue see it, after the loader validated every record. */

export interface JobType {
  readonly id: string;
  readonly name: string;
  /** Kana reading of the name (ひらがな). */
  readonly reading?: string;
  /** Large category, e.g. 「フード・飲食」. */
  readonly category?: string;
  /** What people actually say: バイト names, abbreviations, loanwords. */
  readonly synonyms: readonly string[];
  readonly nameEn?: string;
  /**
   * Job types someone naming this one means too (カフェ: a バリスタ's work is café work), from the optional
   * `includes`. Naming this type stands for them as well; naming one of them does not stand for this one.
   */
  readonly includes?: readonly string[];
}

export interface Condition {
  readonly id: string;
  readonly name: string;
  readonly reading?: string;
  readonly synonyms: readonly string[];
  /** A natural yes/no question in Japanese, e.g. 「お給料は日払いだとうれしいですか？」 */
  readonly question?: string;
  /** The same question in natural English (「Would it help to be paid every week?」), for conversations in English. */
  readonly questionEn?: string;
  /** The name in English, for conversations in English. */
  readonly nameEn?: string;
  /**
   * Words that name the opposite of this condition: 「残業」 for 残業なし, so that 「残業は嫌」 wants 残業なし and
   * 「残業OK」 refuses it.
   */
  readonly opposites?: readonly string[];
  /** The condition a refusal of this one means: 「土日は無理」 (土日のみ refused) is 平日のみ. */
  readonly refusedMeans?: string;
  /** A stated age at or above this means the condition: 「七十なんやけど」 is シニア歓迎 when this is 60. */
  readonly ageFrom?: number;
  /**
   * Says who the worker is (高校生歓迎, 未経験OK): 「高校生でもいける？」 is asking whether a job takes them, so
   * 「〜でも大丈夫」 of this condition is a requirement, not only being fine with it.
   */
  readonly describesWorker?: true;
  /**
   * A welcome, not a limit (学生歓迎, 主婦(夫)歓迎, 外国人活躍中): jobs without the tag take such workers too, so
   * saying one is one (「主婦です」「ベトナムの留学生です」「68歳です」) ranks the jobs that carry it and filters
   * none. Not for workers many jobs cannot take (高校生) or cannot use (未経験).
   */
  readonly welcomeOnly?: true;
  /**
   * A job with this condition is done from home (在宅OK): its place does not limit who can take it, so someone who
   * asks for it is held to no area by its jobs (「在宅なら場所は問いません」).
   */
  readonly worksFromAnywhere?: true;
}

export type WageUnit = 'hour' | 'day' | 'month';

export interface Wage {
  readonly unit: WageUnit;
  readonly min: number;
  readonly max: number;
}

export interface ListingArea {
  readonly prefecture: string;
  readonly municipality?: string;
  readonly station?: string;
}

export interface Listing {
  readonly id: string;
  readonly title: string;
  readonly company?: string;
  readonly jobTypeIds: readonly string[];
  readonly conditionIds: readonly string[];
  readonly wage?: Wage;
  readonly area?: ListingArea;
  readonly url: string;
}

export interface Municipality {
  readonly name: string;
  readonly reading: string;
  readonly lat: number;
  readonly lng: number;
}

export interface Prefecture {
  readonly name: string;
  readonly reading: string;
  /** Name without 都/府/県 (「東京」), and its reading. */
  readonly shortName: string;
  readonly shortReading: string;
  readonly nameEn: string;
  readonly lat: number;
  readonly lng: number;
  readonly municipalities: readonly Municipality[];
}

/** A station or district people name instead of its municipality (梅田 -> 大阪市 北区), from places.json. */
export interface Place {
  readonly name: string;
  /** Kana reading (ひらがな). */
  readonly reading?: string;
  readonly prefecture: string;
  /** As spelt in areas.json (「大阪市 北区」). */
  readonly municipality: string;
}

/**
 * How conditions relate, so that nothing is asked that an answer already settled: of an `exclusive` group
 * one at most applies to a person (学生 / フリーター / シニア); `implies`: a yes to one settles others;
 * `rulesOut`: a worker who wants the first cannot take jobs with the others, which are never shown to them, not
 * even as near misses (a high-school student and 深夜: no one under 18 may work 22:00–5:00, Labour Standards
 * Act art. 61).
 */
export type ConditionGroup =
  | { readonly kind: 'exclusive'; readonly conditionIds: readonly string[] }
  | { readonly kind: 'implies'; readonly conditionId: string; readonly implied: readonly string[] }
  | { readonly kind: 'rulesOut'; readonly conditionId: string; readonly ruledOut: readonly string[] };

/**
 * A word people use for work of several job types across categories (「接客以外で」「力仕事は無理」), from the
 * optional job-type-groups.json. It is read like a category: it stands for each of its job types.
 */
export interface JobTypeGroup {
  /** The word itself (「接客」): also what an acknowledgement says. */
  readonly name: string;
  readonly nameEn?: string;
  readonly reading?: string;
  readonly synonyms: readonly string[];
  readonly jobTypeIds: readonly string[];
}

export interface Catalog {
  readonly jobTypes: readonly JobType[];
  readonly conditions: readonly Condition[];
  /** From the optional condition-groups.json; empty when there is none. */
  readonly conditionGroups?: readonly ConditionGroup[];
  /** From the optional job-type-groups.json; empty when there is none. */
  readonly jobTypeGroups?: readonly JobTypeGroup[];
  readonly listings: readonly Listing[];
  readonly prefectures: readonly Prefecture[];
  /** From the optional places.json: stations and districts; empty when there is none. */
  readonly places?: readonly Place[];
  /** sha256 over the files it was loaded from: tells which catalogue a model or a session saw. */
  readonly checksum: string;
}
