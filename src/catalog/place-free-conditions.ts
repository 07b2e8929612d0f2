import type { Condition } from './types';

/** The conditions whose jobs are done from anywhere (Condition.worksFromAnywhere: 在宅OK). */
export function placeFreeConditions(conditions: readonly Condition[]): ReadonlySet<string> {
  return new Set(conditions.filter((c) => c.worksFromAnywhere === true).map((c) => c.id));
}
