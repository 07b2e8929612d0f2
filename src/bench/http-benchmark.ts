import { fork, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { once } from 'node:events';
import { join } from 'node:path';
import type { Redis } from 'ioredis';
import type { DialoguePort } from '../channels/shared';
import { SoudanError } from '../errors';
import { BENCH_FLOOR_PATH } from '../server/bench-floor-route';
import { createRedisClient, sessionKeyPrefix } from '../session';
import { measureDialogueCost, type DialogueCost } from './http-dialogue-cost';
import { runFixedRate } from './http-fixed-rate';
import { ConversationPool, floorRequests, runLoad, turnRequests, type LoadSummary } from './http-load';

export interface HttpBenchOptions {
  redisUrl: string;
  durationSeconds: number;
  connections: number;
  /** Turns per second of the fixed-rate run. */
  rate: number;
  warmupSeconds: number;
  /** Conversations kept live at once (each request is a turn of one of them). */
  liveConversations: number;
}

export interface HttpBenchResult {
  options: Omit<HttpBenchOptions, 'redisUrl'>;
  /** From fork to the server's first `listening` (includes Node start-up and loading the sample). */
  serverStartMs: number;
  turns: LoadSummary;
  floor: LoadSummary;
  fixedRate: LoadSummary;
  /** takeTurn alone, in the benchmark process (null when no dialogue was handed in). */
  dialogueOnly: DialogueCost | null;
  /** floor req/s ÷ turn req/s, and turn p99 ÷ floor p99. */
  ratio: { throughput: number; p99: number };
  conversationsStarted: number;
}

/** The benchmark failed for a reason outside the code under test (no Redis, server did not start). */
class HttpBenchError extends SoudanError {}

const TURN_PATH = '/api/v1/turns';

/**
 * Side by side, in one run and one server: (a) real turns with Redis sessions, (b) the floor endpoint (one Redis
 * GET + SET, same JSON parsing), then (c) turns at a fixed rate. Server in a child process, loopback only.
 */
export async function runHttpBenchmark(
  options: HttpBenchOptions,
  out: (line: string) => void,
  dialogue: DialoguePort | null = null,
): Promise<HttpBenchResult> {
  const namespace = `bench-${randomBytes(4).toString('hex')}`;
  // The load names its own conversation ids, as QA scripts do: with a QA token made up for this run.
  const qaToken = randomBytes(24).toString('hex');
  const redis = await connectedRedis(options.redisUrl);
  const started = performance.now();
  const child = fork(join(__dirname, 'http-server-child.js'), [], {
    env: {
      ...process.env,
      BENCH_REDIS_URL: options.redisUrl,
      BENCH_NAMESPACE: namespace,
      BENCH_QA_TOKEN: qaToken,
    },
    stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
  });
  try {
    const port = await childPort(child);
    const serverStartMs = performance.now() - started;
    const url = `http://127.0.0.1:${port}`;
    out(
      `server ready in ${Math.round(serverStartMs)} ms on ${url} (sessions in Redis, namespace ${namespace})`,
    );

    const pool = new ConversationPool('bench', options.liveConversations);
    const base = { url, connections: options.connections };
    if (options.warmupSeconds > 0) {
      out(`warm-up ${options.warmupSeconds} s…`);
      await runLoad({
        ...base,
        name: 'warm-up',
        durationSeconds: options.warmupSeconds,
        requests: turnRequests(TURN_PATH, pool, qaToken),
      });
    }
    out(`(a) turns, ${options.durationSeconds} s, ${options.connections} connections…`);
    const turns = await runLoad({
      ...base,
      name: 'turns',
      durationSeconds: options.durationSeconds,
      requests: turnRequests(TURN_PATH, pool, qaToken),
    });
    out(`(b) floor (Redis GET + SET), ${options.durationSeconds} s…`);
    const floor = await runLoad({
      ...base,
      name: 'floor',
      durationSeconds: options.durationSeconds,
      requests: floorRequests(BENCH_FLOOR_PATH, pool),
    });
    const groups = 20;
    const connectionsPerGroup = Math.max(1, Math.ceil(options.rate / groups / 2));
    out(`(c) turns at ${options.rate}/s, ${options.durationSeconds} s, ${groups} staggered groups…`);
    const fixedRate = await runFixedRate({
      name: `turns at ${options.rate}/s`,
      url,
      requests: () => turnRequests(TURN_PATH, pool, qaToken),
      rate: options.rate,
      durationSeconds: options.durationSeconds,
      groups,
      connectionsPerGroup,
    });
    let dialogueOnly: DialogueCost | null = null;
    if (dialogue !== null) {
      // After the HTTP runs, when the server sits idle: this process has a core to itself.
      out(`(d) dialogue alone, in-process, ${options.durationSeconds} s…`);
      dialogueOnly = measureDialogueCost(dialogue, options.durationSeconds, options.liveConversations);
    }
    const { redisUrl: _omitted, ...shown } = options;
    return {
      options: shown,
      serverStartMs,
      turns,
      floor,
      fixedRate,
      dialogueOnly,
      ratio: {
        throughput: floor.requestsPerSecond / Math.max(turns.requestsPerSecond, 1e-9),
        p99: turns.p99 / Math.max(floor.p99, 1e-9),
      },
      conversationsStarted: pool.started,
    };
  } finally {
    await stopChild(child);
    await deleteNamespace(redis, namespace);
    redis.disconnect();
  }
}

async function connectedRedis(url: string): Promise<Redis> {
  const client = createRedisClient(url, { log: () => undefined });
  const deadline = Date.now() + 3000;
  while (Date.now() < deadline) {
    try {
      await client.ping();
      return client;
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
  client.disconnect();
  // The URL may hold a password: say where to look, not what it is.
  throw new HttpBenchError(
    'Redis does not answer at REDIS_URL (default redis://127.0.0.1:6379); start Redis first',
  );
}

function childPort(child: ChildProcess): Promise<number> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new HttpBenchError('benchmark server did not start within 120 s')),
      120_000,
    );
    child.once('message', (message) => {
      clearTimeout(timer);
      const port = (message as { port?: unknown }).port;
      if (typeof port === 'number') resolve(port);
      else reject(new HttpBenchError('benchmark server sent an unexpected message'));
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new HttpBenchError(`benchmark server exited with code ${code} before it was ready`));
    });
  });
}

async function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = once(child, 'exit');
  child.send('stop');
  const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
  await exited;
  clearTimeout(timer);
}

async function deleteNamespace(redis: Redis, namespace: string): Promise<void> {
  let cursor = '0';
  try {
    do {
      const [next, keys] = await redis.scan(
        cursor,
        'MATCH',
        `${sessionKeyPrefix(namespace)}*`,
        'COUNT',
        1000,
      );
      if (keys.length > 0) await redis.del(...keys);
      cursor = next;
    } while (cursor !== '0');
  } catch {
    // Keys expire on their own (TTL 600 s); cleaning up is a courtesy.
  }
}
