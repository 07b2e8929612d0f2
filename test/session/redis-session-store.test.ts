import type { Redis } from 'ioredis';
import { RedisSessionStore, sessionKey, sessionKeyPrefix } from '../../src/session';
import { describeWithRedis, REDIS_URL } from './redis-available';
import { deleteKeysUnder, readyClient, uniqueEnv } from './redis-test-utils';

describeWithRedis('RedisSessionStore against a real Redis', () => {
  let client: Redis;
  let store: RedisSessionStore;
  let env: string;
  const key = (id: string): string => sessionKey(env, 'web', id);

  beforeAll(async () => {
    client = await readyClient(REDIS_URL);
    store = new RedisSessionStore(client, { closeClient: false });
  });
  beforeEach(() => {
    env = uniqueEnv();
  });
  afterEach(async () => {
    await deleteKeysUnder(client, sessionKeyPrefix(env));
  });
  afterAll(async () => {
    await client.quit();
  });

  it('creates with version 0, then writes only with the current version', async () => {
    const k = key('user-1');
    expect(await store.get(k)).toBeNull();
    expect(await store.compareAndSet(k, 0, '{"step":1}', 60)).toBe(1);
    expect(await store.get(k)).toEqual({ value: '{"step":1}', version: 1 });

    expect(await store.compareAndSet(k, 0, 'lost', 60)).toBeNull();
    expect(await store.compareAndSet(k, 5, 'lost', 60)).toBeNull();
    expect(await store.get(k)).toEqual({ value: '{"step":1}', version: 1 });

    expect(await store.compareAndSet(k, 1, '{"step":2}', 60)).toBe(2);
    expect(await store.get(k)).toEqual({ value: '{"step":2}', version: 2 });
  });

  it('refuses a non-zero expected version for a missing key', async () => {
    expect(await store.compareAndSet(key('nobody'), 3, 'x', 60)).toBeNull();
    expect(await store.get(key('nobody'))).toBeNull();
  });

  it('stores values byte for byte, including Japanese and empty strings', async () => {
    const value = JSON.stringify({ said: '日払いがいいです', emoji: '🙂', quote: '"\\' });
    await store.compareAndSet(key('a'), 0, value, 60);
    await store.compareAndSet(key('b'), 0, '', 60);
    expect((await store.get(key('a')))?.value).toBe(value);
    expect(await store.get(key('b'))).toEqual({ value: '', version: 1 });
  });

  it('sets a TTL on create and refreshes it on every write', async () => {
    const k = key('ttl');
    await store.compareAndSet(k, 0, 'x', 100);
    const first = await client.pttl(k);
    expect(first).toBeGreaterThan(0);
    expect(first).toBeLessThanOrEqual(100_000);

    await client.pexpire(k, 5_000);
    await store.compareAndSet(k, 1, 'y', 100);
    expect(await client.pttl(k)).toBeGreaterThan(5_000);
  });

  it('forgets an entry once its TTL has run out', async () => {
    const k = key('short');
    await store.compareAndSet(k, 0, 'x', 0.05);
    await new Promise((r) => setTimeout(r, 200));
    expect(await store.get(k)).toBeNull();
    expect(await store.compareAndSet(k, 0, 'again', 60)).toBe(1);
  });

  it('deletes, and a deleted session starts again at version 1', async () => {
    const k = key('gone');
    await store.compareAndSet(k, 0, 'x', 60);
    await store.delete(k);
    await store.delete(k);
    expect(await store.get(k)).toBeNull();
    expect(await store.compareAndSet(k, 0, 'new', 60)).toBe(1);
  });

  it('still works after Redis forgot the cached script', async () => {
    await client.script('FLUSH');
    expect(await store.compareAndSet(key('noscript'), 0, 'x', 60)).toBe(1);
    expect(await store.compareAndSet(key('noscript'), 1, 'y', 60)).toBe(2);
  });

  it('reads data it did not write as absent, reports it, and lets only a create replace it', async () => {
    const reported: [string, string][] = [];
    const watched = new RedisSessionStore(client, {
      closeClient: false,
      onCorruptEntry: (k, reason) => reported.push([k, reason]),
    });
    await client.set(key('string'), 'not a hash');
    await client.hset(key('half'), 'v', 'no version');
    await client.hset(key('zero'), 'v', 'x', 'n', '0');
    await client.hset(key('float'), 'v', 'x', 'n', '1.5');
    for (const id of ['string', 'half', 'zero', 'float']) expect(await watched.get(key(id))).toBeNull();
    expect(reported).toEqual([
      [key('string'), 'wrong_type'],
      [key('half'), 'malformed'],
      [key('zero'), 'malformed'],
      [key('float'), 'malformed'],
    ]);

    // Only a writer that read "absent" may replace it; a stale writer naming some version may not.
    expect(await watched.compareAndSet(key('string'), 1, 'x', 60)).toBeNull();
    expect(await client.type(key('string'))).toBe('string');
    expect(await watched.compareAndSet(key('string'), 0, 'fresh', 60)).toBe(1);
    expect(await watched.get(key('string'))).toEqual({ value: 'fresh', version: 1 });
    expect(await client.pttl(key('string'))).toBeGreaterThan(0);
    expect(await watched.compareAndSet(key('half'), 0, 'fresh', 60)).toBe(1);
    expect(await client.hgetall(key('half'))).toEqual({ v: 'fresh', n: '1' });
  });

  it('lets exactly one of many writers racing on the same version win, across two clients', async () => {
    const other = await readyClient(REDIS_URL);
    try {
      const stores = [store, new RedisSessionStore(other, { closeClient: false })];
      const k = key('race');
      await store.compareAndSet(k, 0, 'start', 60);
      const outcomes = await Promise.all(
        Array.from({ length: 40 }, (_, i) =>
          (stores[i % 2] as RedisSessionStore).compareAndSet(k, 1, `w${i}`, 60),
        ),
      );
      const winners = outcomes.flatMap((version, i) => (version === null ? [] : [i]));
      expect(winners).toHaveLength(1);
      expect(outcomes[winners[0] as number]).toBe(2);
      expect(await store.get(k)).toEqual({ value: `w${winners[0]}`, version: 2 });
    } finally {
      await other.quit();
    }
  });

  it('answers ping', async () => {
    await expect(store.ping()).resolves.toBeUndefined();
  });
});
