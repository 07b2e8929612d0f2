import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseExperiments, type ExperimentEvent } from '../../src/experiments';
import { buildReport, METRICS, UserRowBuilder, type MetricName } from '../../src/experiments/report';
import { eventsOf, syntheticUsers, type DialogueResult } from '../../src/experiments/synthetic';
import { loadSqlite } from '../training/co-views-sqlite';

/**
 * infra/bigquery/experiment-report.sql and `soudan report` must give the same numbers on the same events.
 * BigQuery cannot run here, so the query runs as its own text under SQLite (better-sqlite3, as the co-view
 * query's test does), its one placeholder filled in as envsubst fills it.
 */
const SQL = join(__dirname, '..', '..', 'infra', 'bigquery', 'experiment-report.sql');

const EXPERIMENT = parseExperiments(
  {
    experiments: [
      {
        name: 'budget',
        salt: 'equivalence-salt',
        start: '2026-12-01T00:00:00+09:00',
        end: '2026-12-15T00:00:00+09:00',
        control: 'a',
        variants: [
          { name: 'a', weight: 1 },
          { name: 'b', weight: 1 },
          { name: 'c', weight: 1 },
        ],
        holdout: 0.1,
      },
    ],
  },
  'test',
).experiments[0]!;

const dialogues = (found: number): DialogueResult[] =>
  Array.from({ length: 50 }, (_, i) => ({
    successTurn: i < found ? 3 + (i % 7) : null,
    rank: i < found ? 1 + (i % 4) : null,
    recommendations: 1 + (i % 3),
  }));

function allEvents(): ExperimentEvent[] {
  const rows = syntheticUsers({
    experiment: EXPERIMENT,
    users: 3000,
    seed: 7,
    dialogues: { a: dialogues(30), b: dialogues(35), c: dialogues(20), holdout: dialogues(30) },
    trueLift: { b: 1.3, c: 0.9 },
    baseRate: 0.08,
  });
  const events = rows.flatMap((r) => eventsOf(r));
  const stamp = { at: '2026-12-02T01:00:00.000Z', conversation: 'x', channel: 'web' };
  // What both must leave out or count once: a QA user, another experiment, no experiment, a repeated application.
  events.push(
    { ...stamp, user: 'qa', experiment: 'budget', variant: 'b:forced', event: 'conversation_started' },
    { ...stamp, user: 'other', experiment: 'other', variant: 'a', event: 'conversation_started' },
    { ...stamp, user: 'none', experiment: null, variant: null, event: 'conversation_started' },
  );
  const converted = events.find((e) => e.event === 'conversion')!;
  events.push({ ...converted, at: '2026-12-14T00:00:00.000Z' });
  return events;
}

interface SqlRow {
  variant: string;
  is_control: number;
  users: number;
  conversations: number;
  results_shown: number;
  jobs_shown: number;
  opened: number;
  choosers: number;
  converters: number;
  conversions: number;
  metric: string;
  value: number | null;
  low: number | null;
  high: number | null;
  lift: number | null;
  lift_low: number | null;
  lift_high: number | null;
  srm_chi_square: number;
  srm_df: number;
  srm_pass: number;
}

const SQL_NAME: Record<MetricName, string> = {
  resultsPerConversation: 'results_per_conversation',
  clickThrough: 'click_through',
  choiceRate: 'choice_rate',
  conversionRate: 'conversion_rate',
  conversionsPerConversation: 'conversions_per_conversation',
};

function runSql(events: readonly ExperimentEvent[]): SqlRow[] {
  const Sqlite = loadSqlite();
  const db = new Sqlite(':memory:');
  try {
    db.exec(
      'CREATE TABLE experiment_events (event TEXT, event_time TEXT, user_id TEXT, conversation_id TEXT, channel TEXT, experiment TEXT, variant TEXT, shown INTEGER, exact INTEGER, listing_id TEXT, click_id TEXT, application_id TEXT)',
    );
    const insert = db.prepare('INSERT INTO experiment_events VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)');
    db.exec('BEGIN');
    for (const e of events) {
      const f = e as unknown as Record<string, unknown>;
      insert.run(
        e.event,
        e.at,
        e.user,
        e.conversation,
        e.channel,
        e.experiment,
        e.variant,
        f.shown ?? null,
        f.exact ?? null,
        f.listing ?? null,
        f.click ?? null,
        f.application ?? null,
      );
    }
    db.exec('COMMIT');
    const sql = readFileSync(SQL, 'utf8').replace(/\$\{events_table\}/g, 'experiment_events');
    return db.prepare(sql).all({ experiment: 'budget', control: 'a' }) as SqlRow[];
  } finally {
    db.close();
  }
}

function close(actual: number | null, expected: number | null | undefined): boolean {
  if (expected === null || expected === undefined) return actual === null;
  if (actual === null) return false;
  return Math.abs(actual - expected) <= 1e-9 * Math.max(1, Math.abs(expected));
}

describe('infra/bigquery/experiment-report.sql', () => {
  it('gives the numbers soudan report gives on the same events', () => {
    const events = allEvents();
    const builder = new UserRowBuilder();
    for (const e of events) builder.add(e);
    const report = buildReport('budget', builder.build(), { control: 'a' });
    const rows = runSql(events);

    expect([...new Set(rows.map((r) => r.variant))]).toEqual(report.variants.map((v) => v.name));
    expect(report.variants.map((v) => v.name)).toEqual(['a', 'b', 'c', 'holdout']);
    for (const v of report.variants) {
      const mine = rows.filter((r) => r.variant === v.name);
      expect(mine).toHaveLength(METRICS.length);
      const first = mine[0]!;
      expect({
        is_control: first.is_control === 1,
        users: first.users,
        conversations: first.conversations,
        results: first.results_shown,
        shown: first.jobs_shown,
        opened: first.opened,
        choosers: first.choosers,
        converters: first.converters,
        conversions: first.conversions,
      }).toEqual({
        is_control: v.control,
        users: v.users,
        conversations: v.conversations,
        results: v.resultsShown,
        shown: v.jobsShown,
        opened: v.opened,
        choosers: v.choosers,
        converters: v.converters,
        conversions: v.conversions,
      });
      for (const metric of METRICS) {
        const row = mine.find((r) => r.metric === SQL_NAME[metric])!;
        const estimate = v.metrics[metric];
        const lift = v.lift?.[metric];
        const pairs: Array<[string, number | null, number | null | undefined]> = [
          ['value', row.value, estimate.value],
          ['low', row.low, estimate.low],
          ['high', row.high, estimate.high],
          ['lift', row.lift, lift?.value ?? null],
          ['lift_low', row.lift_low, lift?.low ?? null],
          ['lift_high', row.lift_high, lift?.high ?? null],
        ];
        for (const [name, sql, ts] of pairs) {
          expect({ arm: v.name, metric, name, equal: close(sql, ts), sql, ts }).toMatchObject({
            equal: true,
          });
        }
      }
    }
    expect(close(rows[0]!.srm_chi_square, report.srm!.chiSquare)).toBe(true);
    expect(rows[0]!.srm_df).toBe(report.srm!.degreesOfFreedom);
    expect(rows[0]!.srm_pass === 1).toBe(report.srm!.pass);
    // The arms differ: the comparison is not of zeros.
    expect(report.variants[1]!.lift!.conversionRate.value).toBeGreaterThan(1.1);
  });
});
