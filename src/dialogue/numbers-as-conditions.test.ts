import { conditionsFromNumbers } from './numbers-as-conditions';

const known = new Set([
  'one-day-a-week',
  'two-three-days-a-week',
  'four-days-a-week',
  'short-hours',
  'full-time',
  'early-morning',
  'daytime',
  'evening',
  'night',
  'late-night',
]);
const ids = (numbers: Parameters<typeof conditionsFromNumbers>[0]) =>
  conditionsFromNumbers(numbers, known).map((m) => m.id);

describe('conditionsFromNumbers', () => {
  it.each([
    [{ daysPerWeek: { min: 2, max: 2 } }, ['two-three-days-a-week']],
    [{ daysPerWeek: { max: 1 } }, ['one-day-a-week']],
    [{ daysPerWeek: { min: 4 } }, ['four-days-a-week']],
    [{ hoursPerDay: { max: 4 } }, ['short-hours']],
    [{ hoursPerDay: { min: 8 } }, ['full-time']],
    [{ timeOfDay: { from: '06:00' } }, ['early-morning']],
    // A window of four hours is a short shift as well as a time of day.
    [{ timeOfDay: { from: '10:00', to: '14:00' } }, ['short-hours', 'daytime']],
    [{ timeOfDay: { from: '09:00', to: '17:00' } }, ['daytime']],
    // 「四時までしか働かれへん」: an end in the afternoon and no start is a day job (p29-31); 「夜10時まで」 is not.
    [{ timeOfDay: { to: '16:00' } }, ['daytime']],
    [{ timeOfDay: { to: '22:00' } }, []],
    [{ timeOfDay: { from: '17:00' } }, ['evening']],
    [{ timeOfDay: { from: '18:00' } }, ['evening']],
    // 「本業の後の19時から」: from 19 is the night band, up to the late-night hours from 22.
    [{ timeOfDay: { from: '19:00' } }, ['night']],
    [{ timeOfDay: { from: '21:30' } }, ['night']],
    [{ timeOfDay: { from: '22:00', to: '05:00' } }, ['late-night']],
    [{ hoursPerDay: { max: 6 } }, []],
    [{ wageMin: { amount: 1200, per: 'hour' as const } }, []],
  ])('%j -> %j', (numbers, expected) => {
    expect(ids(numbers)).toEqual(expected);
  });

  it('names only conditions the catalogue has', () => {
    expect(conditionsFromNumbers({ daysPerWeek: { max: 2 } }, new Set())).toEqual([]);
  });
});
