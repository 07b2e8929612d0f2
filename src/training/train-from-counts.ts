import type { Catalog } from '../catalog';
import { CooccurrenceModel, type ModelArtifact } from '../engine';
import { readCoViewCounts } from './co-view-counts-file';
import { DEFAULT_TRAIN_OPTIONS, type TrainOptions } from './train-model';
import { trainedArtifact } from './trained-artifact';

/**
 * Builds the co-view model from counts made elsewhere (infra/bigquery/co-views.sql): the same model and
 * artifact as trainFromViewLog on the log those counts came from. Unknown ids were dealt with when the counts
 * were made, so there is nothing to skip here; stats.rows counts the rows of the counts file.
 */
export async function trainFromCounts(
  catalog: Pick<Catalog, 'jobTypes'>,
  countsPath: string,
  options: Pick<TrainOptions, 'smoothing' | 'clock'> = DEFAULT_TRAIN_OPTIONS,
): Promise<{ model: CooccurrenceModel; artifact: ModelArtifact }> {
  const started = options.clock.now();
  const typeIds = catalog.jobTypes.map((t) => t.id);
  const { counts, rows } = await readCoViewCounts(countsPath, typeIds);
  const model = new CooccurrenceModel(typeIds, counts, options.smoothing);
  return { model, artifact: trainedArtifact(model, options.clock, started, { rows, skippedRows: 0 }) };
}
