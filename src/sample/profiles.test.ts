import type { Condition, JobType } from '../catalog/types';
import {
  BASE_CONDITION_WEIGHTS,
  CATEGORY_PROFILES,
  CATEGORY_SHARES,
  EXCLUSIVE_CONDITIONS,
} from './category-profiles';
import { MINIMUM_WAGES, minimumWage, POPULATION_WEIGHTS } from './minimum-wages';
import { PERSONAS } from './personas';
import { SampleDataError } from './sample-error';
import { readCatalogFile, TEST_PREFECTURES } from './test-fixtures';
import { COMPANY_SUFFIXES, JOB_PHRASES, TITLE_TAGS } from './title-parts';
import { TYPE_PROFILES, TYPE_SHARES } from './type-profiles';

const jobTypes = readCatalogFile<JobType>('job-types.json');
const conditions = readCatalogFile<Condition>('conditions.json');
const typeIds = new Set(jobTypes.map((t) => t.id));
const conditionIds = new Set(conditions.map((c) => c.id));
const categories = new Set(jobTypes.map((t) => t.category ?? ''));
const categoryOf = new Map(jobTypes.map((t) => [t.id, t.category]));

function unknown(ids: Iterable<string>, known: ReadonlySet<string>): string[] {
  return [...ids].filter((id) => !known.has(id));
}

describe('generator tables agree with the catalogue', () => {
  it('name only known job types', () => {
    const named = [
      ...Object.keys(TYPE_PROFILES),
      ...Object.values(TYPE_PROFILES).flatMap((p) => p.related ?? []),
      ...Object.keys(TYPE_SHARES),
      ...Object.keys(JOB_PHRASES),
      ...PERSONAS.flatMap((p) => Object.keys(p.types)),
    ];
    expect(unknown(named, typeIds)).toEqual([]);
  });

  it('relate types only within their category', () => {
    const crossing = Object.entries(TYPE_PROFILES).flatMap(([id, p]) =>
      (p.related ?? []).filter((r) => categoryOf.get(r) !== categoryOf.get(id)).map((r) => `${id} -> ${r}`),
    );
    expect(crossing).toEqual([]);
  });

  it('name only known conditions, and give every condition a base weight', () => {
    const named = [
      ...Object.keys(BASE_CONDITION_WEIGHTS),
      ...Object.values(CATEGORY_PROFILES).flatMap((p) => Object.keys(p.conditions)),
      ...Object.values(TYPE_PROFILES).flatMap((p) => Object.keys(p.conditions ?? {})),
      ...PERSONAS.flatMap((p) => Object.keys(p.conditions)),
      ...Object.keys(TITLE_TAGS),
      ...EXCLUSIVE_CONDITIONS.flat(),
    ];
    expect(unknown(named, conditionIds)).toEqual([]);
    // 高時給 is set from the wage drawn, not from a table.
    expect(unknown(conditionIds, new Set([...Object.keys(BASE_CONDITION_WEIGHTS), 'high-wage']))).toEqual([]);
  });

  it('describe every category and only those', () => {
    for (const table of [CATEGORY_PROFILES, CATEGORY_SHARES, COMPANY_SUFFIXES]) {
      expect(new Set(Object.keys(table))).toEqual(categories);
    }
    expect(
      unknown(
        PERSONAS.flatMap((p) => Object.keys(p.categories)),
        categories,
      ),
    ).toEqual([]);
  });

  it('give every job type a title phrase and at least one persona that likes it by name', () => {
    expect(unknown(typeIds, new Set(Object.keys(JOB_PHRASES)))).toEqual([]);
    expect(unknown(typeIds, new Set(PERSONAS.flatMap((p) => Object.keys(p.types))))).toEqual([]);
  });

  it('use sane premiums and weights', () => {
    const premiums = [...Object.values(CATEGORY_PROFILES), ...Object.values(TYPE_PROFILES)].flatMap((p) =>
      p.premium === undefined ? [] : [p.premium],
    );
    for (const [lo, hi] of premiums) {
      expect(lo).toBeGreaterThanOrEqual(0);
      expect(hi).toBeGreaterThanOrEqual(lo);
      expect(hi).toBeLessThanOrEqual(600);
    }
    const weights = [
      ...Object.values(BASE_CONDITION_WEIGHTS),
      ...Object.values(CATEGORY_PROFILES).flatMap((p) => Object.values(p.conditions)),
      ...Object.values(TYPE_PROFILES).flatMap((p) => Object.values(p.conditions ?? {})),
    ];
    expect(weights.every((w) => w >= 0 && w <= 5)).toBe(true);
  });
});

describe('prefecture tables', () => {
  it('hold all 47 prefectures, the same ones in both tables', () => {
    expect(Object.keys(MINIMUM_WAGES)).toHaveLength(47);
    expect(new Set(Object.keys(POPULATION_WEIGHTS))).toEqual(new Set(Object.keys(MINIMUM_WAGES)));
    expect(new Set(TEST_PREFECTURES.map((p) => p.name))).toEqual(new Set(Object.keys(MINIMUM_WAGES)));
  });

  it('find a prefecture by full or short name', () => {
    expect(minimumWage({ name: '東京都', shortName: '東京' })).toBe(1226);
    expect(minimumWage({ name: 'Tokyo', shortName: '東京' })).toBe(1226);
    expect(minimumWage({ name: '北海道', shortName: '北海道' })).toBe(1075);
    expect(() => minimumWage({ name: '東京市', shortName: '東京市' })).toThrow(SampleDataError);
  });
});
