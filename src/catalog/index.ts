export type {
  Catalog,
  Condition,
  ConditionGroup,
  JobType,
  Listing,
  ListingArea,
  Municipality,
  Place,
  Prefecture,
  Wage,
  WageUnit,
} from './types';
export { ImportError } from './import-error';
export type { ImportErrorLocation } from './import-error';
export { loadCatalog, loadCatalogDefinitions, CATALOG_FILES } from './load-catalog';
export type { CatalogDefinitions, LoadCatalogOptions } from './load-catalog';
export { readViewLog, formatOfExtension } from './view-log';
export type { ViewRecord, LogFormat, ReadViewLogOptions } from './view-log';
export { readTargets } from './targets';
export type { TargetRecord } from './targets';
export { areasFromCsv } from './areas-from-csv';
export type { AreaCsvNames } from './areas-from-csv';
export { parseCsvLine, CsvLineError } from './csv-line';
export { csvValue, readCsvHeader, readCsvRow } from './csv-table';
export type { CsvColumns, CsvHeader } from './csv-table';
