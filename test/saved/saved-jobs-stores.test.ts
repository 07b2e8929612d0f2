import type { Redis } from 'ioredis';
import {
  MAX_SAVED_JOBS,
  MemorySavedJobsStore,
  RedisSavedJobsStore,
  savedJobsKey,
  type SavedJobsStore,
} from '../../src/saved';
import { sessionKey, sessionKeyPrefix } from '../../src/session';
import { describeWithRedis, REDIS_URL } from '../session/redis-available';
import { deleteKeysUnder, readyClient, uniqueEnv } from '../session/redis-test-utils';

/** What every saved-jobs store does, whatever keeps the list. */
function behavesAsSavedJobs(make: () => { store: SavedJobsStore; key: (id: string) => string }): void {
  it('lists newest first; saving again moves a job to the front; removing takes it off', async () => {
    const { store, key } = make();
    const user = key('U1');
    expect(await store.list(user)).toEqual([]);
    await store.add(user, 'L1');
    await store.add(user, 'L2');
    await store.add(user, 'L3');
    expect(await store.list(user)).toEqual(['L3', 'L2', 'L1']);
    await store.add(user, 'L1');
    expect(await store.list(user)).toEqual(['L1', 'L3', 'L2']);
    await store.remove(user, 'L3');
    await store.remove(user, 'not-saved');
    expect(await store.list(user)).toEqual(['L1', 'L2']);
  });

  it('keeps each user apart, and at most MAX_SAVED_JOBS, the oldest going first', async () => {
    const { store, key } = make();
    for (let i = 0; i <= MAX_SAVED_JOBS; i++) await store.add(key('many'), `L${i}`);
    const kept = await store.list(key('many'));
    expect(kept).toHaveLength(MAX_SAVED_JOBS);
    expect(kept[0]).toBe(`L${MAX_SAVED_JOBS}`);
    expect(kept).not.toContain('L0');
    expect(await store.list(key('other'))).toEqual([]);
  });
}

describe('savedJobsKey', () => {
  it('is the session user key under a segment of its own, never a session key', () => {
    expect(savedJobsKey('prod', 'line', 'U:1')).toBe('soudan:prod:saved:line:U%3A1');
    expect(savedJobsKey('prod', 'line', 'U:1')).not.toBe(sessionKey('prod', 'line', 'U:1'));
    expect(() => savedJobsKey('prod', 'Bad Channel', 'x')).toThrow();
  });
});

describe('MemorySavedJobsStore', () => {
  let now = 1_000_000;
  behavesAsSavedJobs(() => ({
    store: new MemorySavedJobsStore({ ttlSeconds: 60, now: () => now++ }),
    key: (id) => savedJobsKey('test', 'web', id),
  }));

  it('forgets a list its TTL after the last change', async () => {
    let clock = 0;
    const store = new MemorySavedJobsStore({ ttlSeconds: 30 * 24 * 3600, now: () => clock });
    await store.add('k', 'L1');
    clock += 29 * 24 * 3600 * 1000;
    await store.add('k', 'L2');
    clock += 29 * 24 * 3600 * 1000;
    expect(await store.list('k')).toEqual(['L2', 'L1']);
    clock += 2 * 24 * 3600 * 1000;
    expect(await store.list('k')).toEqual([]);
  });
});

describeWithRedis('RedisSavedJobsStore against a real Redis', () => {
  let client: Redis;
  let env: string;
  let clock = 1_000_000;
  beforeAll(async () => {
    client = await readyClient(REDIS_URL);
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

  behavesAsSavedJobs(() => ({
    store: new RedisSavedJobsStore(client, { ttlSeconds: 60, now: () => clock++ }),
    key: (id) => savedJobsKey(env, 'web', id),
  }));

  it('gives the list its own TTL, renewed by every change', async () => {
    const store = new RedisSavedJobsStore(client, { ttlSeconds: 30 * 24 * 3600 });
    const key = savedJobsKey(env, 'line', 'U1');
    await store.add(key, 'L1');
    const ttl = await client.ttl(key);
    expect(ttl).toBeGreaterThan(30 * 24 * 3600 - 5);
    expect(ttl).toBeLessThanOrEqual(30 * 24 * 3600);
    await client.expire(key, 100);
    await store.remove(key, 'L9');
    expect(await client.ttl(key)).toBeGreaterThan(100);
  });

  it('turns a broken connection into the store being unavailable', async () => {
    const broken = await readyClient(REDIS_URL);
    broken.disconnect();
    const store = new RedisSavedJobsStore(broken, { ttlSeconds: 60 });
    await expect(store.add(savedJobsKey(env, 'web', 'x'), 'L1')).rejects.toMatchObject({
      name: 'SessionStoreUnavailableError',
    });
    await expect(store.list(savedJobsKey(env, 'web', 'x'))).rejects.toMatchObject({
      name: 'SessionStoreUnavailableError',
    });
  });
});
