import { reconcileNumbers } from './number-conditions';
import type { Mention, Mentions, NumberFacts } from './types';

const condition = (id: string, surface: string, polarity: Mention['polarity'] = 'positive'): Mention => ({
  id,
  polarity,
  surface,
});
const mentions = (...conditions: Mention[]): Mentions => ({ jobTypes: [], conditions, areas: [] });
const conditionsOf = (said: Mentions, numbers: NumberFacts): readonly Mention[] =>
  reconcileNumbers(said, numbers).mentions.conditions;

describe('reconcileNumbers', () => {
  it('drops a condition that only says the number again', () => {
    const said = mentions(condition('two-three-days-a-week', '週2'), condition('daily-pay', '日払い'));
    const days = { daysPerWeek: { min: 2, max: 2 } };
    expect(reconcileNumbers(said, days)).toEqual({
      mentions: mentions(condition('daily-pay', '日払い')),
      numbers: days,
    });
    expect(conditionsOf(mentions(condition('one-day', '1日')), { hoursPerDay: { max: 5 } })).toEqual([]);
    expect(
      conditionsOf(mentions(condition('evening', '17時から')), { timeOfDay: { from: '17:00' } }),
    ).toEqual([]);
    const night = mentions(condition('night', '夜'), condition('late-night', '夜勤'));
    expect(conditionsOf(night, { timeOfDay: { to: '22:00' } })).toEqual([condition('late-night', '夜勤')]);
  });

  it('keeps a refused condition and drops the number it refuses', () => {
    const said = mentions(condition('four-days-a-week', '週4', 'negative'));
    expect(
      reconcileNumbers(said, { daysPerWeek: { min: 4, max: 4 }, wageMin: { amount: 1000, per: 'hour' } }),
    ).toEqual({
      mentions: said,
      numbers: { wageMin: { amount: 1000, per: 'hour' } },
    });
  });

  it('keeps conditions when no number fact says the same', () => {
    const said = mentions(condition('two-three-days-a-week', '週2'));
    expect(reconcileNumbers(said, {}).mentions).toBe(said);
    const oneDay = mentions(condition('one-day', '1日だけ'));
    expect(reconcileNumbers(oneDay, { wageMin: { amount: 10000, per: 'day' } }).mentions).toBe(oneDay);
    const limit = mentions(condition('within-dependent-limit', '103万'));
    expect(reconcileNumbers(limit, { daysPerWeek: { min: 3, max: 3 } }).mentions).toBe(limit);
  });
});
