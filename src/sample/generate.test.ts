import type { Listing } from '../catalog/types';
import {
  DEFAULT_SAMPLE_OPTIONS,
  generateSample,
  SampleDataError,
  type Sample,
  type SampleOptions,
} from './index';
import { MINIMUM_WAGES } from './minimum-wages';
import { TYPE_PROFILES } from './type-profiles';
import { TEST_PREFECTURES, testInput } from './test-fixtures';

const input = testInput();
const small: SampleOptions = { ...DEFAULT_SAMPLE_OPTIONS, listings: 3000, users: 4000, targets: 300 };

function viewsByUser(sample: Sample): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const v of sample.views) out.set(v.userId, [...(out.get(v.userId) ?? []), v.listingId]);
  return out;
}

/** Everything wrong with one listing, as readable strings (empty when it is valid). */
function problems(listing: Listing): string[] {
  const typeIds = new Set(input.jobTypes.map((t) => t.id));
  const conditionIds = new Set(input.conditions.map((c) => c.id));
  const out: string[] = [];
  const { id, wage, area } = listing;
  if (!/^L\d{6}$/.test(id)) out.push(`${id}: id`);
  if (listing.title.trim() === '') out.push(`${id}: title`);
  if (!listing.company) out.push(`${id}: company`);
  if (listing.jobTypeIds.length < 1 || listing.jobTypeIds.length > 2) out.push(`${id}: type count`);
  if (new Set(listing.jobTypeIds).size !== listing.jobTypeIds.length) out.push(`${id}: repeated type`);
  for (const t of listing.jobTypeIds) if (!typeIds.has(t)) out.push(`${id}: unknown type ${t}`);
  for (const c of listing.conditionIds) if (!conditionIds.has(c)) out.push(`${id}: unknown condition ${c}`);
  if (new Set(listing.conditionIds).size !== listing.conditionIds.length)
    out.push(`${id}: repeated condition`);
  if (listing.conditionIds.length < 4 || listing.conditionIds.length > 10) out.push(`${id}: condition count`);
  const minimum = MINIMUM_WAGES[area?.prefecture ?? ''];
  if (minimum === undefined) out.push(`${id}: prefecture ${area?.prefecture}`);
  const fixture = TEST_PREFECTURES.find((p) => p.name === area?.prefecture);
  if (!fixture?.municipalities.some((m) => m.name === area?.municipality)) out.push(`${id}: municipality`);
  if (wage?.unit !== 'hour') out.push(`${id}: wage unit`);
  else {
    if (minimum !== undefined && wage.min < minimum) out.push(`${id}: wage ${wage.min} below ${minimum}`);
    if (wage.min % 10 !== 0 || wage.max % 10 !== 0) out.push(`${id}: wage not rounded to 10 yen`);
    if (wage.max < wage.min || wage.max > wage.min + 300)
      out.push(`${id}: wage range ${wage.min}-${wage.max}`);
  }
  if (listing.url !== `${DEFAULT_SAMPLE_OPTIONS.baseUrl}/jobs/${id}`) out.push(`${id}: url ${listing.url}`);
  if (new URL(listing.url).protocol !== 'https:') out.push(`${id}: url not absolute https`);
  return out;
}

describe('generateSample', () => {
  let full: Sample;
  beforeAll(() => {
    full = generateSample(input, DEFAULT_SAMPLE_OPTIONS);
  });

  it('makes the default counts', () => {
    expect(full.listings).toHaveLength(20000);
    expect(viewsByUser(full).size).toBe(50000);
    expect(full.targets).toHaveLength(2000);
  });

  it('covers all 47 prefectures, weighted by population', () => {
    const perPrefecture = new Map<string, number>();
    for (const l of full.listings)
      perPrefecture.set(l.area!.prefecture, (perPrefecture.get(l.area!.prefecture) ?? 0) + 1);
    expect(perPrefecture.size).toBe(47);
    expect(perPrefecture.get('東京都')!).toBeGreaterThan(10 * perPrefecture.get('鳥取県')!);
    expect(perPrefecture.get('大阪府')!).toBeGreaterThan(perPrefecture.get('京都府')!);
  });

  it('makes only listings that are valid against the catalogue', () => {
    expect(full.listings.flatMap(problems)).toEqual([]);
    expect(new Set(full.listings.map((l) => l.id)).size).toBe(full.listings.length);
  });

  it('uses every job type; a second type only where the two are one job seen two ways (コンビニ and レジ)', () => {
    const used = new Set(full.listings.flatMap((l) => l.jobTypeIds));
    expect(used.size).toBe(input.jobTypes.length);
    const pairs = full.listings.filter((l) => l.jobTypeIds.length === 2);
    expect(pairs.length / full.listings.length).toBeGreaterThan(0.03);
    expect(pairs.length / full.listings.length).toBeLessThan(0.25);
    const notPaired = pairs.filter(
      (l) => !(TYPE_PROFILES[l.jobTypeIds[0]!]?.related ?? []).includes(l.jobTypeIds[1]!),
    );
    expect(notPaired.map((l) => l.jobTypeIds.join('+'))).toEqual([]);
  });

  it('gives each viewer 3-15 distinct listings and each target user one listing and no views', () => {
    const byUser = viewsByUser(full);
    const ids = new Set(full.listings.map((l) => l.id));
    const bad = [...byUser].filter(
      ([, ls]) => ls.length < 3 || ls.length > 15 || new Set(ls).size !== ls.length,
    );
    expect(bad).toEqual([]);
    expect(full.views.every((v) => /^u\d{6}$/.test(v.userId) && ids.has(v.listingId))).toBe(true);
    expect(full.targets.map((t) => t.userId)).toEqual(
      Array.from({ length: 2000 }, (_, i) => `t${String(i + 1).padStart(5, '0')}`),
    );
    expect(full.targets.every((t) => ids.has(t.listingId) && !byUser.has(t.userId))).toBe(true);
  });

  it('draws conditions by type: 居酒屋 offers まかない and evenings, 塾講師 pays well, 倉庫 pays daily', () => {
    const rate = (type: string, condition: string): number => {
      const ls = full.listings.filter((l) => l.jobTypeIds[0] === type);
      return ls.filter((l) => l.conditionIds.includes(condition)).length / ls.length;
    };
    const overall = (condition: string): number =>
      full.listings.filter((l) => l.conditionIds.includes(condition)).length / full.listings.length;
    expect(rate('izakaya', 'free-meals')).toBeGreaterThan(3 * overall('free-meals'));
    expect(rate('izakaya', 'night')).toBeGreaterThan(3 * overall('night'));
    expect(rate('cram-school-teacher', 'high-wage')).toBeGreaterThan(4 * overall('high-wage'));
    expect(rate('sorting', 'daily-pay')).toBeGreaterThan(2 * overall('daily-pay'));
    expect(rate('care-worker', 'qualification-support')).toBeGreaterThan(
      4 * overall('qualification-support'),
    );
    expect(rate('general-office', 'weekdays-only')).toBeGreaterThan(2 * overall('weekdays-only'));
  });

  it('never puts conditions that exclude each other in one listing', () => {
    const clash = full.listings.filter(
      (l) =>
        (l.conditionIds.includes('short-term') && l.conditionIds.includes('long-term')) ||
        (l.conditionIds.includes('weekends-only') && l.conditionIds.includes('weekdays-only')) ||
        (l.conditionIds.includes('high-school-students') && l.conditionIds.includes('late-night')),
    );
    expect(clash).toEqual([]);
  });

  it('is deterministic: the same seed gives the same sample, another seed a different one', () => {
    const a = JSON.stringify(generateSample(input, small));
    expect(JSON.stringify(generateSample(input, small))).toBe(a);
    expect(JSON.stringify(generateSample(input, { ...small, seed: small.seed + 1 }))).not.toBe(a);
  });

  it('keeps the listings when only the number of users changes', () => {
    const a = generateSample(input, small);
    const b = generateSample(input, { ...small, users: 100, targets: 10 });
    expect(b.listings).toEqual(a.listings);
  });

  it('honours the base URL and strips a trailing slash', () => {
    const s = generateSample(input, {
      ...small,
      listings: 50,
      users: 5,
      targets: 1,
      baseUrl: 'http://localhost:3000/',
    });
    expect(s.listings[0]!.url).toBe('http://localhost:3000/jobs/L000001');
  });

  it('refuses options it cannot honour', () => {
    expect(() => generateSample(input, { ...small, listings: -1 })).toThrow(SampleDataError);
    expect(() => generateSample(input, { ...small, users: 1.5 })).toThrow(SampleDataError);
    expect(() => generateSample(input, { ...small, listings: 0 })).toThrow(SampleDataError);
    expect(() => generateSample(input, { ...small, baseUrl: 'jobs.example' })).toThrow(SampleDataError);
    expect(() => generateSample({ ...input, prefectures: [] }, small)).toThrow(SampleDataError);
    const unknown = { ...TEST_PREFECTURES[0]!, name: 'アトランティス県', shortName: 'アトランティス' };
    expect(() => generateSample({ ...input, prefectures: [unknown] }, small)).toThrow(/アトランティス/);
  });
});
