import type { Cell, CoViewsQuery, CountRow } from './bigquery-tables';

/** The column values the query's first two CTEs produce: NULLIF(TRIM(x), ''). */
const clean = (value: Cell): Cell => (value === null || value.trim() === '' ? null : value.trim());

/** A LEFT JOIN keeps a row that matched nothing, with NULL for the other side. */
const orNull = <T>(matches: T[]): (T | null)[] => (matches.length > 0 ? matches : [null]);

/**
 * infra/bigquery/co-views.sql restated step by step over arrays, one block per CTE, for the equivalence test
 * to run where no SQL engine is installed. Strings compare with `<` here, by UTF-16 unit, where BigQuery
 * compares code points; the two differ only past U+FFFF, and the counts reader takes either order anyway.
 */
export const restatedCoViews: CoViewsQuery = ({ views: viewRows, catalog: catalogRows, skipUnknown }) => {
  const views = viewRows.map((r) => ({
    user_id: clean(r.user_id),
    listing_id: clean(r.listing_id),
    job_type_id: clean(r.job_type_id),
  }));
  const catalog = catalogRows.map((r) => ({
    listing_id: clean(r.listing_id),
    job_type_id: clean(r.job_type_id),
  }));
  const knownTypes = [...new Set(catalog.flatMap((r) => (r.job_type_id === null ? [] : [r.job_type_id])))];

  const resolved = views.flatMap((v) => {
    const byListing = catalog.filter((l) => l.listing_id !== null && l.listing_id === v.listing_id);
    const byType = knownTypes.filter((t) => v.listing_id === null && t === v.job_type_id);
    return orNull(byListing).flatMap((l) =>
      orNull(byType).map((t) => ({ ...v, type_id: l?.job_type_id ?? t ?? null })),
    );
  });

  const incompleteViews = views.filter(
    (r) => r.user_id === null || (r.listing_id === null && r.job_type_id === null),
  ).length;
  const unknown = resolved.filter(
    (r) => r.type_id === null && (r.listing_id !== null || r.job_type_id !== null),
  );
  const unknownExample = unknown
    .map((r) => (r.listing_id !== null ? `listing ${r.listing_id}` : `job type ${r.job_type_id}`))
    .sort()[0];

  const userTypes = new Map<string, { user_id: string; job_type_id: string }>();
  for (const r of resolved) {
    if (r.user_id === null || r.type_id === null) continue;
    userTypes.set(JSON.stringify([r.user_id, r.type_id]), { user_id: r.user_id, job_type_id: r.type_id });
  }
  const distinct = [...userTypes.values()];

  const typeUsers = countBy(distinct.map((r) => [r.job_type_id, r.job_type_id] as const));
  const pairUsers = countBy(
    distinct.flatMap((a) =>
      distinct
        .filter((b) => a.user_id === b.user_id && a.job_type_id < b.job_type_id)
        .map((b) => [a.job_type_id, b.job_type_id] as const),
    ),
  );
  const counts: CountRow[] = [
    { job_type_a: null, job_type_b: null, users: new Set(distinct.map((r) => r.user_id)).size },
    ...typeUsers,
    ...pairUsers,
  ];

  if (incompleteViews > 0) {
    throw new Error(
      `co-views.sql: ${incompleteViews} view rows have no user_id, or neither a listing_id nor a job_type_id`,
    );
  }
  if (unknown.length > 0 && !skipUnknown) {
    throw new Error(
      `co-views.sql: ${unknown.length} view rows name an id the catalogue does not know, e.g. ${unknownExample}` +
        '; load the catalogue you train with, or run with --parameter=skip_unknown:BOOL:true',
    );
  }
  return counts;
};

/** GROUP BY a, b with COUNT(*). */
function countBy(keys: readonly (readonly [string, string])[]): CountRow[] {
  const groups = new Map<string, CountRow>();
  for (const [a, b] of keys) {
    const key = JSON.stringify([a, b]);
    const users = (groups.get(key)?.users ?? 0) + 1;
    groups.set(key, { job_type_a: a, job_type_b: b, users });
  }
  return [...groups.values()];
}
