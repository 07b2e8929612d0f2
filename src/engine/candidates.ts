import { hardAnswer } from './answer';
import type { Engine } from './engine';
import type { Evidence } from './evidence';

/** Listing indices in the evidence's area, or all listings; shared arrays: never write to them. */
export function areaCandidates(engine: Engine, evidence: Evidence): Int32Array {
  if (!evidence.area) return engine.allListings;
  return engine.catalog.listingsInArea(evidence.area.prefecture, evidence.area.municipality);
}

/** Listing indices in the evidence's area (all listings when none), minus the rejected ones. */
export function baseCandidates(engine: Engine, evidence: Evidence): Int32Array {
  const ic = engine.catalog;
  const list = areaCandidates(engine, evidence);
  if (evidence.rejectedListingIds.length === 0) return list;
  const rejected = new Set<number>();
  for (const id of evidence.rejectedListingIds) {
    const l = ic.listingIndex(id);
    if (l !== undefined) rejected.add(l);
  }
  return list.filter((l) => !rejected.has(l));
}

/** Keeps the sorted candidates that have (keep = true) or lack (keep = false) a sorted member list: a merge. */
function filterByMembers(candidates: Int32Array, members: Int32Array, keep: boolean): Int32Array {
  const out = new Int32Array(keep ? Math.min(candidates.length, members.length) : candidates.length);
  let n = 0;
  let m = 0;
  for (let c = 0; c < candidates.length; c++) {
    const l = candidates[c]!;
    while (m < members.length && members[m]! < l) m++;
    const has = m < members.length && members[m] === l;
    if (has === keep) out[n++] = l;
  }
  return out.subarray(0, n);
}

/**
 * The literature's hard filtering: a candidate must agree with every answered attribute (yes = has it,
 * no = lacks it; soft answers taken at their hard reading, わからない ignored).
 */
export function consistentCandidates(
  engine: Engine,
  evidence: Evidence,
  include: (kind: 'jobType' | 'condition') => boolean = () => true,
): Int32Array {
  let candidates = baseCandidates(engine, evidence);
  for (const answer of evidence.answers) {
    if (!include(answer.kind)) continue;
    const hard = hardAnswer(answer.level);
    const attribute = engine.catalog.attributeOf(answer.kind, answer.id);
    if (hard === null || attribute === undefined) continue;
    candidates = filterByMembers(candidates, engine.catalog.members[attribute]!, hard);
  }
  return candidates;
}

/**
 * Attributes the evidence already covers (asked or volunteered, whatever the answer, or settled by another
 * answer): never asked again.
 */
export function coveredAttributes(engine: Engine, evidence: Evidence): Set<number> {
  const covered = new Set<number>();
  for (const answer of [...evidence.answers, ...(evidence.settled ?? [])]) {
    const attribute = engine.catalog.attributeOf(answer.kind, answer.id);
    if (attribute !== undefined) covered.add(attribute);
  }
  return covered;
}

/** How many candidates have each attribute: one pass over the candidates' attribute lists. */
export function attributeCounts(engine: Engine, candidates: ArrayLike<number>): Float64Array {
  const ic = engine.catalog;
  const counts = new Float64Array(ic.attributeCount);
  for (let c = 0; c < candidates.length; c++) {
    const l = candidates[c]!;
    for (let p = ic.attrStart[l]!; p < ic.attrStart[l + 1]!; p++) counts[ic.attrs[p]!]!++;
  }
  return counts;
}
