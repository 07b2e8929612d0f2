import type { Catalog } from '../catalog/types';
import { IndexedCatalog } from './indexed-catalog';
import { alignModel } from './model/align-model';
import type { CooccurrenceModel } from './model/cooccurrence-model';

/**
 * What every strategy reads: the indexed catalogue, the co-view model in the catalogue's type order, and each
 * listing's popularity (the share of users who like its most liked type). Built once per catalogue + model.
 */
export class Engine {
  readonly catalog: IndexedCatalog;
  readonly model: CooccurrenceModel;
  readonly listingPopularity: Float64Array;
  /** Scratch buffers reused across turns: a turn is synchronous, so one engine never runs two at once. */
  readonly scratch: { weights: Float64Array; mask: Uint8Array };

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
    const typePrior = Float64Array.from({ length: ic.typeCount }, (_, i) => this.model.prior(i));
    this.listingPopularity = new Float64Array(n);
    for (let l = 0; l < n; l++) {
      let best = 0;
      for (let p = ic.attrStart[l]!; p < ic.attrStart[l + 1]!; p++) {
        const a = ic.attrs[p]!;
        if (a < ic.typeCount && typePrior[a]! > best) best = typePrior[a]!;
      }
      this.listingPopularity[l] = best;
    }
    this.scratch = { weights: new Float64Array(n), mask: new Uint8Array(n) };
  }
}
