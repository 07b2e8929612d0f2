export { CoViewAccumulator } from './co-view-accumulator';
export { DEFAULT_TRAIN_OPTIONS, trainFromViewLog, type TrainOptions } from './train-model';
export { readCoViewCounts } from './co-view-counts-file';
export { trainFromCounts } from './train-from-counts';
export { CATALOG_TYPES_HEADER, catalogTypesCsv, writeCatalogTypesFile } from './catalog-types-file';
export { readModelFile, writeModelFile } from './model-file';
