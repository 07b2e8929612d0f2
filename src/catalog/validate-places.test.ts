import { join } from 'node:path';
import { loadCatalogDefinitions } from './load-catalog';
import type { Prefecture } from './types';
import { validatePlaces } from './validate-places';

const prefectures: Prefecture[] = [
  {
    name: '大阪府',
    reading: 'おおさかふ',
    shortName: '大阪',
    shortReading: 'おおさか',
    nameEn: 'Osaka',
    lat: 0,
    lng: 0,
    municipalities: [{ name: '大阪市 北区', reading: 'おおさかし きたく', lat: 0, lng: 0 }],
  },
];

describe('validatePlaces', () => {
  it('reads stations and districts with the municipality they lie in', () => {
    const umeda = { name: '梅田', reading: 'うめだ', prefecture: '大阪府', municipality: '大阪市 北区' };
    expect(validatePlaces([umeda, { ...umeda, reading: null }], [2, 3], 'places.json', prefectures)).toEqual([
      umeda,
      { name: '梅田', prefecture: '大阪府', municipality: '大阪市 北区' },
    ]);
  });

  it.each([
    [{ reading: 'うめだ', prefecture: '大阪府', municipality: '大阪市 北区' }, /:4: field "name": required/u],
    [
      { name: '梅田', reading: 'ウメダ', prefecture: '大阪府', municipality: '大阪市 北区' },
      /"reading": must be hiragana/u,
    ],
    [
      { name: '梅田', prefecture: '大坂府', municipality: '大阪市 北区' },
      /"prefecture": unknown prefecture "大坂府"/u,
    ],
    [
      { name: '梅田', prefecture: '大阪府', municipality: '北区' },
      /"municipality": unknown municipality "北区"/u,
    ],
    ['梅田', /:4: expected a JSON object/u],
  ])('names the file, line and field of a bad record: %j', (record, message) => {
    expect(() => validatePlaces([record], [4], 'places.json', prefectures)).toThrow(message);
  });

  it('loads the bundled stations and districts with the bundled areas', async () => {
    const definitions = await loadCatalogDefinitions(join(__dirname, '../../data/catalog'));
    expect(definitions.places.length).toBeGreaterThanOrEqual(300);
    expect(definitions.places).toContainEqual({
      name: '梅田',
      reading: 'うめだ',
      prefecture: '大阪府',
      municipality: '大阪市 北区',
    });
  });
});
