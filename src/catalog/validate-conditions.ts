import type { Condition } from './types';
import { validateNamedRecords } from './validate-named-records';

/** Validates the elements of conditions.json; `lines[i]` is the line where element i starts. */
export function validateConditions(
  values: readonly unknown[],
  lines: readonly number[],
  file: string,
): Condition[] {
  return validateNamedRecords<Condition>(values, lines, file, 'condition', ['question', 'nameEn']);
}
