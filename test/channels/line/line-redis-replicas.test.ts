import type { Redis } from 'ioredis';
import { RedisSessionStore } from '../../../src/session';
import { describeWithRedis, REDIS_URL } from '../../session/redis-available';
import { deleteKeysUnder, readyClient, uniqueEnv } from '../../session/redis-test-utils';
import { FakeLineApi } from './fake-line-api';
import { events, expectedTexts, reference, startLineApp, type LineTestApp } from './line-test-kit';

describeWithRedis('LINE on two replicas sharing Redis', () => {
  const env = uniqueEnv();
  let clients: Redis[];
  let api: FakeLineApi;
  let replicas: LineTestApp[];
  beforeAll(async () => {
    api = await new FakeLineApi().start();
    clients = await Promise.all([readyClient(REDIS_URL), readyClient(REDIS_URL)]);
    replicas = await Promise.all(
      clients.map((client) =>
        startLineApp({
          api,
          store: new RedisSessionStore(client, { closeClient: false }),
          env: { SESSION_NAMESPACE: env },
        }),
      ),
    );
  });
  afterAll(async () => {
    await Promise.all(replicas.map((r) => r.close()));
    await deleteKeysUnder(clients[0]!, `soudan:${env}:`);
    await Promise.all(clients.map((c) => c.quit()));
    await api.stop();
  });

  it('answers an event redelivered to the other replica once, and continues the conversation there', async () => {
    const [a, b] = replicas as [LineTestApp, LineTestApp];
    await a.webhook(events.body(events.follow('U-rep', 'rt-rep-0')));
    const id = '01REPLICA00000000000000001';
    const statuses = await Promise.all([
      a.webhook(events.body(events.postback('U-rep', 'rt-rep-1', 'area:any', { id }))),
      b.webhook(events.body(events.postback('U-rep', 'rt-rep-1b', 'area:any', { id, redelivery: true }))),
    ]);
    expect(statuses.map((s) => s.status)).toEqual([200, 200]);
    expect(api.to('rt-rep-1').length + api.to('rt-rep-1b').length).toBe(1);
    const ref = reference();
    ref.start();
    const next = ref.tap('area:any').suggestions[0]!.postback;
    await b.webhook(events.body(events.postback('U-rep', 'rt-rep-2', next)));
    expect(api.to('rt-rep-2')[0]!.body.messages.map((m) => m.text)).toEqual(expectedTexts(ref.tap(next)));
  });
});
