import { randomBytes } from 'node:crypto';
import type { Redis } from 'ioredis';
import { createRedisClient, type RedisClientLogEntry } from '../../src/session';

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/** A fresh `<env>` part per test, so keys of parallel tests and earlier runs never meet. */
export function uniqueEnv(): string {
  return `itest-${randomBytes(6).toString('hex')}`;
}

/** Polls until `check` resolves; rethrows its last error after `timeoutMs`. */
export async function eventually<T>(check: () => Promise<T>, timeoutMs = 15_000, everyMs = 100): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      return await check();
    } catch (error) {
      if (Date.now() >= deadline) throw error;
      await sleep(everyMs);
    }
  }
}

/** A client from createRedisClient that has finished connecting (commands fail fast before that). */
export async function readyClient(
  url: string,
  log: (entry: RedisClientLogEntry) => void = () => undefined,
  maxBackoffMs?: number,
): Promise<Redis> {
  const client = createRedisClient(url, { log, maxBackoffMs });
  await eventually(
    async () => {
      if (client.status !== 'ready') throw new Error(`Redis client is ${client.status}`);
    },
    10_000,
    20,
  );
  return client;
}

/** Deletes every key under `prefix` (which must not contain glob characters). */
export async function deleteKeysUnder(client: Redis, prefix: string): Promise<void> {
  let cursor = '0';
  do {
    const [next, keys] = await client.scan(cursor, 'MATCH', `${prefix}*`, 'COUNT', 500);
    if (keys.length > 0) await client.del(...keys);
    cursor = next;
  } while (cursor !== '0');
}
