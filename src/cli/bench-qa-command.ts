import { loadavg } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { machineLine, writeResults } from '../bench/write-results';
import { loadScripts, plannedRuns, REPLAY_CHANNELS, runConversation, startReplayApp } from '../qa';
import type { ReplayChannel } from '../qa';
import { formatMarkdownTable, formatTable } from './format-table';
import { numberOption } from './options';
import { PACKAGE_ROOT } from './paths';
import { ensureSample } from './setup-command';

interface QaBenchRow {
  readonly channels: string;
  readonly conversations: number;
  readonly steps: number;
  readonly failed: number;
  readonly startSeconds: number;
  readonly replaySeconds: number;
  readonly wallSeconds: number;
  /** CPU time (user + system) of this process during the replay: less swayed than wall time by other load. */
  readonly replayCpuSeconds: number;
  readonly peakRssMb: number;
  /** The 1-minute load average when the row started (2 cores: above 2, others were competing for them). */
  readonly loadAverage: number;
}

/**
 * npm run bench:qa — a QA run of N conversations (default 1,000) in-process, as `soudan replay` runs them: the
 * qa/ suite's conversations, each on a channel, cycled until N, one after another in one process. Measured
 * twice: round the five channels, and on the web API alone. Prints a table; writes bench/results/qa.*.
 */
export async function benchQaCommand(args: string[], out: (line: string) => void): Promise<number> {
  const { values } = parseArgs({ args, options: { conversations: { type: 'string' } } });
  const total = numberOption(values, 'conversations', 1000, { min: 1, max: 1_000_000, integer: true });
  await ensureSample(out);
  // The Redis outage conversations need --redis: the benchmark measures the suite without them.
  const suite = (await loadScripts([join(PACKAGE_ROOT, 'qa')])).filter((c) => !c.needsSessionStoreControl);
  const rows: QaBenchRow[] = [];
  for (const channels of [[...REPLAY_CHANNELS], ['web']] as ReplayChannel[][]) {
    rows.push(await measure(suite, channels, total));
    const row = rows.at(-1)!;
    out(`${row.channels}: ${row.conversations} conversations in ${row.wallSeconds.toFixed(1)} s`);
  }
  const header = [
    'channels',
    'conversations',
    'steps',
    'failed',
    'start s',
    'replay s',
    'wall s',
    'replay CPU s',
    'conversations/s',
    'peak RSS MB',
    'load avg',
  ];
  const cells = rows.map((r) => [
    r.channels,
    String(r.conversations),
    String(r.steps),
    String(r.failed),
    r.startSeconds.toFixed(1),
    r.replaySeconds.toFixed(1),
    r.wallSeconds.toFixed(1),
    r.replayCpuSeconds.toFixed(1),
    (r.conversations / r.replaySeconds).toFixed(0),
    String(r.peakRssMb),
    r.loadAverage.toFixed(1),
  ]);
  const machine = machineLine();
  out(formatTable(header, cells));
  out(machine);
  const markdown = [
    `QA replay benchmark (${machine}): ${total} conversations in-process, the ${suite.length} conversations of ` +
      'qa/ (the Redis outage left out: it needs --redis) cycled over their channels, one after another in one ' +
      'process, every request signed and verified as `soudan replay` sends it. "start" builds the app (catalogue, ' +
      'model, the run\'s keys); "wall" is start plus replay; "replay CPU" is this process\'s CPU time during the ' +
      'replay; "load avg" the machine\'s 1-minute load when the row started (2 cores: more means other work ' +
      'was competing).',
    '',
    formatMarkdownTable(header, cells),
  ].join('\n');
  const paths = await writeResults('qa', { machine, conversationsWanted: total, rows }, markdown);
  out(`written: ${paths.join(', ')}`);
  return rows.some((r) => r.failed > 0) ? 1 : 0;
}

async function measure(
  suite: Parameters<typeof plannedRuns>[0],
  channels: ReplayChannel[],
  total: number,
): Promise<QaBenchRow> {
  const loadAverage = Math.round(loadavg()[0]! * 10) / 10;
  const started = performance.now();
  const app = await startReplayApp();
  const ready = performance.now();
  const cpuBefore = process.cpuUsage();
  const runs = plannedRuns(suite, channels);
  let steps = 0;
  let failed = 0;
  let peakRss = process.memoryUsage().rss;
  try {
    for (let i = 0; i < total; i++) {
      const { conversation, channel } = runs[i % runs.length]!;
      const result = await runConversation(app, conversation, channel, `bench-${i}-${channel}`);
      steps += result.steps.length;
      if (!result.passed) failed++;
      if (i % 50 === 0) peakRss = Math.max(peakRss, process.memoryUsage().rss);
    }
  } finally {
    await app.close();
  }
  const finished = performance.now();
  const cpu = process.cpuUsage(cpuBefore);
  return {
    replayCpuSeconds: (cpu.user + cpu.system) / 1e6,
    loadAverage,
    channels: channels.join(', '),
    conversations: total,
    steps,
    failed,
    startSeconds: (ready - started) / 1000,
    replaySeconds: (finished - ready) / 1000,
    wallSeconds: (finished - started) / 1000,
    peakRssMb: Math.round(Math.max(peakRss, process.memoryUsage().rss) / 2 ** 20),
  };
}
