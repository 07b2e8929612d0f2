import type { Catalog } from '../catalog/types';
import { IndexedCatalog } from './indexed-catalog';
import { alignModel } from './model/align-model';
import type { CooccurrenceModel } from './model/cooccurrence-model';

/**
 * What every strategy reads: the indexed catalogue, the co-view model in the catalogue's type order, and a
 * prior over which listing a user is after. Built once per catalogue + model.
 */
export class Engine {
  readonly catalog: IndexedCatalog;
  readonly model: CooccurrenceModel;
  /**
   * Prior weight of each listing being the one wanted, scaled so the largest is 1:
   *   Σ_{t ∈ types(l)} P(x_t=1) / |listings of type t|
   * A type's share of users is spread over its listings, so a type with many listings does not make each of
   * them likelier. (Condition lifts learned from the logs were tried as a further factor and measured no gain.)
   */
  readonly listingPrior: Float64Array;
  /** 0 … n−1: the candidates when no area narrows them. */
  readonly allListings: Int32Array;
  /** Scratch buffers reused across turns: a turn is synchronous, so one engine never runs two at once. */
  readonly scratch: { weights: Float64Array; mask: Uint8Array; listings: Int32Array };

  constructor(
    catalog: Pick<Catalog, 'jobTypes' | 'conditions' | 'listings'> | IndexedCatalog,
    model: CooccurrenceModel,
  ) {
    this.catalog = catalog instanceof IndexedCatalog ? catalog : new IndexedCatalog(catalog);
    const ic = this.catalog;
    this.model = alignModel(
      model,
      ic.jobTypes.map((t) => t.id),
    ).model;
    const n = ic.listings.length;
    const perListingOfType = Float64Array.from(
      { length: ic.typeCount },
      (_, t) => this.model.prior(t) / Math.max(1, ic.members[t]!.length),
    );
    this.listingPrior = new Float64Array(n);
    let max = 0;
    for (let l = 0; l < n; l++) {
      let prior = 0;
      for (let p = ic.attrStart[l]!; p < ic.attrStart[l + 1]!; p++) {
        const a = ic.attrs[p]!;
        if (a < ic.typeCount) prior += perListingOfType[a]!;
      }
      this.listingPrior[l] = prior;
      if (prior > max) max = prior;
    }
    if (max > 0) for (let l = 0; l < n; l++) this.listingPrior[l]! /= max;
    this.allListings = Int32Array.from({ length: n }, (_, l) => l);
    this.scratch = { weights: new Float64Array(n), mask: new Uint8Array(n), listings: new Int32Array(n) };
  }
}
