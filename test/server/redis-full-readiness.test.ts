import type { Redis } from 'ioredis';
import { createLogger } from '../../src/logging';
import { startServer, type RunningServer } from '../../src/server';
import { describeIf, redisServerMissingReason } from '../session/redis-available';
import { freePort, RedisServerProcess } from '../session/redis-server-process';
import { eventually, readyClient } from '../session/redis-test-utils';
import { sampleValue, scrapeMetrics } from './scrape-metrics';
import { expectErrorBody, FakeDialogue, get, post, testConfig } from './test-app';

const TURNS = '/api/v1/turns';
const FULL = 'soudan_session_store_full';

describeIf(
  redisServerMissingReason(),
  'a Redis at its maxmemory with noeviction (throwaway redis-server)',
  () => {
    let server: RedisServerProcess;
    let admin: Redis;
    let running: RunningServer;

    beforeAll(async () => {
      server = new RedisServerProcess(await freePort(), ['--maxmemory-policy', 'noeviction']);
      await server.start();
      admin = await readyClient(server.url);
      running = await startServer(testConfig({ REDIS_URL: server.url, SESSION_NAMESPACE: 'full' }), {
        logger: createLogger({ level: 'silent' }),
        host: '127.0.0.1',
        port: 0,
        metricsPort: 0,
        defaultMetrics: false,
        createDialogue: () => new FakeDialogue(),
      });
    });
    afterAll(async () => {
      await running.close();
      admin.disconnect();
      await server.stop();
    });

    it('makes /readyz not ready and sets the store-full metric; both recover when memory is free again', async () => {
      expect((await get(running.url + '/readyz')).status).toBe(200);
      expect(sampleValue(await scrapeMetrics(running.metricsPort!), FULL)).toBe(0);

      // Reads still work (PING answered), writes are refused: "OOM command not allowed when used memory > 'maxmemory'".
      await admin.config('SET', 'maxmemory', '1');
      const turn = await post(running.url + TURNS, { conversationId: 'when-full', event: 'start' });
      expectErrorBody(turn, 503, 'session_store_unavailable');

      const ready = await get(running.url + '/readyz');
      expect({ status: ready.status, body: ready.body }).toEqual({
        status: 503,
        body: {
          error: { code: 'not_ready', message: 'Session store full' },
          checks: { catalog: 'ok', model: 'ok', sessionStore: 'full', accepting: 'ok' },
        },
      });
      const metrics = await scrapeMetrics(running.metricsPort!);
      expect(sampleValue(metrics, FULL)).toBe(1);
      expect(
        sampleValue(
          metrics,
          'soudan_session_store_errors_total{operation="ping",error="SessionStoreFullError"}',
        ),
      ).toBeGreaterThanOrEqual(1);
      expect((await get(running.url + '/healthz')).status).toBe(200);

      await admin.config('SET', 'maxmemory', '0');
      await eventually(async () => {
        if ((await get(running.url + '/readyz')).status !== 200) throw new Error('not ready yet');
      });
      expect(sampleValue(await scrapeMetrics(running.metricsPort!), FULL)).toBe(0);
      const recovered = await post(running.url + TURNS, { conversationId: 'when-full', event: 'start' });
      expect(recovered.status).toBe(200);
    });
  },
);
