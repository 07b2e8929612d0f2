export { CoViewAccumulator } from './co-view-accumulator';
export { DEFAULT_TRAIN_OPTIONS, trainFromViewLog, type TrainOptions } from './train-model';
export { readModelFile, writeModelFile } from './model-file';
