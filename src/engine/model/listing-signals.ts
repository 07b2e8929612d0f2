import type { IndexedCatalog } from '../indexed-catalog';

/** How much each signal of the logs counts in a listing's prior: fitted at training time, never fixed in code. */
export interface PriorWeights {
  /** log of the job types' share of users spread over their listings (the seed model's prior). */
  readonly typeShare: number;
  /** log of the listing's time-decayed views, backed off to its type's and conditions' for unviewed listings. */
  readonly views: number;
  /** The same for the views that ended a user's visit: the listing they settled on. */
  readonly settled: number;
  /** Mean log lift of the listing's conditions among viewed listings of its type (preferences given types). */
  readonly conditionLift: number;
}

export const PRIOR_FEATURES = ['typeShare', 'views', 'settled', 'conditionLift'] as const;

/** The seed's prior: type shares only. What a model without log signals (format version 1) uses. */
export const TYPE_SHARE_ONLY: PriorWeights = Object.freeze({
  typeShare: 1,
  views: 0,
  settled: 0,
  conditionLift: 0,
});

/** Per-listing signals from the view log, stored in the model (listings without views are left out). */
export interface ListingSignals {
  /** Views count 2^(−age/half-life) relative to the log's last view; null = no decay (no timestamps). */
  readonly halfLifeDays: number | null;
  readonly listingIds: readonly string[];
  readonly views: readonly number[];
  readonly settled: readonly number[];
  readonly weights: PriorWeights;
  /** How the weights were chosen: mean log-likelihood per held-out user's settled listing, and the seed's. */
  readonly fit: {
    readonly heldOutUsers: number;
    readonly logLikelihood: number;
    readonly typeShareLogLikelihood: number;
  };
}

/** Pseudo-views a type's condition shares are smoothed with. */
const LIFT_PSEUDO_VIEWS = 10;

/**
 * The prior's features for every listing of the catalogue, one Float64Array per feature (PRIOR_FEATURES
 * order). `typePrior(t)` is P(x_t = 1); `views`/`settled` are per listing index (0 for listings the log never
 * saw). Unviewed listings back off to their main type's mean (itself shrunk to the catalogue's mean) times
 * the lift of their conditions within that type.
 */
export function priorFeatures(
  ic: IndexedCatalog,
  typePrior: (type: number) => number,
  views: Float64Array,
  settled: Float64Array,
): Float64Array[] {
  const n = ic.listings.length;
  const typeShare = new Float64Array(n);
  const perListingOfType = Float64Array.from(
    { length: ic.typeCount },
    (_, t) => typePrior(t) / Math.max(1, ic.members[t]!.length),
  );
  for (let l = 0; l < n; l++) {
    let prior = 0;
    for (let p = ic.attrStart[l]!; p < ic.attrStart[l + 1]!; p++) {
      const a = ic.attrs[p]!;
      if (a < ic.typeCount) prior += perListingOfType[a]!;
    }
    typeShare[l] = Math.log(Math.max(prior, 1e-300));
  }
  const lift = conditionLift(ic, views);
  return [
    typeShare,
    backedOffLog(ic, views, lift),
    backedOffLog(ic, settled, conditionLift(ic, settled)),
    lift,
  ];
}

/** Σ_k w_k f_k(l) for every listing. */
export function logPrior(features: readonly Float64Array[], weights: PriorWeights): Float64Array {
  const n = features[0]!.length;
  const out = new Float64Array(n);
  PRIOR_FEATURES.forEach((name, k) => {
    const w = weights[name];
    if (w === 0) return;
    const f = features[k]!;
    for (let l = 0; l < n; l++) out[l]! += w * f[l]!;
  });
  return out;
}

/** The listing's main type (its first): what backs off its popularity. */
function mainType(ic: IndexedCatalog, l: number): number {
  const first = ic.attrs[ic.attrStart[l]!];
  return first !== undefined && first < ic.typeCount && ic.attrStart[l + 1]! > ic.attrStart[l]! ? first : -1;
}

/**
 * Mean over the listing's conditions of log( share of the type's views on listings with c / share of the
 * type's listings with c ): above 0 when the conditions it has are ones viewers of its type favour.
 */
function conditionLift(ic: IndexedCatalog, counts: Float64Array): Float64Array {
  const n = ic.listings.length;
  const t = ic.typeCount;
  const c = ic.conditionCount;
  const out = new Float64Array(n);
  if (c === 0) return out;
  const typeViews = new Float64Array(t);
  const typeListings = new Float64Array(t);
  const pair = new Map<number, { views: number; listings: number }>();
  for (let l = 0; l < n; l++) {
    const main = mainType(ic, l);
    if (main < 0) continue;
    typeViews[main]! += counts[l]!;
    typeListings[main]!++;
    for (let p = ic.attrStart[l]!; p < ic.attrStart[l + 1]!; p++) {
      const a = ic.attrs[p]!;
      if (a < t) continue;
      const key = main * c + (a - t);
      const entry = pair.get(key);
      if (entry) {
        entry.views += counts[l]!;
        entry.listings++;
      } else pair.set(key, { views: counts[l]!, listings: 1 });
    }
  }
  for (let l = 0; l < n; l++) {
    const main = mainType(ic, l);
    if (main < 0) continue;
    let sum = 0;
    let k = 0;
    for (let p = ic.attrStart[l]!; p < ic.attrStart[l + 1]!; p++) {
      const a = ic.attrs[p]!;
      if (a < t) continue;
      const entry = pair.get(main * c + (a - t))!;
      const base = entry.listings / typeListings[main]!;
      const share = (entry.views + LIFT_PSEUDO_VIEWS * base) / (typeViews[main]! + LIFT_PSEUDO_VIEWS);
      sum += Math.log(share / base);
      k++;
    }
    out[l] = k === 0 ? 0 : sum / k;
  }
  return out;
}

/** log(count + backoff): the backoff is the main type's mean count (shrunk to the catalogue's) × exp(lift). */
function backedOffLog(ic: IndexedCatalog, counts: Float64Array, lift: Float64Array): Float64Array {
  const n = ic.listings.length;
  let total = 0;
  for (let l = 0; l < n; l++) total += counts[l]!;
  const out = new Float64Array(n);
  if (total === 0) return out;
  const mean = total / n;
  const typeTotal = new Float64Array(ic.typeCount);
  const typeCount = new Float64Array(ic.typeCount);
  for (let l = 0; l < n; l++) {
    const main = mainType(ic, l);
    if (main < 0) continue;
    typeTotal[main]! += counts[l]!;
    typeCount[main]!++;
  }
  for (let l = 0; l < n; l++) {
    const main = mainType(ic, l);
    const typeMean = main < 0 ? mean : (typeTotal[main]! + mean) / (typeCount[main]! + 1);
    out[l] = Math.log(counts[l]! + typeMean * Math.exp(lift[l]!));
  }
  return out;
}
