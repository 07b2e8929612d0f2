import type { Redis } from 'ioredis';
import {
  RedisSessionStore,
  SessionStoreUnavailableError,
  sessionKey,
  type RedisClientLogEntry,
} from '../../src/session';
import { describeIf, redisServerMissingReason } from './redis-available';
import { freePort, RedisServerProcess } from './redis-server-process';
import { eventually, readyClient } from './redis-test-utils';

describeIf(redisServerMissingReason(), 'RedisSessionStore when Redis goes down and comes back', () => {
  let server: RedisServerProcess;
  let client: Redis | undefined;
  const logged: RedisClientLogEntry[] = [];
  const key = sessionKey('itest', 'alexa', 'amzn1.ask.account.outage');

  beforeAll(async () => {
    server = new RedisServerProcess(await freePort());
    await server.start();
  });
  afterAll(async () => {
    if (client && client.status !== 'end') client.disconnect();
    await server.stop();
  });

  it('fails fast while Redis is down, keeps the process up, and heals with the same client', async () => {
    client = await readyClient(server.url, (entry) => logged.push(entry), 200);
    const store = new RedisSessionStore(client);
    expect(await store.compareAndSet(key, 0, '{"turn":1}', 60)).toBe(1);

    await server.stop();

    // Every call rejects (none hangs), whether it meets the dying socket or the reconnect loop.
    for (let round = 0; round < 3; round++) {
      await expect(store.get(key)).rejects.toThrow(SessionStoreUnavailableError);
      await expect(store.compareAndSet(key, 1, '{"turn":2}', 60)).rejects.toThrow(
        SessionStoreUnavailableError,
      );
      await expect(store.delete(key)).rejects.toThrow(SessionStoreUnavailableError);
      await expect(store.ping()).rejects.toMatchObject({
        name: 'SessionStoreUnavailableError',
        context: { operation: 'ping' },
      });
    }
    await eventually(async () => {
      if (!logged.some((entry) => entry.level === 'warn')) throw new Error('no connection error logged yet');
    });

    await server.start();

    await eventually(() => store.ping());
    // The restarted server has no data (no persistence) and no cached script.
    expect(await store.get(key)).toBeNull();
    expect(await store.compareAndSet(key, 0, '{"turn":2}', 60)).toBe(1);
    expect(await store.get(key)).toEqual({ value: '{"turn":2}', version: 1 });
    expect(logged.at(-1)).toMatchObject({ level: 'info', message: 'Redis connection ready again' });

    await store.close();
    expect(client.status).toBe('end');
  });
});
