import type { JobType } from './types';
import {
  type At,
  IdRegistry,
  type Mutable,
  optionalString,
  recordObject,
  requiredString,
  stringArray,
} from './validate-fields';

/** Validates the elements of job-types.json; `lines[i]` is the line where element i starts. */
export function validateJobTypes(
  values: readonly unknown[],
  lines: readonly number[],
  file: string,
): JobType[] {
  const ids = new IdRegistry('job type');
  return values.map((value, i) => {
    const at: At = { file, line: lines[i] ?? 1 };
    const record = recordObject(value, at);
    const id = requiredString(record, 'id', at);
    ids.add(id, at);
    const jobType = { id, name: requiredString(record, 'name', at) } as Mutable<JobType>;
    const reading = optionalString(record, 'reading', at);
    if (reading !== undefined) jobType.reading = reading;
    const category = optionalString(record, 'category', at);
    if (category !== undefined) jobType.category = category;
    jobType.synonyms = Object.freeze(stringArray(record, 'synonyms', at, { required: false }));
    const nameEn = optionalString(record, 'nameEn', at);
    if (nameEn !== undefined) jobType.nameEn = nameEn;
    return Object.freeze(jobType);
  });
}
