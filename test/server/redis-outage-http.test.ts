import type { Redis } from 'ioredis';
import { createRedisClient, RedisSessionStore } from '../../src/session';
import { describeIf, redisServerMissingReason } from '../session/redis-available';
import { freePort, RedisServerProcess } from '../session/redis-server-process';
import { eventually } from '../session/redis-test-utils';
import { expectErrorBody, post, startTestApp, type TestApp } from './test-app';

describeIf(redisServerMissingReason(), 'HTTP with Redis down, then back', () => {
  let server: RedisServerProcess;
  let client: Redis;
  let app: TestApp;

  beforeAll(async () => {
    // Nothing listens on this port until the test starts redis-server there.
    server = new RedisServerProcess(await freePort());
    client = createRedisClient(server.url, { log: () => undefined, maxBackoffMs: 200 });
    app = await startTestApp({ store: new RedisSessionStore(client) });
  });
  afterAll(async () => {
    await app.close();
    client.disconnect();
    await server.stop();
  });

  it('answers 503 with Retry-After while Redis is down, stays up, and recovers by itself', async () => {
    const ready = await fetch(app.url + '/readyz');
    expect(ready.status).toBe(503);
    expect(await ready.json()).toMatchObject({
      error: { code: 'not_ready', message: 'Session store unavailable' },
      checks: { catalog: 'ok', sessionStore: 'unavailable' },
    });
    const turn = await post(app.url + '/api/v1/turns', { conversationId: 'outage', event: 'start' });
    expectErrorBody(turn, 503, 'session_store_unavailable');
    expect(turn.headers.get('retry-after')).toBe('2');
    expect((await fetch(app.url + '/healthz')).status).toBe(200);

    await server.start();

    await eventually(async () => {
      const response = await fetch(app.url + '/readyz');
      if (response.status !== 200) throw new Error(`readyz ${response.status}`);
    });
    const recovered = await post(app.url + '/api/v1/turns', { conversationId: 'outage', event: 'start' });
    expect(recovered.status).toBe(200);
    expect(recovered.body).toMatchObject({ turn: 1 });

    await server.stop();
    await eventually(async () => {
      const response = await post(app.url + '/api/v1/turns', { conversationId: 'outage', postback: 'yes' });
      if (response.status !== 503) throw new Error(`turn ${response.status}`);
    });
    expect((await fetch(app.url + '/readyz')).status).toBe(503);
  });
});
