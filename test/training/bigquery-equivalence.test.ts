import { createHash } from 'node:crypto';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ImportError } from '../../src/catalog';
import type { ModelArtifact } from '../../src/engine';
import { jobType, listing } from '../../src/engine/testing/tiny-catalog';
import { catalogTypesCsv, trainFromCounts, trainFromViewLog } from '../../src/training';
import { type CoViewsQuery, type CountRow, extractCsv, loadCsv } from './bigquery-tables';
import { restatedCoViews } from './co-views-restated';
import { loadSqlite, sqliteCoViews } from './co-views-sqlite';

/**
 * `soudan train --views` on a log and `soudan train --counts` on what infra/bigquery/co-views.sql makes of
 * the same log must give the same model. BigQuery cannot run here, so the query runs as its own text under
 * SQLite when better-sqlite3 is installed, and always as its steps restated in TypeScript.
 */
const catalog = {
  conditions: [],
  jobTypes: ['cafe', 'izakaya', 'konbini', 'florist', 'kitchen'].map((id) => jobType(id)),
  listings: [
    listing('L1', ['cafe'], []),
    listing('L2', ['izakaya'], []),
    listing('L3', ['cafe', 'izakaya'], []),
    listing('L4', ['konbini'], []),
    listing('L5', ['kitchen', 'cafe'], []), // nobody views it: kitchen counts zero
  ],
};

const LOG = [
  'user_id,listing_id,job_type_id,timestamp',
  'u1,L1,,2026-11-01T09:00:00Z',
  'u1,L1,,2026-11-01T09:05:00Z', // a repeated view counts once
  ' u1 ,L2,,2026-11-02T10:00:00Z', // spaces around an id: trimmed by both
  'u2,L3,,2026-11-03T11:00:00Z', // one view, two types
  'u2,L3,,2026-11-03T11:01:00Z',
  'u3,L1,,',
  'u3,,konbini,', // a job type view
  'u4,L4,,',
  'u4,,konbini,', // the same single type, by listing and by type
  'u5,L3,konbini,', // both ids: the listing wins, konbini is not counted
  'u6,,florist,', // a type no listing carries, the user's only one
];
const csv = (lines: readonly string[]) => lines.join('\n') + '\n';

// n = 6; cafe {u1,u2,u3,u5}, izakaya {u1,u2,u5}, konbini {u3,u4}, florist {u6}; cafe+izakaya 3, cafe+konbini 1
const EXPECTED_COUNTS: CountRow[] = [
  { job_type_a: null, job_type_b: null, users: 6 },
  { job_type_a: 'cafe', job_type_b: 'cafe', users: 4 },
  { job_type_a: 'cafe', job_type_b: 'izakaya', users: 3 },
  { job_type_a: 'cafe', job_type_b: 'konbini', users: 1 },
  { job_type_a: 'florist', job_type_b: 'florist', users: 1 },
  { job_type_a: 'izakaya', job_type_b: 'izakaya', users: 3 },
  { job_type_a: 'konbini', job_type_b: 'konbini', users: 2 },
];

const clock = { now: () => 0, date: () => new Date('2026-11-29T00:00:00Z') };

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'soudan-bigquery-'));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

async function trainOnLog(log: string, skipUnknown: boolean) {
  const path = join(dir, 'views.csv');
  await writeFile(path, log);
  return trainFromViewLog(catalog, path, { smoothing: 1, skipUnknown, clock });
}

/** The query's input is what `bq load` makes of the same CSV files: untrimmed text, NULL for empty fields. */
function runQuery(query: CoViewsQuery, log: string, skipUnknown: boolean): CountRow[] {
  const views = loadCsv(log).map((r) => ({
    user_id: r['user_id'] ?? null,
    listing_id: r['listing_id'] ?? null,
    job_type_id: r['job_type_id'] ?? null,
    timestamp: r['timestamp'] ?? null,
  }));
  const types = loadCsv(catalogTypesCsv(catalog)).map((r) => ({
    listing_id: r['listing_id'] ?? null,
    job_type_id: r['job_type_id'] ?? null,
  }));
  return query({ views, catalog: types, skipUnknown });
}

/** Trains on the exported counts; the rows are reversed, as an extract promises no order. */
async function trainOnCounts(rows: readonly CountRow[]) {
  const path = join(dir, 'co-views.csv');
  await writeFile(path, extractCsv([...rows].reverse()));
  return trainFromCounts(catalog, path, { smoothing: 1, clock });
}

/** The total first, then by type ids. */
const sorted = (rows: readonly CountRow[]) => {
  const key = (r: CountRow) => `${r.job_type_a ?? ''}/${r.job_type_b ?? ''}`;
  return [...rows].sort((x, y) => (key(x) < key(y) ? -1 : key(x) > key(y) ? 1 : 0));
};

/**
 * Everything but createdAt, stats and the checksum (which covers those two): the co-view model itself. The
 * per-listing signals only a view log gives (--counts cannot) are left out of the comparison.
 */
function modelBody(artifact: ModelArtifact) {
  const {
    createdAt: _createdAt,
    stats: _stats,
    checksum: _checksum,
    signals: _signals,
    version: _version,
    ...body
  } = artifact;
  return body;
}
const digest = (artifact: ModelArtifact) =>
  createHash('sha256')
    .update(JSON.stringify(modelBody(artifact)))
    .digest('hex');

type Trained = Awaited<ReturnType<typeof trainOnLog>>;

function expectSameModel(fromCounts: Trained, fromLog: Trained): void {
  expect(modelBody(fromCounts.artifact)).toEqual(modelBody(fromLog.artifact));
  expect(digest(fromCounts.artifact)).toBe(digest(fromLog.artifact));
  expect(fromCounts.artifact.stats.users).toBe(fromLog.artifact.stats.users);
  const t = fromLog.model.typeCount;
  for (let i = 0; i < t; i++) {
    expect(fromCounts.model.prior(i)).toBe(fromLog.model.prior(i));
    for (let j = 0; j < t; j++) {
      expect(fromCounts.model.conditional(j, i, 1)).toBe(fromLog.model.conditional(j, i, 1));
      expect(fromCounts.model.conditional(j, i, 0)).toBe(fromLog.model.conditional(j, i, 0));
    }
  }
}

function equivalence(query: CoViewsQuery): void {
  it('counts what the file trainer counts, and the two models are the same', async () => {
    const rows = runQuery(query, csv(LOG), false);
    expect(sorted(rows)).toEqual(EXPECTED_COUNTS);
    const fromLog = await trainOnLog(csv(LOG), false);
    const fromCounts = await trainOnCounts(rows);
    expectSameModel(fromCounts, fromLog);
    expect(fromLog.artifact.typeUsers).toEqual([4, 3, 2, 1, 0]);
    // The artifacts' own checksums differ only through stats.rows: log rows against count rows.
    expect(fromLog.artifact.stats.rows).toBe(11);
    expect(fromCounts.artifact.stats.rows).toBe(7);
  });

  it('stops at unknown ids unless asked to skip them; skipped, a user with no known view is no user', async () => {
    const log = csv([...LOG, 'u7,L9,,', 'u1,,sushi,']);
    await expect(trainOnLog(log, false)).rejects.toThrow(ImportError);
    expect(() => runQuery(query, log, false)).toThrow(
      /^co-views\.sql: 2 view rows name an id the catalogue does not know, e\.g\. job type sushi;/,
    );
    const rows = runQuery(query, log, true);
    expect(sorted(rows)).toEqual(EXPECTED_COUNTS);
    expectSameModel(await trainOnCounts(rows), await trainOnLog(log, true));
  });

  it('fails on a view without a user, even when skipping unknown ids, as the file trainer does', async () => {
    const log = csv([...LOG, ',L1,,']);
    await expect(trainOnLog(log, true)).rejects.toThrow(/user_id/);
    expect(() => runQuery(query, log, true)).toThrow(/^co-views\.sql: 1 view rows have no user_id/);
  });

  it('counts an empty log as no users', async () => {
    const log = csv([LOG[0]!]);
    const rows = runQuery(query, log, false);
    expect(rows).toEqual([{ job_type_a: null, job_type_b: null, users: 0 }]);
    expectSameModel(await trainOnCounts(rows), await trainOnLog(log, false));
  });
}

describe('co-views.sql, its steps restated in TypeScript', () => equivalence(restatedCoViews));

describe('co-views.sql, its own text under SQLite', () => equivalence(sqliteCoViews(loadSqlite())));
