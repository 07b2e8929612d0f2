import type { Municipality, Prefecture } from './types';
import {
  type At,
  fail,
  isObject,
  type JsonObject,
  recordObject,
  requiredNumber,
  requiredString,
  typeName,
} from './validate-fields';

/** Validates the elements of areas.json (`Prefecture[]`); `lines[i]` is the line where element i starts. */
export function validateAreas(
  values: readonly unknown[],
  lines: readonly number[],
  file: string,
): Prefecture[] {
  const firstLine = new Map<string, number>();
  return values.map((value, i) => {
    const at: At = { file, line: lines[i] ?? 1 };
    const record = recordObject(value, at);
    const name = requiredString(record, 'name', at);
    const first = firstLine.get(name);
    if (first !== undefined)
      fail(at, 'name', `duplicate prefecture ${JSON.stringify(name)} (first on line ${first})`);
    firstLine.set(name, at.line);
    return Object.freeze({
      name,
      reading: requiredString(record, 'reading', at),
      shortName: requiredString(record, 'shortName', at),
      shortReading: requiredString(record, 'shortReading', at),
      nameEn: requiredString(record, 'nameEn', at),
      lat: requiredNumber(record, 'lat', at),
      lng: requiredNumber(record, 'lng', at),
      municipalities: validateMunicipalities(record, at),
    });
  });
}

function validateMunicipalities(record: JsonObject, at: At): readonly Municipality[] {
  const list = record['municipalities'];
  if (list === undefined || list === null) fail(at, 'municipalities', 'required field is missing');
  if (!Array.isArray(list)) fail(at, 'municipalities', `must be an array, got ${typeName(list)}`);
  const seen = new Set<string>();
  const municipalities = list.map((item: unknown, i): Municipality => {
    const prefix = `municipalities[${i}].`;
    if (!isObject(item)) fail(at, `municipalities[${i}]`, `must be an object, got ${typeName(item)}`);
    const name = requiredString(item, 'name', at, prefix);
    if (seen.has(name)) fail(at, `${prefix}name`, `duplicate municipality ${JSON.stringify(name)}`);
    seen.add(name);
    return Object.freeze({
      name,
      reading: requiredString(item, 'reading', at, prefix),
      lat: requiredNumber(item, 'lat', at, prefix),
      lng: requiredNumber(item, 'lng', at, prefix),
    });
  });
  return Object.freeze(municipalities);
}
