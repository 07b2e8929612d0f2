import { join } from 'node:path';
import { loadCatalogDefinitions } from './load-catalog';
import { validateJobTypeGroups } from './validate-job-type-groups';

const ids = new Set(['cafe', 'cashier', 'moving']);

describe('validateJobTypeGroups', () => {
  it('reads a word for several job types, with its other forms', () => {
    expect(
      validateJobTypeGroups(
        [{ name: '接客', reading: 'せっきゃく', synonyms: ['接客業'], jobTypeIds: ['cafe', 'cashier'] }],
        [2],
        'job-type-groups.json',
        ids,
      ),
    ).toEqual([
      { name: '接客', reading: 'せっきゃく', synonyms: ['接客業'], jobTypeIds: ['cafe', 'cashier'] },
    ]);
  });

  it.each([
    [
      { name: '接客', jobTypeIds: ['cafe', 'nurse'] },
      /:4: field "jobTypeIds\[1\]": unknown job type id "nurse"/u,
    ],
    [{ name: '接客', jobTypeIds: [] }, /:4: field "jobTypeIds": must not be empty/u],
    [{ jobTypeIds: ['cafe'] }, /:4: field "name"/u],
    ['接客', /:4: expected a JSON object, got a string/u],
  ])('names the file, line and field of a bad record: %j', (record, message) => {
    expect(() => validateJobTypeGroups([record], [4], 'job-type-groups.json', ids)).toThrow(message);
  });

  it('rejects a name used twice', () => {
    const twice = [
      { name: '力仕事', jobTypeIds: ['moving'] },
      { name: '力仕事', jobTypeIds: ['cafe'] },
    ];
    expect(() => validateJobTypeGroups(twice, [1, 2], 'job-type-groups.json', ids)).toThrow(
      /:2: field "name": "力仕事" is named twice/u,
    );
  });

  it('loads the bundled groups with the catalogue', async () => {
    const definitions = await loadCatalogDefinitions(join(__dirname, '../../data/catalog'));
    expect(definitions.jobTypeGroups.map((g) => g.name)).toEqual([
      '接客',
      '力仕事',
      'ゲーム関係',
      '事務',
      '倉庫',
      '配達',
      '軽作業',
      '介護',
      'お酒を出すお店',
      'ホテルの仕事',
      'お弁当づくり',
      'お土産屋',
      'アウトレット',
    ]);
  });
});
