import type { Act } from '../act';
import type { Engine } from '../engine';
import { topK } from '../top-k';

/** A recommendation of the k best candidates by a score (the listing prior when none is given). */
export function recommend(
  engine: Engine,
  candidates: ArrayLike<number>,
  k: number,
  score: (listing: number) => number = (l) => engine.listingPrior[l]!,
): Act {
  const best = topK(candidates, score, k);
  return { kind: 'recommend', listingIds: best.map((l) => engine.catalog.listings[l]!.id) };
}

/** The act that asks about an attribute index. */
export function ask(engine: Engine, attribute: number): Act {
  const id = engine.catalog.attributeId(attribute);
  return engine.catalog.isJobTypeAttribute(attribute)
    ? { kind: 'askJobType', id }
    : { kind: 'askCondition', id };
}
