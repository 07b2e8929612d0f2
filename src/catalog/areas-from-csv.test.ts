import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { areasFromCsv } from './areas-from-csv';
import { ImportError } from './import-error';
import type { Prefecture } from './types';

// The CC0 source CSVs are kept in the repository so areas.json can always be rebuilt and checked.
const SOURCE_DIR = join(__dirname, '..', '..', 'data', 'areas-source');
const AREAS_JSON = join(__dirname, '..', '..', 'data', 'catalog', 'areas.json');
const KANA = /^[\u3041-\u309f\u30a0-\u30ff ]+$/u;

const PREFECTURES_CSV = [
  'pid,pref,prefkana,prefshort,prefshortkana,pref_en,lat,lng',
  '13,東京都,とうきょうと,東京,とうきょう,Tokyo,35.68,139.69',
  '1,北海道,ほっかいどう,北海道,ほっかいどう,Hokkaido,43.06,141.34',
].join('\n');
const MUNICIPALITIES_CSV = [
  '\uFEFFpid,pref,cid,city,citykana,lat,lng,phrase',
  '1,北海道,1100,札幌市,さっぽろし,43.06,141.35,"""げんき""と、やすらぎ"',
  '1,北海道,1101,札幌市 中央区,さっぽろし ちゅうおうく,43.05,141.34,',
  '13,東京都,13101,千代田区,ちよだく,35.69,139.75,まち',
  '',
].join('\r\n');

function conversionError(prefectures: string, municipalities: string): ImportError {
  try {
    areasFromCsv(prefectures, municipalities);
  } catch (error) {
    if (error instanceof ImportError) return error;
    throw error;
  }
  throw new Error('expected an ImportError');
}

describe('areasFromCsv', () => {
  it('orders prefectures by pid and keeps wards under their full name', () => {
    expect(areasFromCsv(PREFECTURES_CSV, MUNICIPALITIES_CSV)).toEqual([
      {
        name: '北海道',
        reading: 'ほっかいどう',
        shortName: '北海道',
        shortReading: 'ほっかいどう',
        nameEn: 'Hokkaido',
        lat: 43.06,
        lng: 141.34,
        municipalities: [
          { name: '札幌市', reading: 'さっぽろし', lat: 43.06, lng: 141.35 },
          { name: '札幌市 中央区', reading: 'さっぽろし ちゅうおうく', lat: 43.05, lng: 141.34 },
        ],
      },
      {
        name: '東京都',
        reading: 'とうきょうと',
        shortName: '東京',
        shortReading: 'とうきょう',
        nameEn: 'Tokyo',
        lat: 35.68,
        lng: 139.69,
        municipalities: [{ name: '千代田区', reading: 'ちよだく', lat: 35.69, lng: 139.75 }],
      },
    ]);
  });

  it('names the file, line and column of bad data', () => {
    let error = conversionError(PREFECTURES_CSV, MUNICIPALITIES_CSV.replace('ちよだく', 'chiyoda'));
    expect([error.file, error.line, error.field]).toEqual(['municipalities-jp.csv', 4, 'citykana']);
    error = conversionError(
      PREFECTURES_CSV,
      MUNICIPALITIES_CSV.replace('13,東京都,13101', '14,東京都,13101'),
    );
    expect([error.file, error.line, error.field]).toEqual(['municipalities-jp.csv', 4, 'pid']);
    error = conversionError(PREFECTURES_CSV.replace('35.68', 'north'), MUNICIPALITIES_CSV);
    expect([error.file, error.line, error.field]).toEqual(['prefectures-jp.csv', 2, 'lat']);
    error = conversionError(PREFECTURES_CSV.replace(',Tokyo', ''), MUNICIPALITIES_CSV);
    expect([error.file, error.line]).toEqual(['prefectures-jp.csv', 2]);
  });
});

describe('areasFromCsv on the localgovjp data', () => {
  const read = (name: string): string => readFileSync(join(SOURCE_DIR, name), 'utf8');
  const municipalitiesCsv = read('municipalities-jp.csv');
  const prefectures = areasFromCsv(read('prefectures-jp.csv'), municipalitiesCsv);

  it('has the 47 prefectures with every municipality of the CSV', () => {
    expect(prefectures).toHaveLength(47);
    expect(prefectures[0]?.name).toBe('北海道');
    expect(prefectures[46]?.name).toBe('沖縄県');
    const rows = municipalitiesCsv.split('\n').filter((line) => line.trim() !== '').length - 1;
    expect(prefectures.reduce((sum, p) => sum + p.municipalities.length, 0)).toBe(rows);
  });

  it('has kana readings, and 千代田区 in 東京都', () => {
    const tokyo = prefectures.find((p) => p.name === '東京都');
    expect(tokyo?.shortName).toBe('東京');
    expect(tokyo?.municipalities).toContainEqual(
      expect.objectContaining({ name: '千代田区', reading: 'ちよだく' }),
    );
    const sapporo = prefectures[0]?.municipalities.find((m) => m.name === '札幌市 中央区');
    expect(sapporo?.reading).toBe('さっぽろし ちゅうおうく');
    for (const prefecture of prefectures) {
      expect(prefecture.reading).toMatch(KANA);
      expect(prefecture.shortReading).toMatch(KANA);
      for (const municipality of prefecture.municipalities) expect(municipality.reading).toMatch(KANA);
    }
  });

  it('matches the committed data/catalog/areas.json', () => {
    const committed = JSON.parse(readFileSync(AREAS_JSON, 'utf8')) as Prefecture[];
    expect(committed).toEqual(prefectures);
  });
});
