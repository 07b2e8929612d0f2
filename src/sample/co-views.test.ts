import { DEFAULT_SAMPLE_OPTIONS, generateSample } from './index';
import { testInput } from './test-fixtures';

/**
 * The view logs exist to train the co-occurrence model, so co-views between job types must carry the persona
 * signal: lift = P(view a | view b) / P(view a) well above 1 for types one kind of person likes together.
 */
describe('co-views between job types', () => {
  const sample = generateSample(testInput(), {
    ...DEFAULT_SAMPLE_OPTIONS,
    listings: 8000,
    users: 20000,
    targets: 0,
  });
  const typesOf = new Map(sample.listings.map((l) => [l.id, l.jobTypeIds]));
  const viewed = new Map<string, Set<string>>();
  for (const v of sample.views) {
    const set = viewed.get(v.userId) ?? new Set<string>();
    for (const t of typesOf.get(v.listingId) ?? []) set.add(t);
    viewed.set(v.userId, set);
  }
  const users = [...viewed.values()];

  function p(a: string): number {
    return users.filter((s) => s.has(a)).length / users.length;
  }
  function lift(a: string, given: string): number {
    const withGiven = users.filter((s) => s.has(given));
    return withGiven.filter((s) => s.has(a)).length / withGiven.length / p(a);
  }

  it.each([
    ['izakaya', 'bartender', 1.8],
    ['cafe', 'cram-school-teacher', 1.8],
    ['home-tutor', 'cram-school-teacher', 2],
    ['izakaya', 'facility-security', 1.2],
    ['web-design', 'programmer', 3],
    ['home-care', 'care-worker', 3],
    ['cashier', 'supermarket', 1.8],
    ['picking', 'sorting', 1.8],
  ])('lift of %s given %s is above %s', (a, given, atLeast) => {
    expect(p(a)).toBeGreaterThan(0.005);
    expect(lift(a, given)).toBeGreaterThan(atLeast);
  });

  it('does not tie unrelated types together', () => {
    expect(lift('cafe', 'programmer')).toBeLessThan(1);
    expect(lift('care-worker', 'bartender')).toBeLessThan(1);
  });

  it('still has some noise: every job type is viewed by someone', () => {
    const all = new Set(users.flatMap((s) => [...s]));
    expect(all.size).toBe(testInput().jobTypes.length);
  });
});
