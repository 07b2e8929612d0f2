import type { Condition } from './types';
import {
  type At,
  IdRegistry,
  type Mutable,
  optionalString,
  recordObject,
  requiredString,
  stringArray,
} from './validate-fields';

/** Validates the elements of conditions.json; `lines[i]` is the line where element i starts. */
export function validateConditions(
  values: readonly unknown[],
  lines: readonly number[],
  file: string,
): Condition[] {
  const ids = new IdRegistry('condition');
  return values.map((value, i) => {
    const at: At = { file, line: lines[i] ?? 1 };
    const record = recordObject(value, at);
    const id = requiredString(record, 'id', at);
    ids.add(id, at);
    const condition = { id, name: requiredString(record, 'name', at) } as Mutable<Condition>;
    const reading = optionalString(record, 'reading', at);
    if (reading !== undefined) condition.reading = reading;
    condition.synonyms = Object.freeze(stringArray(record, 'synonyms', at, { required: false }));
    const question = optionalString(record, 'question', at);
    if (question !== undefined) condition.question = question;
    return Object.freeze(condition);
  });
}
