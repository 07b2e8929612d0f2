import { readFileSync } from 'node:fs';
import type { Config } from '../config';
import { SoudanError } from '../errors';
import { hashId, type Logger } from '../logging';
import { MemorySavedJobsStore, RedisSavedJobsStore, type SavedJobsStore } from '../saved';
import {
  createRedisClient,
  MemorySessionStore,
  RedisSessionStore,
  sessionKeyPrefix,
  type CorruptEntryReason,
  type SessionStore,
} from '../session';

export interface CreatedStore {
  store: SessionStore;
  /** Saved jobs, in the same place as the sessions (the same Redis client). */
  saved: SavedJobsStore;
  kind: 'redis' | 'memory';
  /** Resolves when the store first answers, or after `timeoutMs` (start-up does not wait for Redis forever). */
  firstContact(timeoutMs: number): Promise<boolean>;
}

/** What the store reports beyond failures (metrics plug in here). */
export interface StoreObserver {
  corruptEntry(reason: CorruptEntryReason): void;
}

/** One store per process: Redis (one shared client) when REDIS_URL is set, memory otherwise. */
export function createSessionStore(config: Config, logger: Logger, observer?: StoreObserver): CreatedStore {
  const url = config.session.redisUrl;
  if (url === null) {
    const store = new MemorySessionStore();
    const saved = new MemorySavedJobsStore({ ttlSeconds: config.session.savedJobsTtlSeconds });
    return { store, saved, kind: 'memory', firstContact: async () => true };
  }
  const redisLog = logger.child({ component: 'redis' });
  const client = createRedisClient(url, {
    tls: config.session.redisTlsCaFile === null ? undefined : { ca: readCa(config.session.redisTlsCaFile) },
    log: (entry) =>
      redisLog[entry.level](entry.message, {
        err: entry.error === undefined ? undefined : { name: entry.error.name, message: entry.error.message },
        suppressed: entry.suppressed,
      }),
  });
  const store = new RedisSessionStore(client, {
    // `soudan:<env>:readyz` has no channel part, so it can never be a session's key.
    readinessKey: `${sessionKeyPrefix(config.session.namespace)}readyz`,
    onCorruptEntry: (key, reason) => {
      // The key holds a user's or conversation's id: only its hash is logged. Its channel is a fixed word.
      redisLog.warn('corrupt session entry read as absent', {
        key: hashId(key),
        channel: key.split(':')[2],
        reason,
      });
      observer?.corruptEntry(reason);
    },
  });
  // The session store closes the shared client; the saved-jobs store only uses it.
  const saved = new RedisSavedJobsStore(client, { ttlSeconds: config.session.savedJobsTtlSeconds });
  return {
    store,
    saved,
    kind: 'redis',
    firstContact: (timeoutMs) =>
      new Promise((resolve) => {
        if (client.status === 'ready') return resolve(true);
        const timer = setTimeout(() => {
          client.off('ready', onReady);
          resolve(false);
        }, timeoutMs);
        const onReady = (): void => {
          clearTimeout(timer);
          resolve(true);
        };
        client.once('ready', onReady);
      }),
  };
}

/** The Redis CA named by REDIS_TLS_CA_FILE cannot be used: the service must not start without it. */
export class RedisCaError extends SoudanError {}

function readCa(path: string): string {
  let pem: string;
  try {
    pem = readFileSync(path, 'utf8');
  } catch (cause) {
    throw new RedisCaError(`REDIS_TLS_CA_FILE ${path} cannot be read`, { cause, context: { path } });
  }
  if (!pem.includes('-----BEGIN CERTIFICATE-----')) {
    throw new RedisCaError(`REDIS_TLS_CA_FILE ${path} holds no PEM certificate`, { context: { path } });
  }
  return pem;
}
