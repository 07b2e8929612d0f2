import { parseArgs } from 'node:util';
import { modelSize, timeTraining, timeTurns, type TurnTiming } from '../bench/engine-benchmark';
import { machineLine, writeResults } from '../bench/write-results';
import { DEFAULT_STRATEGY } from '../engine';
import { formatMarkdownTable, formatTable } from './format-table';

const TYPES = [100, 300, 1000];
const CONDITIONS = [40, 1000, 10_000];
const LISTINGS = [20_000, 200_000, 1_000_000];

/**
 * npm run bench:engine — one turn's computation (p50/p99) over the grid of catalogue sizes for the default
 * strategy, the baselines side by side at the reference point, training throughput and model size.
 * `--quick` runs the smallest sizes only (for trying it out).
 */
export async function benchEngineCommand(args: string[], out: (line: string) => void): Promise<number> {
  const { values } = parseArgs({ args, options: { quick: { type: 'boolean', default: false } } });
  const quick = values.quick === true;
  const timings: TurnTiming[] = [];
  const grid = quick
    ? [[100, 40, 20_000]]
    : TYPES.flatMap((t) => CONDITIONS.flatMap((c) => LISTINGS.map((n) => [t, c, n])));
  const shapes = [[300, 100, 200_000], ...grid] as [number, number, number][];
  for (const [types, conditions, listings] of shapes) {
    const reference = types === 300 && conditions === 100;
    const strategies = reference
      ? ([DEFAULT_STRATEGY, 'seed', 'maxent'] as const)
      : ([DEFAULT_STRATEGY] as const);
    const rows = timeTurns(
      { types, conditions, listings, conditionsPerListing: [4, 12] },
      strategies,
      quick ? 5 : 20,
    );
    for (const row of rows) {
      timings.push(row);
      out(
        `${row.strategy} ${types} types × ${conditions} conditions × ${listings} listings: ` +
          `p50 ${row.p50.toFixed(2)} ms, p99 ${row.p99.toFixed(2)} ms (${row.turns} turns), heap +${row.heapMiB.toFixed(0)} MiB`,
      );
    }
  }
  const training = await timeTraining(quick ? 200_000 : 2_000_000);
  const sizes = [modelSize(300, 50_000), modelSize(1000, 50_000)];

  const header = [
    'strategy',
    'types',
    'conditions',
    'listings',
    'turns',
    'p50 ms',
    'p99 ms',
    'build s',
    'heap MiB',
  ];
  const cells = timings.map((t) => [
    t.strategy,
    String(t.types),
    String(t.conditions),
    t.listings.toLocaleString('en-US'),
    String(t.turns),
    t.p50.toFixed(2),
    t.p99.toFixed(2),
    t.buildSeconds.toFixed(1),
    t.heapMiB.toFixed(0),
  ]);
  const machine = machineLine();
  const extra = [
    `Training: ${training.rows.toLocaleString('en-US')} rows (${training.fileMiB.toFixed(0)} MiB CSV) in ` +
      `${training.seconds.toFixed(2)} s = ${Math.round(training.rowsPerSecond).toLocaleString('en-US')} rows/s.`,
    ...sizes.map((s) => `Model size at ${s.types} types: ${(s.bytes / 2 ** 20).toFixed(2)} MiB.`),
    `Reference targets: p99 < 5 ms at 300/100/200k, p99 < 50 ms at 1,000/10,000/1M, training ≥ 200,000 rows/s, ` +
      `model at 300 types < 2 MB.`,
  ];
  out(formatTable(header, cells));
  extra.forEach((line) => out(line));
  out(machine);
  const markdown = [
    `Engine benchmark (${machine}).`,
    '',
    formatMarkdownTable(header, cells),
    '',
    ...extra,
  ].join('\n');
  await writeResults('engine', { machine, timings, training, sizes }, markdown);
  return 0;
}
