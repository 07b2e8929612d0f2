import { CooccurrenceCounts } from './cooccurrence-counts';
import { CooccurrenceModel } from './cooccurrence-model';

/**
 * Re-indexes a model to the catalogue's job-type order. Types the model never saw get zero counts (smoothing
 * gives them a small prior); types the catalogue dropped are ignored. Returns how many of each there were.
 */
export function alignModel(
  model: CooccurrenceModel,
  catalogTypeIds: readonly string[],
): { model: CooccurrenceModel; unseenTypes: number; droppedTypes: number } {
  const from = new Map(model.typeIds.map((id, i) => [id, i]));
  const t = catalogTypeIds.length;
  const counts = new CooccurrenceCounts(t);
  counts.users = model.counts.users;
  const source = catalogTypeIds.map((id) => from.get(id));
  for (let i = 0; i < t; i++) {
    const si = source[i];
    if (si === undefined) continue;
    counts.typeUsers[i] = model.counts.typeUsers[si]!;
    for (let j = 0; j < t; j++) {
      const sj = source[j];
      if (sj !== undefined && sj !== si) counts.pairUsers[i * t + j] = model.counts.pair(si, sj);
    }
  }
  const unseenTypes = source.filter((s) => s === undefined).length;
  const known = new Set(catalogTypeIds);
  const droppedTypes = model.typeIds.filter((id) => !known.has(id)).length;
  const extras = { signals: model.signals, answerNoise: model.answerNoise };
  return {
    model: new CooccurrenceModel(catalogTypeIds, counts, model.smoothing, extras),
    unseenTypes,
    droppedTypes,
  };
}
