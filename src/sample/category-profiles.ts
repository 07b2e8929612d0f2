/**
 * How listings of each large category look: the hourly premium over the prefecture's minimum wage and how likely
 * each condition is. Premiums follow the wage facts of /work/shared/reference/japanese-job-domain.md (JBRC averages
 * by category and the "plausible synthetic wage" ranges); condition weights are our own judgement of what job ads
 * in that category usually offer.
 *
 * Condition weights are relative draw weights (1 = an ordinary condition); a category value replaces the base value.
 */
export type ConditionWeights = Readonly<Record<string, number>>;

export interface CategoryProfile {
  /** Yen per hour above the minimum wage, drawn uniformly in [lo, hi]. */
  readonly premium: readonly [number, number];
  readonly conditions: ConditionWeights;
}

// prettier-ignore
export const BASE_CONDITION_WEIGHTS: ConditionWeights = {
  'short-term': 0.6, 'one-day': 0.3, 'long-term': 1.2, 'school-holidays-only': 0.05,
  'weekends-only': 0.3, 'weekdays-only': 0.4, 'one-day-a-week': 0.8, 'two-three-days-a-week': 1.2,
  'four-days-a-week': 0.6, 'flexible-shifts': 1.2, 'fixed-shifts': 0.4,
  'early-morning': 0.3, daytime: 0.6, evening: 0.6, night: 0.3, 'late-night': 0.08, 'short-hours': 0.7,
  'full-time': 0.5, 'no-overtime': 0.3,
  'daily-pay': 0.3, 'weekly-pay': 0.3, 'advance-pay': 0.3, bonus: 0.1, 'pay-raise': 0.6,
  'within-dependent-limit': 0.5,
  'transport-paid': 1.8, 'free-meals': 0.1, 'employee-discount': 0.2, training: 1, 'qualification-support': 0.15,
  'employee-conversion': 0.4, dormitory: 0.03, 'on-site-childcare': 0.03, 'social-insurance': 0.5,
  'high-school-students': 0.3, students: 1, freeters: 1, 'no-experience': 1.8, experienced: 0.6, homemakers: 0.8,
  'side-job': 0.7, 'career-gap-ok': 0.6, seniors: 0.4, foreigners: 0.2,
  'grand-opening': 0.15, 'near-station': 0.6, 'car-commute': 0.5, 'bike-commute': 0.3, remote: 0.02,
  'free-hair': 0.3, 'casual-dress': 0.3, uniform: 0.6, 'nails-ok': 0.15, 'piercing-ok': 0.15, english: 0.05,
  'no-resume': 0.2, 'no-interview': 0.05, 'start-immediately': 0.3, 'apply-with-friends': 0.3, urgent: 0.3,
};

export const DEFAULT_CATEGORY_PROFILE: CategoryProfile = { premium: [50, 200], conditions: {} };

// prettier-ignore
export const CATEGORY_PROFILES: Readonly<Record<string, CategoryProfile>> = {
  販売: {
    premium: [20, 120],
    conditions: { 'employee-discount': 2, uniform: 1.2, homemakers: 1.2, students: 1.3, 'no-experience': 2,
      'near-station': 1, daytime: 0.8, 'short-hours': 0.9, 'high-school-students': 0.5 },
  },
  'フード・飲食': {
    premium: [50, 150],
    conditions: { 'free-meals': 3, students: 1.6, evening: 0.9, night: 0.8, 'free-hair': 0.5, uniform: 1,
      'employee-discount': 0.8, 'high-school-students': 0.6, 'no-experience': 2, 'apply-with-friends': 0.5 },
  },
  サービス: {
    premium: [50, 150],
    conditions: { uniform: 1.2, students: 1.2, 'no-experience': 2, training: 1.2, 'late-night': 0.3,
      'free-hair': 0.5, seniors: 0.6 },
  },
  'イベント・キャンペーン': {
    premium: [150, 250],
    conditions: { 'one-day': 3, 'short-term': 2.5, 'daily-pay': 1.5, 'weekends-only': 1.5,
      'apply-with-friends': 1.5, students: 1.5, 'no-resume': 0.6, 'no-interview': 0.3, 'side-job': 1.2,
      'long-term': 0.2, 'free-hair': 0.8, 'school-holidays-only': 0.6 },
  },
  '軽作業・物流': {
    premium: [150, 250],
    conditions: { 'daily-pay': 2, 'weekly-pay': 1.2, 'short-term': 1.5, 'one-day': 1.2, 'no-experience': 2.5,
      'free-hair': 1.2, 'casual-dress': 0.8, 'car-commute': 1.2, 'side-job': 1, 'start-immediately': 1,
      'early-morning': 0.6, foreigners: 0.5, dormitory: 0.2, 'full-time': 0.8 },
  },
  '工場・製造': {
    premium: [150, 250],
    conditions: { 'long-term': 1.8, dormitory: 1, 'social-insurance': 1.2, 'full-time': 1.4, 'car-commute': 1.5,
      'free-hair': 1, foreigners: 0.8, 'employee-conversion': 0.8, 'weekly-pay': 0.8, 'daily-pay': 0.5,
      'late-night': 0.5, 'four-days-a-week': 1, 'no-experience': 2, uniform: 1 },
  },
  '建築・土木': {
    premium: [200, 350],
    conditions: { 'daily-pay': 1.5, 'full-time': 1.2, 'car-commute': 1.2, experienced: 1,
      'qualification-support': 0.8, dormitory: 0.5, 'free-hair': 1, 'early-morning': 0.7,
      'social-insurance': 0.9, bonus: 0.3, 'four-days-a-week': 1 },
  },
  営業: {
    premium: [250, 350],
    conditions: { 'pay-raise': 1.2, bonus: 0.8, 'employee-conversion': 1.2, 'social-insurance': 1,
      'full-time': 0.9, training: 1.5, experienced: 1, 'weekdays-only': 0.8, 'four-days-a-week': 0.8 },
  },
  オフィス: {
    premium: [150, 250],
    conditions: { 'weekdays-only': 2, 'casual-dress': 1, 'no-overtime': 1.2, 'near-station': 1.2,
      'full-time': 0.8, daytime: 1, 'social-insurance': 0.8, 'employee-conversion': 0.7, homemakers: 1.1,
      remote: 0.2, students: 0.6, 'fixed-shifts': 0.8, 'within-dependent-limit': 0.8 },
  },
  'IT・クリエイティブ': {
    premium: [250, 450],
    conditions: { remote: 2, 'casual-dress': 1.6, 'free-hair': 1.2, experienced: 1.4, 'flexible-shifts': 1.6,
      'side-job': 1.4, students: 0.7, uniform: 0.05, english: 0.3, 'pay-raise': 1, 'no-experience': 0.8 },
  },
  教育: {
    premium: [250, 450],
    conditions: { students: 2, evening: 1.2, training: 1.4, 'casual-dress': 0.2, 'high-school-students': 0.05,
      'one-day-a-week': 1.1, 'transport-paid': 2 },
  },
  '医療・介護・福祉': {
    premium: [200, 300],
    conditions: { 'qualification-support': 2, 'flexible-shifts': 1.3, experienced: 1, 'career-gap-ok': 1.2,
      'social-insurance': 1, homemakers: 1.1, seniors: 0.6, 'car-commute': 0.9, uniform: 1,
      'no-experience': 1.2, bonus: 0.4, 'employee-conversion': 0.8, 'late-night': 0.3 },
  },
  美容: {
    premium: [50, 200],
    conditions: { 'nails-ok': 1, 'free-hair': 1.4, 'piercing-ok': 0.6, 'employee-discount': 1, training: 1.5,
      experienced: 1.2, 'qualification-support': 0.8, 'employee-conversion': 0.6, 'near-station': 1 },
  },
  その他: {
    premium: [30, 150],
    conditions: { 'side-job': 1.2, 'flexible-shifts': 1.4 },
  },
};

/** Conditions that cannot sit in one listing: at most one of each group is drawn. */
export const EXCLUSIVE_CONDITIONS: readonly (readonly string[])[] = [
  ['short-term', 'long-term'],
  ['one-day', 'long-term'],
  ['school-holidays-only', 'long-term'],
  ['weekends-only', 'weekdays-only'],
  ['weekends-only', 'four-days-a-week'],
  ['one-day-a-week', 'two-three-days-a-week', 'four-days-a-week'],
  ['flexible-shifts', 'fixed-shifts'],
  ['short-hours', 'full-time'],
  ['within-dependent-limit', 'full-time'],
  ['remote', 'near-station', 'car-commute', 'bike-commute', 'uniform'],
  // Under-18s may not work 22:00-5:00.
  ['high-school-students', 'late-night'],
];

/** Rough share of all listings per category (a part-time board leans to food, retail, service and logistics). */
// prettier-ignore
export const CATEGORY_SHARES: Readonly<Record<string, number>> = {
  販売: 16, 'フード・飲食': 20, サービス: 14, 'イベント・キャンペーン': 5, '軽作業・物流': 14, '工場・製造': 6,
  '建築・土木': 2, 営業: 3, オフィス: 7, 'IT・クリエイティブ': 3, 教育: 4, '医療・介護・福祉': 5, 美容: 2, その他: 1,
};
export const DEFAULT_CATEGORY_SHARE = 1;
