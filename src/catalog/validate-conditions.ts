import { ImportError } from './import-error';
import type { Condition } from './types';
import { type At, fail, recordObject, stringArray } from './validate-fields';
import { validateNamedRecords } from './validate-named-records';

/** Validates the elements of conditions.json; `lines[i]` is the line where element i starts. */
export function validateConditions(
  values: readonly unknown[],
  lines: readonly number[],
  file: string,
): Condition[] {
  const conditions = validateNamedRecords<Condition>(values, lines, file, 'condition', [
    'question',
    'questionEn',
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
    const record = recordObject(values[i], at);
    const opposites = stringArray(record, 'opposites', at, { required: false });
    const ageFrom = record['ageFrom'];
    if (
      ageFrom !== undefined &&
      (typeof ageFrom !== 'number' || !Number.isInteger(ageFrom) || ageFrom < 15 || ageFrom > 99)
    ) {
      fail(at, 'ageFrom', 'must be a whole number of years between 15 and 99');
    }
    const describesWorker = record['describesWorker'];
    if (describesWorker !== undefined && typeof describesWorker !== 'boolean') {
      fail(at, 'describesWorker', 'must be true or false');
    }
    const welcomeOnly = record['welcomeOnly'];
    if (welcomeOnly !== undefined && typeof welcomeOnly !== 'boolean') {
      fail(at, 'welcomeOnly', 'must be true or false');
    }
    const worksFromAnywhere = record['worksFromAnywhere'];
    if (worksFromAnywhere !== undefined && typeof worksFromAnywhere !== 'boolean') {
      fail(at, 'worksFromAnywhere', 'must be true or false');
    }
    return Object.freeze({
      ...condition,
      ...(opposites.length === 0 ? {} : { opposites: Object.freeze(opposites) }),
      ...(typeof ageFrom === 'number' ? { ageFrom } : {}),
      ...(describesWorker === true ? { describesWorker: true as const } : {}),
      ...(welcomeOnly === true ? { welcomeOnly: true as const } : {}),
      ...(worksFromAnywhere === true ? { worksFromAnywhere: true as const } : {}),
    });
  });
}
