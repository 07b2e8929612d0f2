import {
  type At,
  IdRegistry,
  type JsonObject,
  type Mutable,
  optionalString,
  recordObject,
  requiredString,
  stringArray,
} from './validate-fields';

interface NamedRecord {
  readonly id: string;
  readonly name: string;
  readonly reading?: string;
  readonly synonyms: readonly string[];
}

/**
 * Validates the elements of a JSON array of named things (job types, conditions): id (unique), name, optional
 * reading and synonyms; `optional` lists the further optional string fields. `lines[i]` is where element i starts.
 */
export function validateNamedRecords<T extends NamedRecord>(
  values: readonly unknown[],
  lines: readonly number[],
  file: string,
  kind: string,
  optional: readonly Exclude<keyof T & string, keyof NamedRecord>[],
): T[] {
  const ids = new IdRegistry(kind);
  return values.map((value, i) => {
    const at: At = { file, line: lines[i] ?? 1 };
    const record: JsonObject = recordObject(value, at);
    const id = requiredString(record, 'id', at);
    ids.add(id, at);
    const result = { id, name: requiredString(record, 'name', at) } as Mutable<NamedRecord> &
      Record<string, unknown>;
    const reading = optionalString(record, 'reading', at);
    if (reading !== undefined) result.reading = reading;
    result.synonyms = Object.freeze(stringArray(record, 'synonyms', at, { required: false }));
    for (const key of optional) {
      const text = optionalString(record, key, at);
      if (text !== undefined) result[key] = text;
    }
    return Object.freeze(result) as unknown as T;
  });
}
