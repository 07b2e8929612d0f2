import { fail, optionalString, recordObject, requiredString, stringArray, type At } from './validate-fields';
import type { JobTypeGroup } from './types';

/**
 * Validates job-type-groups.json: words for work across categories (接客, 力仕事), each with the job types it
 * stands for. Every id must be a job type of the catalogue, and a name is used once.
 */
export function validateJobTypeGroups(
  values: readonly unknown[],
  lines: readonly number[],
  file: string,
  jobTypeIds: ReadonlySet<string>,
): JobTypeGroup[] {
  const names = new Set<string>();
  return values.map((value, i) => {
    const at: At = { file, line: lines[i] ?? 0 };
    const record = recordObject(value, at);
    const name = requiredString(record, 'name', at);
    if (names.has(name)) fail(at, 'name', `"${name}" is named twice`);
    names.add(name);
    const members = stringArray(record, 'jobTypeIds', at, { required: true, nonEmpty: true });
    members.forEach((id, k) => {
      if (!jobTypeIds.has(id)) fail(at, `jobTypeIds[${k}]`, `unknown job type id "${id}"`);
    });
    const nameEn = optionalString(record, 'nameEn', at);
    const reading = optionalString(record, 'reading', at);
    return Object.freeze({
      name,
      ...(nameEn === undefined ? {} : { nameEn }),
      ...(reading === undefined ? {} : { reading }),
      synonyms: Object.freeze(stringArray(record, 'synonyms', at, { required: false })),
      jobTypeIds: Object.freeze(members),
    });
  });
}
