import { ImportError, readViewLog, type Catalog } from '../catalog';
import { type AnswerNoise, CooccurrenceModel, IndexedCatalog, type ModelArtifact } from '../engine';
import { CoViewAccumulator } from './co-view-accumulator';
import { fitListingSignals } from './fit-signals';
import { ListingSignalAccumulator, timestampSeconds } from './listing-signal-accumulator';
import { trainedArtifact } from './trained-artifact';

export interface TrainOptions {
  /** Additive smoothing α of every probability (DESIGN §2 item 1). */
  readonly smoothing: number;
  /** Skip rows whose listing or job type the catalogue does not know (counted in stats) instead of failing. */
  readonly skipUnknown: boolean;
  /** The deployment's answer noise, stored in the model (strategies assume it); unset: theirs. */
  readonly answerNoise?: AnswerNoise;
  /** Wall clock, handed in: ms for throughput, Date for the artifact. */
  readonly clock: { now(): number; date(): Date };
}

export const DEFAULT_TRAIN_OPTIONS: TrainOptions = {
  smoothing: 1,
  skipUnknown: false,
  clock: { now: () => performance.now(), date: () => new Date() },
};

/**
 * Streams a view log and builds the co-view model. A listing view counts as a view of each of its job types.
 * An id the catalogue does not know stops training with its file and line (or is skipped with skipUnknown).
 */
export async function trainFromViewLog(
  catalog: Pick<Catalog, 'jobTypes' | 'conditions' | 'listings'>,
  viewsPath: string,
  options: TrainOptions = DEFAULT_TRAIN_OPTIONS,
): Promise<{ model: CooccurrenceModel; artifact: ModelArtifact }> {
  const started = options.clock.now();
  const typeIndex = new Map(catalog.jobTypes.map((t, i) => [t.id, [i]]));
  const listingTypes = new Map(
    catalog.listings.map((l) => [l.id, l.jobTypeIds.map((id) => typeIndex.get(id)![0]!)]),
  );
  const listingIndex = new Map(catalog.listings.map((l, i) => [l.id, i]));
  const accumulator = new CoViewAccumulator(catalog.jobTypes.length);
  const signals = new ListingSignalAccumulator(catalog.listings.length);
  let rows = 0;
  let skippedRows = 0;
  for await (const record of readViewLog(viewsPath)) {
    rows++;
    const types =
      record.listingId !== undefined ? listingTypes.get(record.listingId) : typeIndex.get(record.jobTypeId!);
    if (types === undefined) {
      if (options.skipUnknown) {
        skippedRows++;
        continue;
      }
      const field = record.listingId !== undefined ? 'listing_id' : 'job_type_id';
      const id = record.listingId ?? record.jobTypeId;
      throw new ImportError(`unknown ${field === 'listing_id' ? 'listing' : 'job type'} id "${id}"`, {
        file: viewsPath,
        line: record.lineNumber,
        field,
      });
    }
    accumulator.add(record.userId, types);
    if (record.listingId !== undefined) {
      signals.add(record.userId, listingIndex.get(record.listingId)!, timestampSeconds(record.timestamp));
    }
  }
  const typeIds = catalog.jobTypes.map((t) => t.id);
  const coView = new CooccurrenceModel(typeIds, accumulator.counts(), options.smoothing);
  const fitted = fitListingSignals(new IndexedCatalog(catalog), coView, signals);
  const model = new CooccurrenceModel(typeIds, coView.counts, options.smoothing, {
    signals: fitted,
    answerNoise: options.answerNoise,
  });
  return { model, artifact: trainedArtifact(model, options.clock, started, { rows, skippedRows }) };
}
