import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { jobType, listing } from '../engine/testing/tiny-catalog';
import { catalogTypesCsv, writeCatalogTypesFile } from './catalog-types-file';

const catalog = {
  jobTypes: ['cafe', 'izakaya', 'florist'].map((id) => jobType(id)),
  listings: [
    listing('L1', ['cafe'], []),
    listing('L3', ['cafe', 'izakaya'], []),
    listing('L,"4"', ['cafe'], []),
  ],
};

describe('catalogTypesCsv', () => {
  it('declares every job type, then lists each listing with each of its types, quoting where CSV must', () => {
    expect(catalogTypesCsv(catalog)).toBe(
      [
        'listing_id,job_type_id',
        ',cafe',
        ',izakaya',
        ',florist', // no listing carries it, yet a job_type_id view of it is known
        'L1,cafe',
        'L3,cafe',
        'L3,izakaya',
        '"L,""4""",cafe',
        '',
      ].join('\n'),
    );
  });

  it('writes the file whole, leaving no temporary file behind', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'soudan-catalog-types-'));
    try {
      const path = join(dir, 'catalog-types.csv');
      await writeCatalogTypesFile(catalog, path);
      expect(await readFile(path, 'utf8')).toBe(catalogTypesCsv(catalog));
      expect(await readdir(dir)).toEqual(['catalog-types.csv']);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
