import { latestLevel } from './evidence';
import type { Turn } from './turn';

/**
 * Job types for the buttons of 「どんなお仕事を？」: those with the most open (not rejected) listings in the
 * area, ties in catalogue order. Types the user already answered for (「居酒屋は嫌」) are left out.
 */
export function likelyJobTypes(turn: Turn, limit: number): string[] {
  const ic = turn.ctx.engine.catalog;
  const counts = new Int32Array(ic.typeCount);
  const rejected = new Set(turn.rej);
  if (turn.a === null || turn.a === '*') {
    for (let t = 0; t < ic.typeCount; t++) counts[t] = ic.members[t]!.length;
    for (const id of rejected) {
      const listing = turn.ctx.lookup.listings.get(id);
      for (const typeId of listing?.jobTypeIds ?? []) {
        const t = ic.typeIndex(typeId);
        if (t !== undefined) counts[t]!--;
      }
    }
  } else {
    for (const l of ic.listingsInArea(turn.a[0], turn.a[1])) {
      if (rejected.size > 0 && rejected.has(ic.listings[l]!.id)) continue;
      // A listing's attributes list its job types first.
      for (let p = ic.attrStart[l]!; p < ic.attrStart[l + 1]! && ic.attrs[p]! < ic.typeCount; p++) {
        counts[ic.attrs[p]!]!++;
      }
    }
  }
  return Array.from(counts.keys())
    .filter((t) => counts[t]! > 0 && latestLevel(turn.ans, 't', ic.jobTypes[t]!.id) === undefined)
    .sort((x, y) => counts[y]! - counts[x]! || x - y)
    .slice(0, limit)
    .map((t) => ic.jobTypes[t]!.id);
}
