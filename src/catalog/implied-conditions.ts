import type { ConditionGroup } from './types';

/** For each condition, every condition it implies, followed transitively (深夜 ⇒ 夜). */
export type Implications = ReadonlyMap<string, readonly string[]>;

export const NO_IMPLICATIONS: Implications = new Map();

/**
 * The catalogue's `implies` groups as a lookup. They are facts about the jobs — a 深夜 job is a night job, a
 * 日払い job pays at least weekly — so matching, the cards and the persona checker all read a listing's
 * conditions through them; a listing is not re-tagged, so what it lists stays what the operator wrote.
 */
export function implicationsOf(groups: readonly ConditionGroup[] | undefined): Implications {
  if (groups === undefined) return NO_IMPLICATIONS;
  const known = cache.get(groups);
  if (known !== undefined) return known;
  const direct = new Map<string, string[]>();
  for (const group of groups) {
    if (group.kind !== 'implies') continue;
    direct.set(group.conditionId, [...(direct.get(group.conditionId) ?? []), ...group.implied]);
  }
  const closed = new Map<string, readonly string[]>();
  for (const id of direct.keys()) {
    const seen = new Set<string>();
    const stack = [...(direct.get(id) ?? [])];
    while (stack.length > 0) {
      const next = stack.pop()!;
      if (next === id || seen.has(next)) continue;
      seen.add(next);
      stack.push(...(direct.get(next) ?? []));
    }
    closed.set(id, [...seen]);
  }
  cache.set(groups, closed);
  return closed;
}

/** A catalogue's groups are loaded once; each turn reads them again. */
const cache = new WeakMap<readonly ConditionGroup[], Implications>();

/** A listing's conditions with what they imply. */
export function withImplied(
  conditionIds: readonly string[],
  implications: Implications,
): ReadonlySet<string> {
  const all = new Set(conditionIds);
  if (implications.size === 0) return all;
  for (const id of conditionIds) for (const implied of implications.get(id) ?? []) all.add(implied);
  return all;
}
