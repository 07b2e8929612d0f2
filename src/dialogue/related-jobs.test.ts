import { unmetConstraints, type Constraints } from './constraints';
import { relatedJobs } from './related-jobs';
import { smallContext } from './testing/dialogue-fixture';

const constraints = (over: Partial<Constraints>): Constraints => ({
  area: null,
  wantedTypes: new Set(),
  unwantedTypes: new Set(),
  requiredConditions: new Set(),
  excludedConditions: new Set(),
  wageMin: null,
  ...over,
});

describe('related jobs', () => {
  const ctx = smallContext({});
  const byId = (id: string) => ctx.lookup.listings.get(id)!;

  it('with nothing one step away, offer jobs two steps away, the wanted work first, never what was refused', () => {
    // Every condition at once in 渋谷区: no listing misses only one.
    const c = constraints({
      area: ['東京都', '渋谷区'],
      wantedTypes: new Set(['cafe']),
      unwantedTypes: new Set(['izakaya']),
      requiredConditions: new Set(['daily-pay', 'high-wage', 'weekends', 'short-days']),
    });
    const oneAway = ctx.catalog.listings.filter((l) => unmetConstraints(l, c).length === 1);
    expect(oneAway).toEqual([]);
    const ids = relatedJobs(ctx, c, new Set(), [], 5);
    expect(ids.length).toBeGreaterThan(0);
    for (const id of ids) {
      const unmet = unmetConstraints(byId(id), c);
      expect(unmet).toHaveLength(2);
      expect(byId(id).jobTypeIds).not.toContain('izakaya');
    }
    const wantedWork = ids.map((id) => byId(id).jobTypeIds.includes('cafe'));
    expect(wantedWork).toEqual([...wantedWork].sort((a, b) => Number(b) - Number(a)));
  });

  it('never offers a job three steps away', () => {
    const c = constraints({
      area: ['広島県', '府中町'],
      wantedTypes: new Set(['cafe']),
      requiredConditions: new Set(['daily-pay', 'high-wage', 'weekends', 'short-days']),
    });
    for (const id of relatedJobs(ctx, c, new Set(), [], 10)) {
      expect(unmetConstraints(byId(id), c).length).toBeLessThanOrEqual(2);
    }
  });
});
