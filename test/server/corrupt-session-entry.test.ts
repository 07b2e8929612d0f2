import type { Redis } from 'ioredis';
import { createLogger, hashId } from '../../src/logging';
import { startServer, type RunningServer } from '../../src/server';
import { sessionKey, sessionKeyPrefix } from '../../src/session';
import { describeWithRedis, REDIS_URL } from '../session/redis-available';
import { deleteKeysUnder, readyClient, uniqueEnv } from '../session/redis-test-utils';
import { sampleValue, scrapeMetrics } from './scrape-metrics';
import { FakeDialogue, post, testConfig } from './test-app';

const TURNS = '/api/v1/turns';

/**
 * Entries this service never writes, as an operator's mistake, another program sharing the Redis, or an old
 * format would leave them. Each used to answer 500 on every turn of its conversation, `start` included, until
 * the key expired.
 */
const CORRUPTIONS: readonly [string, string, (client: Redis, key: string) => Promise<unknown>][] = [
  ['a string where a hash belongs (WRONGTYPE)', 'wrong_type', (c, k) => c.set(k, 'not a hash')],
  ['a hash whose version is not a number', 'malformed', (c, k) => c.hset(k, 'v', '{"f":1}', 'n', 'abc')],
  ['a hash without a version', 'malformed', (c, k) => c.hset(k, 'v', '{"f":1,"turn":3}')],
  ['a hash without a value', 'malformed', (c, k) => c.hset(k, 'n', '4')],
  ['a list', 'wrong_type', (c, k) => c.rpush(k, 'a', 'b')],
];

describeWithRedis('a corrupt session entry in Redis (real Redis, the web API)', () => {
  let client: Redis;
  let running: RunningServer;
  let env: string;
  const logs: Record<string, unknown>[] = [];

  beforeAll(async () => {
    client = await readyClient(REDIS_URL);
    env = uniqueEnv();
    running = await startServer(testConfig({ REDIS_URL, SESSION_NAMESPACE: env }), {
      logger: createLogger({
        level: 'info',
        write: (l) => logs.push(JSON.parse(l) as Record<string, unknown>),
      }),
      host: '127.0.0.1',
      port: 0,
      metricsPort: 0,
      defaultMetrics: false,
      createDialogue: () => new FakeDialogue(),
    });
  });
  afterAll(async () => {
    await running.close();
    await deleteKeysUnder(client, sessionKeyPrefix(env));
    await client.quit();
  });

  it.each(CORRUPTIONS)(
    '%s: start answers 200 with a fresh start, and the conversation goes on',
    async (_, reason, corrupt) => {
      const id = `corrupt-${reason}-${Math.random().toString(36).slice(2)}`;
      const key = sessionKey(env, 'web', id);
      await corrupt(client, key);

      const start = await post(running.url + TURNS, { conversationId: id, event: 'start' });
      expect({ status: start.status, body: start.body }).toMatchObject({
        status: 200,
        body: { conversationId: id, turn: 1, done: false, question: { kind: 'jobType' } },
      });
      const next = await post(running.url + TURNS, { conversationId: id, postback: 'yes' });
      expect({ status: next.status, body: next.body }).toMatchObject({ status: 200, body: { turn: 2 } });
      // Overwritten by the first save: a session of ours now, with its TTL.
      expect(await client.type(key)).toBe('hash');
      expect(await client.hget(key, 'n')).toBe('2');
      expect(await client.pttl(key)).toBeGreaterThan(0);

      const warned = logs.filter((l) => l.message === 'corrupt session entry read as absent');
      expect(warned).toContainEqual(
        expect.objectContaining({ severity: 'WARNING', key: hashId(key), reason, channel: 'web' }),
      );
      expect(JSON.stringify(logs)).not.toContain(id);
    },
  );

  it('answers 200 to a text turn on a corrupt entry too, and counts every corrupt read in a metric', async () => {
    const id = `corrupt-text-${Math.random().toString(36).slice(2)}`;
    await client.set(sessionKey(env, 'web', id), '{"f":1}');
    const before = await scrapeMetrics(running.metricsPort!);
    const response = await post(running.url + TURNS, { conversationId: id, text: 'はい' });
    expect({ status: response.status, body: response.body }).toMatchObject({
      status: 200,
      body: { turn: 1 },
    });
    const after = await scrapeMetrics(running.metricsPort!);
    const series = 'soudan_session_entries_corrupt_total{reason="wrong_type"}';
    expect((sampleValue(after, series) ?? 0) - (sampleValue(before, series) ?? 0)).toBe(1);
    expect(sampleValue(after, 'soudan_http_responses_total{status_class="5xx"}')).toBe(0);
  });
});
