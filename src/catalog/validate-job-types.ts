import type { JobType } from './types';
import { validateNamedRecords } from './validate-named-records';

/** Validates the elements of job-types.json; `lines[i]` is the line where element i starts. */
export function validateJobTypes(
  values: readonly unknown[],
  lines: readonly number[],
  file: string,
): JobType[] {
  return validateNamedRecords<JobType>(values, lines, file, 'job type', ['category', 'nameEn']);
}
