import { rename, rm, writeFile } from 'node:fs/promises';
import type { Catalog } from '../catalog';

const CATALOG_TYPES_HEADER = 'listing_id,job_type_id';

/**
 * The catalogue as infra/bigquery/co-views.sql needs it, CSV `listing_id,job_type_id`: first one row per job
 * type with an empty listing_id (so a type no listing carries is still known to `job_type_id` views), then
 * one row per listing and each of its job types.
 */
export function catalogTypesCsv(catalog: Pick<Catalog, 'jobTypes' | 'listings'>): string {
  const lines = [CATALOG_TYPES_HEADER];
  for (const type of catalog.jobTypes) lines.push(`,${csvField(type.id)}`);
  for (const listing of catalog.listings) {
    const id = csvField(listing.id);
    for (const typeId of listing.jobTypeIds) lines.push(`${id},${csvField(typeId)}`);
  }
  return lines.join('\n') + '\n';
}

/** Writes catalogTypesCsv beside `path` first, then renames: a loader never sees half a table. */
export async function writeCatalogTypesFile(
  catalog: Pick<Catalog, 'jobTypes' | 'listings'>,
  path: string,
): Promise<void> {
  const temporary = `${path}.${process.pid}.tmp`;
  try {
    await writeFile(temporary, catalogTypesCsv(catalog));
    await rename(temporary, path);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
}

function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}
