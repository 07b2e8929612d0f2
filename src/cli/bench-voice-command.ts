import { parseArgs } from 'node:util';
import { loadConfig } from '../config';
import { runVoiceBenchmark, VOICE_TURNS, type VoiceBenchRow } from '../bench/voice-benchmark';
import { machineLine, writeResults } from '../bench/write-results';
import { createDialoguePort, loadData } from '../server';
import { createRedisClient, MemorySessionStore, RedisSessionStore, type SessionStore } from '../session';
import { formatMarkdownTable, formatTable } from './format-table';
import { numberOption } from './options';
import { ensureSample } from './setup-command';

const DEFAULT_REDIS_URL = 'redis://127.0.0.1:6379';

/**
 * npm run bench:voice — handler time per turn of 10-turn dialogues on Alexa and Google, with Redis sessions
 * (REDIS_URL, default local) next to memory sessions for the ratio. Prints a table; writes bench/results/voice.*.
 */
export async function benchVoiceCommand(args: string[], out: (line: string) => void): Promise<number> {
  const { values } = parseArgs({
    args,
    options: { dialogues: { type: 'string' }, redis: { type: 'string' } },
  });
  const dialogues = numberOption(values, 'dialogues', 300, { min: 1, max: 100_000, integer: true });
  const redisUrl = values.redis ?? process.env.REDIS_URL ?? DEFAULT_REDIS_URL;
  await ensureSample(out);
  const config = loadConfig({ NODE_ENV: 'development', LOG_LEVEL: 'silent' });
  const data = await loadData(config);
  const dialogue = createDialoguePort(data, config);

  const client = createRedisClient(redisUrl, { log: () => undefined });
  const stores: { name: string; store: SessionStore }[] = [
    { name: 'memory', store: new MemorySessionStore() },
  ];
  let redisNote = '';
  try {
    await waitReady(client);
    stores.unshift({ name: 'redis', store: new RedisSessionStore(client, { closeClient: false }) });
  } catch (error) {
    redisNote = `Redis at ${redisUrl} did not answer (${(error as Error).message}): memory sessions only.`;
    out(redisNote);
  }
  let rows: VoiceBenchRow[];
  try {
    rows = await runVoiceBenchmark({ dialogue, catalog: data.catalog, stores, dialogues, warmup: 20 });
  } finally {
    client.disconnect();
  }

  const header = [
    'channel',
    'sessions',
    'dialogues',
    'turns',
    'p50 ms',
    'p99 ms',
    'max ms',
    'mean ms',
    'p99 vs memory',
  ];
  const memoryP99 = (channel: string) =>
    rows.find((r) => r.channel === channel && r.store === 'memory')?.p99Ms ?? 0;
  const cells = rows.map((r) => [
    r.channel,
    r.store,
    String(r.dialogues),
    String(r.turns),
    r.p50Ms.toFixed(2),
    r.p99Ms.toFixed(2),
    r.maxMs.toFixed(2),
    r.meanMs.toFixed(2),
    memoryP99(r.channel) > 0 ? `${(r.p99Ms / memoryP99(r.channel)).toFixed(2)}x` : '-',
  ]);
  const machine = machineLine();
  out(formatTable(header, cells));
  out(
    `${VOICE_TURNS}-turn dialogues, handler time per turn; ${data.catalog.listings.length} listings; ${machine}`,
  );
  const markdown = [
    `Voice channel benchmark (${machine}): handler time per turn of ${dialogues} ${VOICE_TURNS}-turn dialogues ` +
      `per channel (launch, an area, then yes/no/maybe/don't-know answers; "none fit" when jobs are shown), ` +
      `${data.catalog.listings.length} listings. Handler time = the SDK's dispatch (Alexa \`skill.invoke\`, ` +
      `Actions \`app.handler\`) including the session store round trips, the dialogue turn and the rendering; ` +
      `no HTTP or signature checks. Both platforms allow about 8 s (Alexa) / 10 s (Google) per response.`,
    '',
    formatMarkdownTable(header, cells),
    ...(redisNote === '' ? [] : ['', redisNote]),
  ].join('\n');
  const paths = await writeResults(
    'voice',
    { machine, turnsPerDialogue: VOICE_TURNS, redisUrl: redisNote === '' ? 'used' : 'unavailable', rows },
    markdown,
  );
  out(`written: ${paths.join(', ')}`);
  return 0;
}

async function waitReady(client: ReturnType<typeof createRedisClient>): Promise<void> {
  const deadline = Date.now() + 3000;
  while (client.status !== 'ready') {
    if (Date.now() > deadline) throw new Error(`client is ${client.status}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
