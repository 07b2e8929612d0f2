export { CoViewAccumulator } from './co-view-accumulator';
export { DEFAULT_TRAIN_OPTIONS, trainFromViewLog } from './train-model';
export { trainFromCounts } from './train-from-counts';
export { catalogTypesCsv, writeCatalogTypesFile } from './catalog-types-file';
export { readModelFile, writeModelFile } from './model-file';
