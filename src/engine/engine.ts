import type { Catalog } from '../catalog/types';
import { IndexedCatalog } from './indexed-catalog';
import { alignModel } from './model/align-model';
import type { CooccurrenceModel } from './model/cooccurrence-model';
import { logPrior, priorFeatures, TYPE_SHARE_ONLY } from './model/listing-signals';

/**
 * What every strategy reads: the indexed catalogue, the co-view model in the catalogue's type order, and a
 * prior over which listing a user is after. Built once per catalogue + model.
 */
export class Engine {
  readonly catalog: IndexedCatalog;
  readonly model: CooccurrenceModel;
  /**
   * Prior weight of each listing being the one wanted, scaled so the largest is 1. With the log's signals
   * (model version 2): exp(Σ_k w_k f_k(l)), the features of listing-signals.ts with the weights fitted at
   * training time on held-out users. Without them, the seed's
   *   Σ_{t ∈ types(l)} P(x_t=1) / |listings of type t|
   * (a type's share of users spread over its listings).
   */
  readonly listingPrior: Float64Array;
  /** 0 … n−1: the candidates when no area narrows them. */
  readonly allListings: Int32Array;
  /** Scratch buffers reused across turns: a turn is synchronous, so one engine never runs two at once. */
  readonly scratch: {
    mask: Uint8Array;
    listings: Int32Array;
    /** Three per-attribute sums, zeroed (a turn's allocation would be garbage for every turn). */
    attributes(): { mass: Float64Array; wlw: Float64Array; count: Float64Array };
  };

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
    this.listingPrior = this.priorOf(ic);
    let max = -Infinity;
    for (let l = 0; l < n; l++) if (this.listingPrior[l]! > max) max = this.listingPrior[l]!;
    for (let l = 0; l < n; l++) this.listingPrior[l] = Math.exp(this.listingPrior[l]! - max);
    this.allListings = Int32Array.from({ length: n }, (_, l) => l);
    const mass = new Float64Array(ic.attributeCount);
    const wlw = new Float64Array(ic.attributeCount);
    const count = new Float64Array(ic.attributeCount);
    this.scratch = {
      mask: new Uint8Array(n),
      listings: new Int32Array(n),
      attributes: () => ({ mass: mass.fill(0), wlw: wlw.fill(0), count: count.fill(0) }),
    };
  }

  /** log prior of every listing (up to a constant). */
  private priorOf(ic: IndexedCatalog): Float64Array {
    const signals = this.model.signals;
    const views = new Float64Array(ic.listings.length);
    const settled = new Float64Array(ic.listings.length);
    if (signals) {
      signals.listingIds.forEach((id, i) => {
        const l = ic.listingIndex(id);
        if (l === undefined) return; // a listing that left the catalogue since training
        views[l] = signals.views[i]!;
        settled[l] = signals.settled[i]!;
      });
    }
    const features = priorFeatures(ic, (t) => this.model.prior(t), views, settled);
    return logPrior(features, signals?.weights ?? TYPE_SHARE_ONLY);
  }
}
