import { ImportError, loadCatalog, readTargets, type Catalog, type Listing } from '../catalog';
import { Engine } from '../engine';
import { readModelFile } from '../training';

/** A catalogue, its engine and the listings the simulated users want, as simulate and the benchmark need. */
export interface EvaluationInput {
  readonly catalog: Catalog;
  readonly engine: Engine;
}

export async function loadEngine(catalogDir: string, modelPath: string): Promise<EvaluationInput> {
  const [catalog, { model }] = await Promise.all([loadCatalog(catalogDir), readModelFile(modelPath)]);
  return { catalog, engine: new Engine(catalog, model) };
}

/** The target listings of a `user_id,listing_id` file; an unknown listing id names its line. */
export async function loadTargets(catalog: Catalog, path: string): Promise<Listing[]> {
  const byId = new Map(catalog.listings.map((l) => [l.id, l]));
  const rows = await readTargets(path);
  return rows.map((row) => {
    const listing = byId.get(row.listingId);
    if (!listing) {
      throw new ImportError(`unknown listing id "${row.listingId}"`, {
        file: path,
        line: row.lineNumber,
        field: 'listing_id',
      });
    }
    return listing;
  });
}
