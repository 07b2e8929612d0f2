import type { JobType } from './types';
import { type At, fail, isObject, stringArray } from './validate-fields';
import { validateNamedRecords } from './validate-named-records';

/** Validates the elements of job-types.json; `lines[i]` is the line where element i starts. */
export function validateJobTypes(
  values: readonly unknown[],
  lines: readonly number[],
  file: string,
): JobType[] {
  const types = validateNamedRecords<JobType>(values, lines, file, 'job type', ['category', 'nameEn']);
  const ids = new Set(types.map((t) => t.id));
  return types.map((type, i) => {
    const record = values[i];
    if (!isObject(record) || record.includes === undefined) return type;
    const at: At = { file, line: lines[i] ?? 1 };
    const includes = stringArray(record, 'includes', at, { required: false });
    includes.forEach((id, k) => {
      if (!ids.has(id)) fail(at, `includes[${k}]`, `unknown job type id "${id}"`);
      if (id === type.id) fail(at, `includes[${k}]`, 'a job type cannot include itself');
    });
    return Object.freeze({ ...type, includes: Object.freeze(includes) });
  });
}
