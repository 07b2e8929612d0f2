import { parseArgs } from 'node:util';
import { runSoak, type SoakResult } from '../bench/soak/soak-benchmark';
import { machineLine, writeResults } from '../bench/write-results';
import { formatMarkdownTable, formatTable } from './format-table';
import { numberOption } from './options';
import { ensureSample } from './setup-command';

/**
 * npm run bench:soak — the service under a steady mixed load for minutes, with its Redis stopped for a while in
 * the middle: counts of ok, polite and error answers before, during and after, recovery time, crashes and
 * memory over time. Prints tables; writes bench/results/soak.*. Exit 1 when the run breaks the bar (an error
 * answer, a crash, memory growing by more than a fifth).
 */
export async function benchSoakCommand(args: string[], out: (line: string) => void): Promise<number> {
  const { values } = parseArgs({
    args,
    options: { minutes: { type: 'string' }, rate: { type: 'string' }, outage: { type: 'string' } },
  });
  const minutes = numberOption(values, 'minutes', 10, { min: 1, max: 120 });
  const rate = numberOption(values, 'rate', 500, { min: 1, max: 5000, integer: true });
  const outage = numberOption(values, 'outage', 30, { min: 0, max: 600, integer: true });
  if (outage >= minutes * 60) {
    out('--outage must be shorter than the run');
    return 2;
  }
  await ensureSample(out);
  out(`soak: ${minutes} min at ${rate} req/s, Redis stopped for ${outage} s in the middle…`);
  const result = await runSoak(
    { durationSeconds: minutes * 60, rate, outageSeconds: outage, sampleSeconds: 5 },
    out,
  );
  const machine = machineLine();
  const phases = phaseTable(result);
  const channels = channelTable(result);
  const memory = memoryTable(result);
  const verdict = verdictLines(result);
  out(formatTable(phases.header, phases.rows));
  out('');
  out(formatTable(channels.header, channels.rows));
  out('');
  out(formatTable(memory.header, memory.rows));
  out('');
  for (const line of verdict.lines) out(line);
  out(machine);
  const markdown = [
    `Soak (${machine}): ${minutes} min at ${rate} requests/s (of every 50: ${result.mix.web} web turns, ` +
      `${result.mix.line} LINE, ${result.mix.alexa} Alexa, ${result.mix.google} Google, ${result.mix.teams} Teams webhooks), the service in ` +
      `its own process with Redis sessions; Redis stopped at ${result.outage.stoppedAtSeconds} s and started ` +
      `again at ${result.outage.restartedAtSeconds} s. ok = a normal answer; polite = 503 with Retry-After ` +
      `(web) or the channel's apology (LINE, Alexa, Google, Teams); errors = anything else. Latency over ok answers.`,
    '',
    formatMarkdownTable(phases.header, phases.rows),
    '',
    formatMarkdownTable(channels.header, channels.rows),
    '',
    formatMarkdownTable(memory.header, memory.rows),
    '',
    ...verdict.lines.map((line) => `- ${line}`),
  ].join('\n');
  const paths = await writeResults('soak', { machine, ...result }, markdown);
  out(`written: ${paths.join(', ')}`);
  return verdict.passed ? 0 : 1;
}

function phaseTable(result: SoakResult) {
  const header = [
    'phase',
    'seconds',
    'requests',
    'ok',
    'polite',
    'errors',
    'web polite',
    'channel polite',
    'p50 ms',
    'p99 ms',
  ];
  const rows = result.phases.map((p) => [
    p.phase,
    `${p.fromSeconds.toFixed(0)}–${p.toSeconds.toFixed(0)}`,
    String(p.requests),
    String(p.ok),
    String(p.polite),
    String(p.errors),
    String(p.byChannel.web.polite),
    String(p.requests === 0 ? 0 : p.polite - p.byChannel.web.polite),
    p.p50Ms.toFixed(1),
    p.p99Ms.toFixed(1),
  ]);
  return { header, rows };
}

/** Each channel's answers while Redis was down: the web API's 503s and the platforms' apologies. */
function channelTable(result: SoakResult) {
  const outage = result.phases[1]!;
  const header = ['channel (Redis down)', 'requests', 'ok', 'polite', 'errors'];
  const rows = Object.entries(outage.byChannel).map(([channel, c]) => [
    channel,
    String(c.ok + c.polite + c.errors),
    String(c.ok),
    String(c.polite),
    String(c.errors),
  ]);
  return { header, rows };
}

/** One row per minute: the last sample in it. */
function memoryTable(result: SoakResult) {
  const header = ['minute', 'RSS MB', 'heap used MB'];
  const byMinute = new Map<number, (typeof result.memory)[number]>();
  for (const sample of result.memory) byMinute.set(Math.floor(sample.atSeconds / 60), sample);
  const rows = [...byMinute.entries()].map(([minute, s]) => [
    String(minute),
    s.rssMb.toFixed(1),
    s.heapUsedMb.toFixed(1),
  ]);
  return { header, rows };
}

function verdictLines(result: SoakResult): { passed: boolean; lines: string[] } {
  const whole = result.phases.at(-1)!;
  const settled = result.memory.filter((s) => s.atSeconds >= 60);
  const first = settled[0];
  const last = settled.at(-1);
  const growth = first && last ? (last.rssMb - first.rssMb) / first.rssMb : 0;
  const lines = [
    `errors: ${whole.errors} (${whole.requests} requests); polite answers while Redis was down: ${result.phases[1]!.polite}`,
    `recovery: the last answer that was not ok came ${result.recoverySeconds} s after Redis was back`,
    `crashes: ${result.crashes}`,
    first && last
      ? `memory: RSS ${first.rssMb.toFixed(1)} MB at ${first.atSeconds} s, ${last.rssMb.toFixed(1)} MB at ${last.atSeconds} s ` +
        `(${(growth * 100).toFixed(1)} %); heap used ${first.heapUsedMb.toFixed(1)} → ${last.heapUsedMb.toFixed(1)} MB`
      : 'memory: too few samples after the first minute',
  ];
  return { passed: whole.errors === 0 && result.crashes === 0 && growth < 0.2, lines };
}
