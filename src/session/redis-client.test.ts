import type { Redis } from 'ioredis';
import { createRedisClient, ErrorLogLimiter, reconnectDelay, type RedisClientLogEntry } from './redis-client';
import { SessionStoreError } from './session-errors';

describe('createRedisClient', () => {
  const clients: Redis[] = [];
  afterEach(() => {
    for (const client of clients.splice(0)) client.disconnect();
  });
  // Port 1 on loopback: nothing listens, so nothing leaves the machine.
  const open = (url: string): Redis => {
    const client = createRedisClient(url, { log: () => undefined });
    clients.push(client);
    return client;
  };

  it('takes the password (percent-decoded) and user from the URL, and TLS from rediss://', () => {
    const plain = open('redis://:p%40ss@127.0.0.1:1/2');
    expect(plain.options).toMatchObject({ host: '127.0.0.1', port: 1, password: 'p@ss', db: 2 });
    expect(plain.options.tls).toBeUndefined();

    const tls = open('rediss://soudan:secret@127.0.0.1:1');
    expect(tls.options).toMatchObject({ username: 'soudan', password: 'secret' });
    expect(tls.options.tls).toEqual(expect.any(Object));
    expect(open('REDISS://127.0.0.1:1').options.tls).toEqual(expect.any(Object));
  });

  it('configures fail-fast commands and endless reconnects', () => {
    const client = open('redis://127.0.0.1:1');
    expect(client.options).toMatchObject({
      enableOfflineQueue: false,
      maxRetriesPerRequest: 0,
      autoResendUnfulfilledCommands: false,
      commandTimeout: 1500,
      connectTimeout: 3000,
    });
    expect(client.listenerCount('error')).toBeGreaterThan(0);
    expect(client.options.retryStrategy?.(10_000)).toBe(2000);
  });

  it('rejects other schemes and unparsable URLs without echoing them', () => {
    expect(() => createRedisClient('http://127.0.0.1:6379')).toThrow(SessionStoreError);
    let thrown: unknown;
    try {
      createRedisClient('redis://:hunter2@[bad');
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(SessionStoreError);
    expect(JSON.stringify(thrown) + String(thrown)).not.toContain('hunter2');
    expect((thrown as Error).cause).toBeUndefined();
  });
});

describe('reconnectDelay', () => {
  it('grows from 50 ms and stays at the cap forever', () => {
    expect([1, 2, 3, 4, 5, 6].map((n) => reconnectDelay(n, 1000))).toEqual([50, 100, 200, 400, 800, 1000]);
    expect(reconnectDelay(1_000_000, 1000)).toBe(1000);
  });
});

describe('ErrorLogLimiter', () => {
  it('logs the first error, then one per interval with a count, and notes recovery', () => {
    let t = 0;
    const entries: RedisClientLogEntry[] = [];
    const limiter = new ErrorLogLimiter(
      (e) => entries.push(e),
      1000,
      () => t,
    );
    const refused = new Error('ECONNREFUSED');

    limiter.error(refused);
    t = 500;
    limiter.error(refused);
    limiter.error(refused);
    t = 1000;
    limiter.error(refused);
    t = 1200;
    limiter.error(refused);
    limiter.recovered();
    limiter.recovered();
    limiter.error(refused);

    expect(entries.map(({ level, suppressed }) => [level, suppressed])).toEqual([
      ['warn', 0],
      ['warn', 2],
      ['info', 1],
      ['warn', 0],
    ]);
    expect(entries[0]?.error).toBe(refused);
  });

  it('survives a logger that throws', () => {
    const limiter = new ErrorLogLimiter(
      () => {
        throw new Error('logger broke');
      },
      1000,
      () => 0,
    );
    expect(() => limiter.error(new Error('x'))).not.toThrow();
  });
});
