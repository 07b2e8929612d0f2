import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { CoViewsQuery, CountRow } from './bigquery-tables';

const CO_VIEWS_SQL = join(__dirname, '..', '..', 'infra', 'bigquery', 'co-views.sql');

const DRIVER = 'better-sqlite3';

/** The little of better-sqlite3 used here, so that no type package is needed. */
interface Statement {
  run(...values: unknown[]): unknown;
  all(parameters: Record<string, unknown>): unknown[];
}
interface Database {
  exec(sql: string): unknown;
  prepare(sql: string): Statement;
  function(name: string, body: (message: unknown) => unknown): unknown;
  close(): unknown;
}
type DatabaseClass = new (filename: string) => Database;

/** better-sqlite3 (a dev dependency), typed by the interfaces above. */
export function loadSqlite(): DatabaseClass {
  return createRequire(__filename)(DRIVER) as DatabaseClass;
}

/**
 * The query's own text with the one dialect shim it needs: the `${…}` table placeholders are filled in as
 * envsubst fills them before `bq query`. Everything else — backquoted names, @named parameters, TRIM, NULLIF,
 * COALESCE, CASE, ||, CAST(… AS STRING), LEFT JOIN, UNION ALL — SQLite reads as BigQuery does, but for three
 * details that change nothing here: SQLite's TRIM strips only spaces (the test's only whitespace), its CAST to
 * STRING gives a number, which || then turns into text, and ERROR() is not built in, so sqliteCoViews
 * registers it as a function that throws.
 */
function sqliteText(sql: string, tables: Readonly<Record<string, string>>): string {
  return sql.replace(/\$\{(\w+)\}/g, (_, name: string) => {
    const table = tables[name];
    if (table === undefined)
      throw new Error(`co-views.sql has a placeholder \${${name}} the test does not fill`);
    return table;
  });
}

/** Runs infra/bigquery/co-views.sql itself on an in-memory SQLite database holding the input tables. */
export function sqliteCoViews(Sqlite: DatabaseClass): CoViewsQuery {
  const sql = sqliteText(readFileSync(CO_VIEWS_SQL, 'utf8'), {
    views_table: 'view_log',
    catalog_table: 'catalog_types',
  });
  return ({ views, catalog, skipUnknown }) => {
    const db = new Sqlite(':memory:');
    try {
      db.function('ERROR', (message) => {
        throw new Error(String(message));
      });
      db.exec('CREATE TABLE view_log (user_id TEXT, listing_id TEXT, job_type_id TEXT, timestamp TEXT)');
      db.exec('CREATE TABLE catalog_types (listing_id TEXT, job_type_id TEXT)');
      const addView = db.prepare('INSERT INTO view_log VALUES (?, ?, ?, ?)');
      for (const v of views) addView.run(v.user_id, v.listing_id, v.job_type_id, v.timestamp);
      const addType = db.prepare('INSERT INTO catalog_types VALUES (?, ?)');
      for (const c of catalog) addType.run(c.listing_id, c.job_type_id);
      return db.prepare(sql).all({ skip_unknown: skipUnknown ? 1 : 0 }) as CountRow[];
    } finally {
      db.close();
    }
  };
}
