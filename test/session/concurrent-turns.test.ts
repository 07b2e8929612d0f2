import type { Redis } from 'ioredis';
import {
  MemorySessionStore,
  RedisSessionStore,
  runSerialized,
  sessionKey,
  sessionKeyPrefix,
  type SessionStore,
} from '../../src/session';
import { describeWithRedis, REDIS_URL } from './redis-available';
import { deleteKeysUnder, readyClient, uniqueEnv } from './redis-test-utils';

const TURNS = 50;
const TTL = 60;

/** One turn: append this turn's number to the JSON array state; answer with the array as this turn saw it. */
function appendTurn(n: number) {
  return (current: string | null) => {
    const answers = current === null ? [] : (JSON.parse(current) as number[]);
    const next = [...answers, n];
    return { next: JSON.stringify(next), result: next };
  };
}

/**
 * Fires all turns at once, alternating between the replicas, and checks that every answer survived. The first
 * turn on each replica waits until every replica has read, so the replicas certainly race at least once.
 */
async function fiftyTurnsAtOnce(replicas: SessionStore[], key: string): Promise<void> {
  let conflicts = 0;
  let waiting = replicas.length;
  let allRead!: () => void;
  const barrier = new Promise<void>((resolve) => (allRead = resolve));
  const turn = (n: number) => async (current: string | null) => {
    if (n < replicas.length) {
      if (--waiting === 0) allRead();
      await barrier;
    }
    return appendTurn(n)(current);
  };

  const turns = Array.from({ length: TURNS }, (_, n) =>
    runSerialized(replicas[n % replicas.length] as SessionStore, key, TTL, turn(n), {
      onConflict: () => conflicts++,
    }),
  );
  const seen = await Promise.all(turns);

  const stored = await (replicas[0] as SessionStore).get(key);
  const final = JSON.parse(stored?.value ?? '[]') as number[];
  expect([...final].sort((a, b) => a - b)).toEqual(Array.from({ length: TURNS }, (_, n) => n));
  expect(stored?.version).toBe(TURNS);
  // A serial order: each turn saw exactly the turns before it in the final order.
  for (const [n, view] of seen.entries()) {
    expect(view).toEqual(final.slice(0, final.indexOf(n) + 1));
  }
  expect(conflicts).toBeGreaterThanOrEqual(replicas.length - 1);
}

/** A second view of the same store, yielding to the event loop on each call like a remote store would. */
function replicaView(inner: SessionStore): SessionStore {
  const hop = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));
  return {
    get: async (key) => (await hop(), inner.get(key)),
    compareAndSet: async (key, expected, value, ttl) => (
      await hop(),
      inner.compareAndSet(key, expected, value, ttl)
    ),
    delete: async (key) => (await hop(), inner.delete(key)),
    ping: () => inner.ping(),
    close: () => inner.close(),
  };
}

describe('concurrent turns on the memory store', () => {
  it(`keeps all ${TURNS} answers from one process`, async () => {
    const store = new MemorySessionStore();
    await fiftyTurnsAtOnce([store], 'soudan:test:web:one');
  });

  it(`keeps all ${TURNS} answers from two replicas sharing it`, async () => {
    const store = new MemorySessionStore();
    await fiftyTurnsAtOnce([replicaView(store), replicaView(store)], 'soudan:test:web:two');
  });
});

describeWithRedis('concurrent turns on Redis', () => {
  const clients: Redis[] = [];
  let env: string;

  beforeEach(() => {
    env = uniqueEnv();
  });
  afterEach(async () => {
    const [first] = clients;
    if (first) await deleteKeysUnder(first, sessionKeyPrefix(env));
    await Promise.all(clients.splice(0).map((client) => client.quit()));
  });

  it(`keeps all ${TURNS} answers across two replicas with separate clients`, async () => {
    clients.push(await readyClient(REDIS_URL), await readyClient(REDIS_URL));
    const replicas = clients.map((client) => new RedisSessionStore(client, { closeClient: false }));
    await fiftyTurnsAtOnce(replicas, sessionKey(env, 'line', 'U-concurrent'));
  });
});
