import type { Wage, WageUnit } from '../catalog/types';
import { answerId, answerLevel } from './answers';
import type { AnswerTuple } from './state';

/**
 * A stated minimum wage (「時給1200円以上」) kept among the answers as a pseudo-condition id, so that undo, the
 * state's caps and "the latest word wins" apply to it as to every other stated wish. Strategies never see it:
 * evidence keeps only catalogue ids.
 */
const PREFIX = 'wage:';

export interface WageWish {
  readonly amount: number;
  readonly per: WageUnit;
}

export const wageWishId = (wish: WageWish): string => `${PREFIX}${wish.per}:${wish.amount}`;

export function parseWageWish(id: string): WageWish | undefined {
  if (!id.startsWith(PREFIX)) return undefined;
  const [per, amount] = id.slice(PREFIX.length).split(':');
  const value = Number(amount);
  if ((per !== 'hour' && per !== 'day' && per !== 'month') || !Number.isInteger(value) || value <= 0) {
    return undefined;
  }
  return { amount: value, per };
}

export const isWageWishId = (id: string): boolean => id.startsWith(PREFIX);

/**
 * The wage wish in force: the latest one said (a later 「時給1000円でもいい」 replaces an earlier one); none once
 * the latest was taken out (「時給の条件を外す」 records no preference).
 */
export function latestWageWishId(answers: readonly AnswerTuple[]): string | undefined {
  for (let i = answers.length - 1; i >= 0; i--) {
    const answer = answers[i]!;
    const id = answerId(answer);
    if (isWageWishId(id)) return answerLevel(answer) === 'yes' ? id : undefined;
  }
  return undefined;
}

/** A wish as the renderer words a wage: 「時給1,200円」. */
export const wageOf = (wish: WageWish): Wage => ({ unit: wish.per, min: wish.amount, max: wish.amount });

/**
 * Hours a pay unit stands for, to order jobs paid in different units (8-hour days, 20 days a month, as job
 * ads compute a 月収例). Only ever used to sort; never told to the user as a fact about a job.
 */
const HOURS_PER: Readonly<Record<WageUnit, number>> = { hour: 1, day: 8, month: 160 };

/** A pay as an hourly rate, for ordering only. */
export const hourlyRate = (wage: Pick<Wage, 'unit' | 'min'>): number => wage.min / HOURS_PER[wage.unit];

/** Rounding of an estimate in another unit: it is said with 「ほど」, so no false precision (月221,000円). */
const ROUND_TO: Readonly<Record<WageUnit, number>> = { hour: 10, day: 100, month: 1000 };

/**
 * A pay's starting rate in another unit by the same convention (時給1,380円 → 月およそ221,000円 at 8 hours, 20
 * days). Said to the user only with its assumption (「1日8時間・月20日働くと」), never as the job's pay.
 */
export const inUnit = (wage: Pick<Wage, 'unit' | 'min'>, unit: WageUnit, daysAMonth = 20): number =>
  Math.round((hourlyRate(wage) * (unit === 'month' ? 8 * daysAMonth : HOURS_PER[unit])) / ROUND_TO[unit]) *
  ROUND_TO[unit];

/**
 * Days a month the monthly estimate assumes: a job for weekends only cannot be worked 20 days a month (p24-43
 * was told 「月20日働くと月203,000円ほど」 of a 土日祝のみ pool attendant), so it is estimated at its 8 weekend days.
 */
export const WEEKEND_DAYS_A_MONTH = 8;
export const WEEKENDS_ONLY = 'weekends-only';
