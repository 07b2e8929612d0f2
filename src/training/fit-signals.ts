import {
  type CooccurrenceModel,
  type IndexedCatalog,
  type ListingSignals,
  PRIOR_FEATURES,
  priorFeatures,
} from '../engine';
import { fitPriorWeights } from './fit-prior-weights';
import { HALF_LIVES, type ListingSignalAccumulator } from './listing-signal-accumulator';

/**
 * Chooses the half-life and the prior's weights on the held-out users (their settled listing under features
 * built from everyone else's views), then stores the counts of everyone with that half-life. Returns
 * undefined when the log holds no listing views or no held-out user (the model then keeps the seed's prior).
 */
export function fitListingSignals(
  ic: IndexedCatalog,
  model: CooccurrenceModel,
  accumulator: ListingSignalAccumulator,
): ListingSignals | undefined {
  const typePrior = (t: number) => model.prior(t);
  let best: { i: number; weights: ListingSignals['weights']; logLikelihood: number } | undefined;
  let typeShareLogLikelihood = 0;
  let heldOutUsers = 0;
  for (const i of accumulator.usableHalfLives()) {
    const { counts, heldOut } = accumulator.settledCounts(i, false);
    if (heldOut.length === 0) return undefined;
    heldOutUsers = heldOut.length;
    const features = priorFeatures(ic, typePrior, accumulator.viewCounts(i, false), counts);
    const fit = fitPriorWeights(features, heldOut);
    if (best === undefined || fit.logLikelihood > best.logLikelihood) best = { i, ...fit };
    typeShareLogLikelihood = fitPriorWeights(
      features,
      heldOut,
      PRIOR_FEATURES.map((name) => name === 'typeShare'),
    ).logLikelihood;
  }
  if (best === undefined) return undefined;
  const views = accumulator.viewCounts(best.i, true);
  const { counts: settled } = accumulator.settledCounts(best.i, true);
  const listingIds: string[] = [];
  const viewList: number[] = [];
  const settledList: number[] = [];
  for (let l = 0; l < ic.listings.length; l++) {
    if (views[l]! === 0 && settled[l]! === 0) continue;
    listingIds.push(ic.listings[l]!.id);
    viewList.push(round(views[l]!));
    settledList.push(round(settled[l]!));
  }
  if (listingIds.length === 0) return undefined;
  const halfLife = HALF_LIVES[best.i]!;
  return {
    halfLifeDays: halfLife === Infinity ? null : halfLife,
    listingIds,
    views: viewList,
    settled: settledList,
    weights: best.weights,
    fit: {
      heldOutUsers,
      logLikelihood: round(best.logLikelihood),
      typeShareLogLikelihood: round(typeShareLogLikelihood),
    },
  };
}

function round(x: number): number {
  return Math.round(x * 1e4) / 1e4;
}
