import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { eventLine } from '../event-sink';
import { parseExperiments } from '../experiment-config';
import { eventsOf, syntheticUsers, type DialogueResult } from '../synthetic';
import { buildReport } from './build-report';
import { readUserRows } from './read-events';
import { renderHtml } from './render-html';
import { renderMarkdown } from './render-markdown';
import type { UserRow } from './user-rows';

// Names are validated in the experiments file; event files come from anywhere, so the report escapes them.
const parsed = parseExperiments(
  {
    experiments: [
      {
        name: 'x',
        salt: 'report-test-salt',
        start: '2026-12-01T00:00:00+09:00',
        end: '2026-12-08T00:00:00+09:00',
        control: 'a',
        variants: [
          { name: 'a', weight: 1 },
          { name: 'b', weight: 1 },
        ],
      },
    ],
  },
  'test',
).experiments[0]!;
const experiment = { ...parsed, name: 'x<y' };

const pool: DialogueResult[] = Array.from({ length: 20 }, (_, i) => ({
  successTurn: i < 12 ? 4 + (i % 6) : null,
  rank: i < 12 ? 1 + (i % 3) : null,
  recommendations: 1 + (i % 2),
}));

function users(n: number, lift: number, seed = 3): UserRow[] {
  return syntheticUsers({
    experiment,
    users: n,
    seed,
    dialogues: { a: pool, b: pool },
    trueLift: { b: lift },
    baseRate: 0.1,
  });
}

const sortRows = (rows: readonly UserRow[]) => [...rows].sort((p, q) => p.user.localeCompare(q.user));

describe('the experiment report', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'soudan-report-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('reads back from event lines exactly the users they were written from, skipping other log lines', async () => {
    const rows = users(500, 1.2);
    const file = join(dir, 'events.jsonl');
    const lines = rows.flatMap((r) => eventsOf(r).map(eventLine));
    lines.splice(3, 0, '{"severity":"INFO","message":"turn","channel":"web"}\n', 'not json at all\n');
    writeFileSync(file, lines.join(''));
    const read = await readUserRows(file);
    expect(read.experiments).toEqual(['x<y']);
    expect(sortRows(read.rows)).toEqual(sortRows(rows));
  });

  it('names the file and line of an event line that is no event', async () => {
    const file = join(dir, 'bad.jsonl');
    writeFileSync(
      file,
      '{"message":"experiment event","event":"teleported","at":"2026-12-01T00:00:00Z","user":"u"}\n',
    );
    await expect(readUserRows(file)).rejects.toThrow(/not an experiment event/);
  });

  it('finds a large true lift, and the arms split as configured', () => {
    const report = buildReport('x<y', users(20_000, 1.5), { control: 'a' });
    const b = report.variants.find((v) => v.name === 'b')!;
    expect(b.lift!.conversionRate.low).toBeGreaterThan(1);
    expect(b.lift!.conversionRate.low).toBeLessThan(1.5);
    expect(b.lift!.conversionRate.high).toBeGreaterThan(1.5);
    expect(report.srm!.pass).toBe(true);
    expect(report.cumulative.length).toBe(7);
    expect(report.cumulative.at(-1)!.lift.b!.value).toBeCloseTo(b.lift!.conversionRate.value!, 12);
  });

  it('fails the SRM check when an arm lost users, and leaves QA users out', () => {
    const rows = users(10_000, 1);
    const skewed = rows.filter((r, i) => r.variant === 'a' || i % 10 !== 0);
    expect(buildReport('x<y', skewed, { control: 'a' }).srm!.pass).toBe(false);
    const withQa = [...rows, { ...rows[0]!, variant: 'b:forced', user: 'qa' }];
    expect(buildReport('x<y', withQa).variants.map((v) => v.name)).toEqual(['a', 'b']);
  });

  it('renders Markdown and a self-contained HTML page with the lift plot, names escaped', () => {
    const report = buildReport('x<y', users(2000, 1.2), { control: 'a' });
    const md = renderMarkdown(report);
    expect(md).toContain('| conversion rate (users) |');
    expect(md).toMatch(/SRM check .*: χ² = [\d.]+, df 1, p = [\d.e-]+ — pass/);
    const html = renderHtml(report);
    expect(html).toContain('<h1>Experiment x&lt;y</h1>');
    expect(html).not.toContain('x<y');
    expect(html).toMatch(/<svg [^>]*role="img"/);
    expect(html).toMatch(/<polyline points="[\d.,\s]+"/);
    expect(html).not.toMatch(/<script|https?:\/\/(?!www\.w3\.org)/);
  });
});
