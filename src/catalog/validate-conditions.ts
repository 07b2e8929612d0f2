import { ImportError } from './import-error';
import type { Condition } from './types';
import { type At, recordObject, stringArray } from './validate-fields';
import { validateNamedRecords } from './validate-named-records';

/** Validates the elements of conditions.json; `lines[i]` is the line where element i starts. */
export function validateConditions(
  values: readonly unknown[],
  lines: readonly number[],
  file: string,
): Condition[] {
  const conditions = validateNamedRecords<Condition>(values, lines, file, 'condition', [
    'question',
    'nameEn',
    'refusedMeans',
  ]);
  const ids = new Set(conditions.map((c) => c.id));
  return conditions.map((condition, i) => {
    const at: At = { file, line: lines[i] ?? 1 };
    if (condition.refusedMeans !== undefined && !ids.has(condition.refusedMeans)) {
      throw new ImportError(`refusedMeans names an unknown condition "${condition.refusedMeans}"`, {
        ...at,
        field: 'refusedMeans',
      });
    }
    const opposites = stringArray(recordObject(values[i], at), 'opposites', at, { required: false });
    return opposites.length === 0
      ? condition
      : Object.freeze({ ...condition, opposites: Object.freeze(opposites) });
  });
}
