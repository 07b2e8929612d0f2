import { ImportError } from './import-error';

/** Where the record being checked lives. */
export interface At {
  readonly file: string;
  readonly line: number;
}

export type JsonObject = Record<string, unknown>;

export function fail(at: At, field: string | undefined, reason: string): never {
  throw new ImportError(reason, { file: at.file, line: at.line, field });
}

export function typeName(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'object') return 'an object';
  return `a ${typeof value}`;
}

export function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The record itself must be a JSON object. */
export function recordObject(value: unknown, at: At): JsonObject {
  if (!isObject(value)) fail(at, undefined, `expected a JSON object, got ${typeName(value)}`);
  return value;
}

/** Checks a value already known to be present: a non-empty string without surrounding spaces. */
function checkString(value: unknown, at: At, field: string): string {
  if (typeof value !== 'string') fail(at, field, `must be a string, got ${typeName(value)}`);
  const trimmed = value.trim();
  if (trimmed.length === 0) fail(at, field, 'must not be empty');
  if (trimmed.length !== value.length) fail(at, field, 'must not start or end with spaces');
  return value;
}

// A `null` optional field counts as absent: exporters often write null for "no value".

export function requiredString(record: JsonObject, key: string, at: At, prefix = ''): string {
  const value = record[key];
  if (value === undefined || value === null) fail(at, prefix + key, 'required field is missing');
  return checkString(value, at, prefix + key);
}

export function optionalString(record: JsonObject, key: string, at: At, prefix = ''): string | undefined {
  const value = record[key];
  if (value === undefined || value === null) return undefined;
  return checkString(value, at, prefix + key);
}

export function requiredNumber(record: JsonObject, key: string, at: At, prefix = ''): number {
  const value = record[key];
  if (value === undefined || value === null) fail(at, prefix + key, 'required field is missing');
  if (typeof value !== 'number') fail(at, prefix + key, `must be a number, got ${typeName(value)}`);
  if (!Number.isFinite(value)) fail(at, prefix + key, 'must be a finite number');
  return value;
}

/** An array of strings, each checked like a string field; duplicates are rejected. */
export function stringArray(
  record: JsonObject,
  key: string,
  at: At,
  options: { required: boolean; nonEmpty?: boolean },
): string[] {
  const value = record[key];
  if (value === undefined || value === null) {
    if (options.required) fail(at, key, 'required field is missing');
    return [];
  }
  if (!Array.isArray(value)) fail(at, key, `must be an array of strings, got ${typeName(value)}`);
  if (options.nonEmpty === true && value.length === 0) fail(at, key, 'must not be empty');
  const items: string[] = [];
  for (let i = 0; i < value.length; i += 1) {
    const item = checkString(value[i], at, `${key}[${i}]`);
    if (items.includes(item)) fail(at, `${key}[${i}]`, `duplicate value ${JSON.stringify(item)}`);
    items.push(item);
  }
  return items;
}

/** An optional nested object; `null` counts as absent. */
export function optionalObject(record: JsonObject, key: string, at: At): JsonObject | undefined {
  const value = record[key];
  if (value === undefined || value === null) return undefined;
  if (!isObject(value)) fail(at, key, `must be an object, got ${typeName(value)}`);
  return value;
}

/** Remembers the ids of one file and rejects a second record with the same id. */
export class IdRegistry {
  private readonly firstLine = new Map<string, number>();

  constructor(private readonly what: string) {}

  add(id: string, at: At): void {
    const first = this.firstLine.get(id);
    if (first !== undefined) {
      fail(at, 'id', `duplicate ${this.what} id ${JSON.stringify(id)} (first on line ${first})`);
    }
    this.firstLine.set(id, at.line);
  }

  has(id: string): boolean {
    return this.firstLine.has(id);
  }
}

/** Records are built field by field (in the order of their type) and frozen once complete. */
export type Mutable<T> = { -readonly [K in keyof T]: T[K] };
