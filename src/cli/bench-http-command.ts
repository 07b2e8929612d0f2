import { parseArgs } from 'node:util';
import { runHttpBenchmark } from '../bench/http-benchmark';
import { loadConfig } from '../config';
import { createDialoguePort, loadData } from '../server';
import { markdownReport, textReport } from '../bench/http-report';
import { machineLine, writeResults } from '../bench/write-results';
import { numberOption } from './options';
import { ensureSample } from './setup-command';

/** npm run bench:http — real turns vs the Redis floor, side by side, plus a fixed-rate run; loopback only. */
export async function benchHttpCommand(args: string[], out: (line: string) => void): Promise<number> {
  const { values } = parseArgs({
    args,
    options: {
      duration: { type: 'string' },
      connections: { type: 'string' },
      rate: { type: 'string' },
      warmup: { type: 'string' },
      conversations: { type: 'string' },
    },
  });
  const options = {
    redisUrl: process.env.REDIS_URL ?? 'redis://127.0.0.1:6379',
    durationSeconds: numberOption(values, 'duration', 10, { min: 1, max: 120, integer: true }),
    connections: numberOption(values, 'connections', 32, { min: 1, max: 1000, integer: true }),
    rate: numberOption(values, 'rate', 500, { min: 1, max: 100_000, integer: true }),
    warmupSeconds: numberOption(values, 'warmup', 3, { min: 0, max: 60, integer: true }),
    liveConversations: numberOption(values, 'conversations', 1000, { min: 1, max: 1_000_000, integer: true }),
  };
  // Generate the sample here, not in the child: its start-up figure should be a warm start.
  await ensureSample(out);
  // The same dialogue the server builds, in this process, for the dialogue-only figure.
  const config = loadConfig({ ...process.env, LOG_LEVEL: 'silent' });
  const dialogue = createDialoguePort(await loadData(config), config);
  const result = await runHttpBenchmark(options, out, dialogue);
  const machine = machineLine();
  out(textReport(result));
  out(machine);
  const paths = await writeResults('http', { machine, ...result }, markdownReport(result, machine));
  out(`written: ${paths.join(', ')}`);
  return 0;
}
