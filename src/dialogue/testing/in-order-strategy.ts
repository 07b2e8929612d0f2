import type { Act, DecideOptions, Evidence, Strategy } from '../../engine';
import type { DialogueCatalog } from '../context';

/**
 * A predictable strategy for budget tests: asks every job type, then every condition, in catalogue order,
 * and shows the first listings in the area (rejected ones left out) on its last turn or when nothing is left.
 */
export function inOrderStrategy(catalog: DialogueCatalog): Strategy {
  return {
    name: 'in-order',
    decide(evidence: Evidence, options: DecideOptions): Act {
      // Like the real strategies: settled attributes count as covered.
      const asked = new Set(
        [...evidence.answers, ...(evidence.settled ?? [])].map((a) => `${a.kind}:${a.id}`),
      );
      if (options.turnsLeft > 1) {
        const type = catalog.jobTypes.find((t) => !asked.has(`jobType:${t.id}`));
        if (type) return { kind: 'askJobType', id: type.id };
        const condition = catalog.conditions.find((c) => !asked.has(`condition:${c.id}`));
        if (condition) return { kind: 'askCondition', id: condition.id };
      }
      const rejected = new Set(evidence.rejectedListingIds);
      const area = evidence.area;
      const listingIds = catalog.listings
        .filter((l) => !rejected.has(l.id))
        .filter(
          (l) =>
            !area ||
            (l.area?.prefecture === area.prefecture &&
              (area.municipality === undefined || l.area.municipality === area.municipality)),
        )
        .slice(0, options.topK)
        .map((l) => l.id);
      return { kind: 'recommend', listingIds };
    },
  };
}
