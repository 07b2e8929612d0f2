import { type CooccurrenceModel, modelToArtifact, type ModelArtifact } from '../engine';
import type { TrainOptions } from './train-model';

/** The artifact of a model trained from `rows` input rows, stamped with the handed-in clock. */
export function trainedArtifact(
  model: CooccurrenceModel,
  clock: TrainOptions['clock'],
  started: number,
  input: { rows: number; skippedRows: number },
): ModelArtifact {
  const seconds = (clock.now() - started) / 1000;
  return modelToArtifact(model, {
    createdAt: clock.date().toISOString(),
    stats: {
      rows: input.rows,
      users: model.counts.users,
      skippedRows: input.skippedRows,
      seconds,
      rowsPerSecond: seconds > 0 ? input.rows / seconds : 0,
    },
  });
}
