import { fail, optionalString, recordObject, requiredString, type At } from './validate-fields';
import type { Place, Prefecture } from './types';

const KANA_READING = /^[\u3041-\u3096\u30fc]+$/u;

/**
 * Validates places.json: stations and districts (新宿, 梅田), each naming the catalogue municipality it lies in,
 * so that the place must exist in areas.json; the reading, when given, is hiragana.
 */
export function validatePlaces(
  values: readonly unknown[],
  lines: readonly number[],
  file: string,
  prefectures: readonly Prefecture[],
): Place[] {
  const municipalities = new Map(
    prefectures.map((p) => [p.name, new Set(p.municipalities.map((m) => m.name))]),
  );
  return values.map((value, i) => {
    const at: At = { file, line: lines[i] ?? 0 };
    const record = recordObject(value, at);
    const name = requiredString(record, 'name', at);
    const reading = optionalString(record, 'reading', at);
    if (reading !== undefined && !KANA_READING.test(reading)) fail(at, 'reading', 'must be hiragana');
    const prefecture = requiredString(record, 'prefecture', at);
    const municipality = requiredString(record, 'municipality', at);
    const known = municipalities.get(prefecture);
    if (known === undefined) fail(at, 'prefecture', `unknown prefecture "${prefecture}"`);
    if (!known.has(municipality))
      fail(at, 'municipality', `unknown municipality "${municipality}" in ${prefecture}`);
    return { name, ...(reading === undefined ? {} : { reading }), prefecture, municipality };
  });
}
