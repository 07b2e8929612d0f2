import { implicationsOf } from '../../catalog/implied-conditions';
import type { Listing } from '../../catalog/types';
import { brokenRequirements } from './persona-check';
import type { PersonaConstraints } from './persona';

const listing: Listing = {
  id: 'j1',
  title: '居酒屋ホール',
  url: 'https://example.jp/j1',
  area: { prefecture: '大阪府', municipality: '大阪市 北区' },
  jobTypeIds: ['izakaya'],
  conditionIds: ['late-night', 'daily-pay'],
  wage: { unit: 'hour', min: 1100, max: 1300 },
};

const none: PersonaConstraints = {
  wantedJobTypes: [],
  refusedJobTypes: [],
  requiredConditions: [],
  refusedConditions: [],
};

const implications = implicationsOf([
  { kind: 'implies', conditionId: 'late-night', implied: ['night'] },
  { kind: 'implies', conditionId: 'daily-pay', implied: ['weekly-pay'] },
]);

describe('persona requirements', () => {
  it('hold a designated city to its wards and a ward to itself', () => {
    expect(
      brokenRequirements(
        listing,
        { ...none, area: { prefecture: '大阪府', municipality: '大阪市' } },
        implications,
      ),
    ).toEqual([]);
    expect(
      brokenRequirements(
        listing,
        { ...none, area: { prefecture: '大阪府', municipality: '大阪市 中央区' } },
        implications,
      ),
    ).toEqual(['area']);
  });

  it('read the tags with what the catalogue says they imply: a 深夜 job is night work, 日払い pays weekly too', () => {
    expect(
      brokenRequirements(listing, { ...none, requiredConditions: ['night', 'weekly-pay'] }, implications),
    ).toEqual([]);
    expect(brokenRequirements(listing, { ...none, refusedConditions: ['night'] }, implications)).toEqual([
      'refusedCondition',
    ]);
    expect(brokenRequirements(listing, { ...none, requiredConditions: ['night'] }, new Map())).toEqual([
      'requiredCondition',
    ]);
  });

  it('check the wage from where it starts, in the unit asked for', () => {
    const wage = (amount: number, per: 'hour' | 'day') => ({ ...none, wageMin: { amount, per } });
    expect(brokenRequirements(listing, wage(1100, 'hour'), implications)).toEqual([]);
    // 1,100〜1,300 円 for 「1,200円以上」: only the top of the range reaches it.
    expect(brokenRequirements(listing, wage(1200, 'hour'), implications)).toEqual(['wage']);
    expect(brokenRequirements(listing, wage(1100, 'day'), implications)).toEqual(['wage']);
  });
});

describe('a persona who requires work from home', () => {
  it('is held to no place by a job that has it, and to their place by one that does not', () => {
    const wants = { ...none, area: { prefecture: '東京都' }, requiredConditions: ['remote'] };
    const remote = {
      ...listing,
      conditionIds: ['remote'],
      area: { prefecture: '大阪府', municipality: '大阪市 北区' },
    };
    expect(brokenRequirements(remote, wants, implications, new Set(['remote']))).toEqual([]);
    expect(brokenRequirements(remote, wants, implications)).toEqual(['area']);
    expect(
      brokenRequirements({ ...remote, conditionIds: [] }, wants, implications, new Set(['remote'])),
    ).toEqual(['area', 'requiredCondition']);
  });
});
