import { parseArgs } from 'node:util';
import { loadCatalog } from '../catalog';
import { writeCatalogTypesFile } from '../training';
import { requireOption } from './options';

export const EXPORT_CATALOG_TYPES_USAGE = 'soudan export-catalog-types --catalog DIR --out catalog-types.csv';

/** Writes the listing -> job type table that infra/bigquery/co-views.sql joins the view log with. */
export async function exportCatalogTypesCommand(
  args: string[],
  out: (line: string) => void,
): Promise<number> {
  const { values } = parseArgs({ args, options: { catalog: { type: 'string' }, out: { type: 'string' } } });
  const catalogDir = requireOption(values, 'catalog');
  const path = requireOption(values, 'out');
  const catalog = await loadCatalog(catalogDir);
  await writeCatalogTypesFile(catalog, path);
  const rows = catalog.jobTypes.length + catalog.listings.reduce((n, l) => n + l.jobTypeIds.length, 0);
  out(`catalogue types written to ${path}: ${rows} rows (${catalog.jobTypes.length} job types)`);
  return 0;
}
