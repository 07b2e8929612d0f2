import { withoutNumberConditions } from './number-conditions';
import type { Mention, Mentions } from './types';

const condition = (id: string, surface: string): Mention => ({ id, polarity: 'positive', surface });
const mentions = (...conditions: Mention[]): Mentions => ({ jobTypes: [], conditions, areas: [] });

describe('withoutNumberConditions', () => {
  it('drops a condition that only says the number again', () => {
    const said = mentions(condition('two-three-days-a-week', '週2'), condition('daily-pay', '日払い'));
    expect(withoutNumberConditions(said, { daysPerWeek: { min: 2, max: 2 } }).conditions).toEqual([
      condition('daily-pay', '日払い'),
    ]);
    expect(
      withoutNumberConditions(mentions(condition('one-day', '1日')), { hoursPerDay: { max: 5 } }).conditions,
    ).toEqual([]);
    expect(
      withoutNumberConditions(mentions(condition('evening', '17時から')), { timeOfDay: { from: '17:00' } })
        .conditions,
    ).toEqual([]);
    expect(
      withoutNumberConditions(mentions(condition('night', '夜'), condition('late-night', '夜勤')), {
        timeOfDay: { to: '22:00' },
      }).conditions,
    ).toEqual([condition('late-night', '夜勤')]);
  });

  it('keeps conditions when no number fact says the same', () => {
    const said = mentions(condition('two-three-days-a-week', '週2'));
    expect(withoutNumberConditions(said, {})).toBe(said);
    const oneDay = mentions(condition('one-day', '1日だけ'));
    expect(withoutNumberConditions(oneDay, { wageMin: { amount: 10000, per: 'day' } })).toBe(oneDay);
    const limit = mentions(condition('within-dependent-limit', '103万'));
    expect(withoutNumberConditions(limit, { daysPerWeek: { min: 3, max: 3 } })).toBe(limit);
  });
});
