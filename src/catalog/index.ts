export type {
  Catalog,
  Condition,
  ConditionGroup,
  JobType,
  JobTypeGroup,
  Listing,
  Municipality,
  Place,
  Prefecture,
} from './types';
export { ImportError } from './import-error';
export { loadCatalog, loadCatalogDefinitions } from './load-catalog';
export type { CatalogDefinitions } from './load-catalog';
export { readViewLog } from './view-log';
export { readTargets } from './targets';
export { parseCsvLine } from './csv-line';
export { csvValue, readCsvHeader, readCsvRow } from './csv-table';
export type { CsvHeader } from './csv-table';
