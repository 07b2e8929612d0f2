import { ImportError } from './import-error';
import type { ConditionGroup } from './types';

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * Validates condition-groups.json: `exclusive` groups (one yes settles the others: 未経験OK vs 経験者歓迎),
 * `implies` records (a yes to 単発 settles 短期) and `rulesOut` records (高校生 never sees 深夜). Every id must be a
 * condition of the catalogue.
 */
export function validateConditionGroups(
  values: readonly unknown[],
  lines: readonly number[],
  file: string,
  conditionIds: ReadonlySet<string>,
): ConditionGroup[] {
  return values.map((value, i) => {
    const line = lines[i];
    const fail = (field: string | undefined, reason: string): never => {
      throw new ImportError(reason, { file, line, ...(field === undefined ? {} : { field }) });
    };
    const ids = (field: string, v: unknown, min: number): string[] => {
      if (!Array.isArray(v) || v.length < min) fail(field, `must be a list of at least ${min} condition ids`);
      return (v as unknown[]).map((id, k) => {
        if (typeof id !== 'string' || !conditionIds.has(id))
          fail(`${field}[${k}]`, `unknown condition id "${String(id)}"`);
        return id as string;
      });
    };
    if (!isRecord(value)) return fail(undefined, 'must be an object');
    if (value.kind === 'exclusive')
      return { kind: 'exclusive', conditionIds: ids('conditionIds', value.conditionIds, 2) };
    if (value.kind === 'implies') {
      const [from] = ids('conditionId', [value.conditionId], 1);
      return { kind: 'implies', conditionId: from!, implied: ids('implied', value.implied, 1) };
    }
    if (value.kind === 'rulesOut') {
      const [from] = ids('conditionId', [value.conditionId], 1);
      return { kind: 'rulesOut', conditionId: from!, ruledOut: ids('ruledOut', value.ruledOut, 1) };
    }
    return fail('kind', 'must be "exclusive", "implies" or "rulesOut"');
  });
}
