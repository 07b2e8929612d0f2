import type { Condition, JobType, Listing } from '../catalog/types';
import { CooccurrenceModel } from '../engine';
import { randomInt, seededRandom } from '../random';
import { CoViewAccumulator } from '../training';

export interface SyntheticShape {
  readonly types: number;
  readonly conditions: number;
  readonly listings: number;
  /** Conditions per listing, drawn uniformly in [min, max]. */
  readonly conditionsPerListing: readonly [number, number];
}

/** Zipf-like draw over [0, n): a few attributes are common, most are rare, as in real catalogues. */
function zipf(random: () => number, n: number): number {
  return Math.min(n - 1, Math.floor(n ** random()) - 1);
}

/**
 * A random catalogue of a given shape for timing and memory only (its answers carry no meaning): types and
 * conditions follow Zipf-like popularity, a fifth of the listings carry a second type.
 */
export function syntheticCatalog(shape: SyntheticShape, seed: number) {
  const random = seededRandom(seed);
  const jobTypes: JobType[] = Array.from({ length: shape.types }, (_, i) => ({
    id: `t${i}`,
    name: `t${i}`,
    synonyms: [],
  }));
  const conditions: Condition[] = Array.from({ length: shape.conditions }, (_, i) => ({
    id: `c${i}`,
    name: `c${i}`,
    synonyms: [],
  }));
  const listings: Listing[] = [];
  const [low, high] = shape.conditionsPerListing;
  for (let l = 0; l < shape.listings; l++) {
    const types = new Set([zipf(random, shape.types)]);
    if (random() < 0.2) types.add(randomInt(random, shape.types));
    const conditionCount = low + randomInt(random, high - low + 1);
    const conds = new Set<number>();
    while (conds.size < Math.min(conditionCount, shape.conditions)) conds.add(zipf(random, shape.conditions));
    listings.push({
      id: `L${l}`,
      title: `L${l}`,
      jobTypeIds: [...types].map((t) => `t${t}`),
      conditionIds: [...conds].map((c) => `c${c}`),
      url: `https://jobs.example/L${l}`,
    });
  }
  return { jobTypes, conditions, listings };
}

/** A co-view model over the synthetic types: users who view a few types clustered around a favourite. */
export function syntheticModel(types: number, users: number, seed: number): CooccurrenceModel {
  const random = seededRandom(seed);
  const accumulator = new CoViewAccumulator(types);
  for (let u = 0; u < users; u++) {
    const favourite = zipf(random, types);
    const viewed = [favourite];
    const more = 1 + randomInt(random, 4);
    for (let v = 0; v < more; v++) {
      viewed.push(random() < 0.6 ? (favourite + 1 + randomInt(random, 5)) % types : randomInt(random, types));
    }
    accumulator.add(`u${u}`, viewed);
  }
  return new CooccurrenceModel(
    Array.from({ length: types }, (_, i) => `t${i}`),
    accumulator.counts(),
    1,
  );
}
