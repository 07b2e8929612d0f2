import { implicationsOf, withImplied, type Implications } from '../catalog/implied-conditions';
import type { Condition, ConditionGroup, Listing, WageUnit } from '../catalog/types';
import { answerId, answerKind, isRefused, isStated, isWanted } from './answers';
import type { AnswerTuple, AreaValue, Place } from './state';
import { compactAnswers } from './turn';
import {
  inUnit,
  isWageWishId,
  latestWageWishId,
  parseWageWish,
  WEEKEND_DAYS_A_MONTH,
  WEEKENDS_ONLY,
  type WageWish,
} from './wage-wish';

/**
 * What the user stated themselves, as opposed to how they answered our questions: the area, job types and
 * conditions they volunteered (「渋谷でカフェ、日払いがいい」「居酒屋以外」). These are hard: a job shown as a
 * match meets all of them. Answers to our own yes/no questions stay preferences that rank the jobs
 * (a plain 「いいえ」 to 「交通費支給は大事ですか？」 means "not needed", never "exclude").
 */
export interface Constraints {
  readonly area: AreaValue;
  readonly wantedTypes: ReadonlySet<string>;
  readonly unwantedTypes: ReadonlySet<string>;
  readonly requiredConditions: ReadonlySet<string>;
  readonly excludedConditions: ReadonlySet<string>;
  /**
   * Conditions no job shown may have, not even as a near miss: what the catalogue's `rulesOut` groups rule out
   * for a worker the user said they are (高校生 ⇒ no 深夜). Also in excludedConditions.
   */
  readonly ruledOut: ReadonlySet<string>;
  /**
   * Required conditions said firmly (「寮がないと無理です」): no job shown may lack one, not even as a near miss.
   * Also in requiredConditions.
   */
  readonly firm: ReadonlySet<string>;
  /**
   * Required conditions whose jobs are done from anywhere (Condition.worksFromAnywhere: 在宅OK): a job with one is
   * in the user's area wherever it is listed. Empty (or absent) when none was asked for.
   */
  readonly placeFree?: ReadonlySet<string>;
  /**
   * A stated minimum wage: a match pays at least this from the start, in the same unit. 「時給1,300円以上」 is not
   * met by 「1,190〜1,490円」: only the top of the range reaches it, and no one is promised the top.
   */
  readonly wageMin: WageWish | null;
  /** The catalogue's implications, through which a listing's conditions are read (深夜 ⇒ 夜). */
  readonly implications: Implications;
}

/**
 * What the user stated. With the catalogue's condition groups a listing's conditions are read with what they
 * imply, both ways: 「夜がいい」 is met by a 深夜 job, and 「夜はかんにん」 keeps it out, since a late-night job is a
 * night job.
 */
export function statedConstraints(
  turn: {
    readonly a: AreaValue;
    readonly sa?: Place | undefined;
    readonly ans: readonly AnswerTuple[];
    readonly fm?: Iterable<string> | undefined;
  },
  groups: readonly ConditionGroup[] = [],
  /** The catalogue's conditions, for the ones done from anywhere (see Constraints.placeFree). */
  conditions?: ReadonlyMap<string, Condition>,
): Constraints {
  const wantedTypes = new Set<string>();
  const unwantedTypes = new Set<string>();
  const requiredConditions = new Set<string>();
  const excludedConditions = new Set<string>();
  const wageId = latestWageWishId(turn.ans);
  const wageMin = wageId === undefined ? null : (parseWageWish(wageId) ?? null);
  for (const t of compactAnswers(turn.ans)) {
    const id = answerId(t);
    if (!isStated(t) || isWageWishId(id)) continue;
    const isType = answerKind(t) === 'jobType';
    if (isWanted(t)) (isType ? wantedTypes : requiredConditions).add(id);
    else if (isRefused(t)) (isType ? unwantedTypes : excludedConditions).add(id);
  }
  // Said of oneself or a yes when asked, alike: a high-school student is one however the bot learnt it.
  const saidToBe = new Set(
    compactAnswers(turn.ans)
      .filter((t) => answerKind(t) === 'condition' && isWanted(t))
      .map(answerId),
  );
  const ruledOut = new Set<string>();
  for (const group of groups) {
    if (group.kind !== 'rulesOut' || !saidToBe.has(group.conditionId)) continue;
    for (const id of group.ruledOut) {
      ruledOut.add(id);
      excludedConditions.add(id);
    }
  }
  return {
    area: turn.sa ?? turn.a,
    wantedTypes,
    unwantedTypes,
    requiredConditions,
    excludedConditions,
    ruledOut,
    firm: new Set([...(turn.fm ?? [])].filter((id) => requiredConditions.has(id))),
    placeFree: new Set(
      [...requiredConditions].filter((id) => conditions?.get(id)?.worksFromAnywhere === true),
    ),
    wageMin,
    implications: implicationsOf(groups),
  };
}

export function hasConstraints(c: Constraints): boolean {
  return (
    (c.area !== null && c.area !== '*') ||
    c.wantedTypes.size + c.unwantedTypes.size + c.requiredConditions.size + c.excludedConditions.size > 0 ||
    c.wageMin !== null
  );
}

/** A designated city stands for all its wards: 「横浜市」 contains 「横浜市 中区」. */
export function inPlace(listing: Pick<Listing, 'area'>, place: Place): boolean {
  const area = listing.area;
  if (area === undefined || area.prefecture !== place[0]) return false;
  const wanted = place[1];
  if (wanted === undefined) return true;
  const municipality = area.municipality ?? '';
  return municipality === wanted || municipality.startsWith(`${wanted} `);
}

/**
 * A listing placed only more coarsely than the wish (「仙台市」 for 「仙台市 青葉区」, a prefecture for a city): it
 * may lie in the wished place or not, and the listing does not say. No match, and never called "outside".
 */
function placedCoarsely(listing: Pick<Listing, 'area'>, place: Place): boolean {
  const area = listing.area;
  const wanted = place[1];
  if (area === undefined || area.prefecture !== place[0] || wanted === undefined) return false;
  return area.municipality === undefined || wanted.startsWith(`${area.municipality} `);
}

/** What a listing does not meet: empty when it is an exact match. */
export type Unmet =
  /** Outside the wished place, or (`unstated`) placed too coarsely to tell. */
  | { readonly kind: 'area'; readonly unstated?: true }
  | { readonly kind: 'jobType' }
  /**
   * Misses the stated minimum wage: pays less (`lower`), states no pay (`unstated`), or pays by another unit
   * than the wish (`unit`: an hourly job for 「月給18万以上」), which is no match either way and must not be
   * called lower: it may not be.
   */
  | { readonly kind: 'wage'; readonly why: 'lower' | 'unstated' }
  | {
      readonly kind: 'wage';
      readonly why: 'unit';
      readonly paidPer: WageUnit;
      readonly wished: WageUnit;
      /** The job's starting pay in the wished unit, by the 8-hour, 20-day convention (see inUnit). */
      readonly estimate: number;
      /** A monthly estimate of a job for weekends only: 8 days a month, not 20. */
      readonly weekendsOnly?: true;
      /** The page already said the units differ (results.wageUnitOnce): only the estimate is said after it. */
      readonly brief?: true;
    }
  /** A condition the user asked for that the listing lacks, or one they refused that it has. */
  | { readonly kind: 'missing' | 'present'; readonly id: string };

export function unmetConstraints(
  listing: Pick<Listing, 'area' | 'jobTypeIds' | 'conditionIds' | 'wage'>,
  c: Constraints,
): Unmet[] {
  const unmet: Unmet[] = [];
  const conditions = withImplied(listing.conditionIds, c.implications);
  if (c.area !== null && c.area !== '*' && !inPlace(listing, c.area) && !doneFromAnywhere(conditions, c)) {
    unmet.push(placedCoarsely(listing, c.area) ? { kind: 'area', unstated: true } : { kind: 'area' });
  }
  const types = listing.jobTypeIds;
  if (
    (c.wantedTypes.size > 0 && !types.some((t) => c.wantedTypes.has(t))) ||
    types.some((t) => c.unwantedTypes.has(t))
  ) {
    unmet.push({ kind: 'jobType' });
  }
  for (const id of c.requiredConditions) if (!conditions.has(id)) unmet.push({ kind: 'missing', id });
  for (const id of c.excludedConditions) if (conditions.has(id)) unmet.push({ kind: 'present', id });
  const wage = listing.wage;
  if (c.wageMin !== null) {
    if (wage === undefined) unmet.push({ kind: 'wage', why: 'unstated' });
    else if (wage.unit !== c.wageMin.per) {
      const weekendsOnly = c.wageMin.per === 'month' && conditions.has(WEEKENDS_ONLY);
      unmet.push({
        kind: 'wage',
        why: 'unit',
        paidPer: wage.unit,
        wished: c.wageMin.per,
        estimate: inUnit(wage, c.wageMin.per, weekendsOnly ? WEEKEND_DAYS_A_MONTH : undefined),
        ...(weekendsOnly ? { weekendsOnly: true as const } : {}),
      });
    } else if (wage.min < c.wageMin.amount) unmet.push({ kind: 'wage', why: 'lower' });
  }
  return unmet;
}

/** A job the user can take from anywhere: it has a condition they asked for that frees it from its place. */
function doneFromAnywhere(conditions: ReadonlySet<string>, c: Constraints): boolean {
  if (c.placeFree === undefined || c.placeFree.size === 0) return false;
  for (const id of c.placeFree) if (conditions.has(id)) return true;
  return false;
}

export const meetsConstraints = (
  listing: Pick<Listing, 'area' | 'jobTypeIds' | 'conditionIds' | 'wage'>,
  c: Constraints,
): boolean => unmetConstraints(listing, c).length === 0;
