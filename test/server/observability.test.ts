import { createLogger } from '../../src/logging';
import { startServer, type RunningServer } from '../../src/server';
import { freePort } from '../session/redis-server-process';
import { sampleValue, scrapeMetrics } from './scrape-metrics';
import { QA_HEADERS, post, testConfig } from './test-app';

const TRACE = '0af7651916cd43dd8448eb211c80319c';
const TURNS = '/api/v1/turns';

describe('logs and metrics of a running server (the real dialogue on the bundled sample)', () => {
  let running: RunningServer;
  const logs: Record<string, unknown>[] = [];

  beforeAll(async () => {
    running = await startServer(
      testConfig({
        GOOGLE_CLOUD_PROJECT: 'soudan-test',
        LINE_CHANNEL_SECRET: 'observed-secret',
        LINE_CHANNEL_ACCESS_TOKEN: 'observed-token',
        LINE_API_BASE_URL: 'http://127.0.0.1:9',
      }),
      {
        logger: createLogger({
          level: 'info',
          write: (l) => logs.push(JSON.parse(l) as Record<string, unknown>),
        }),
        host: '127.0.0.1',
        port: 0,
        metricsPort: 0,
        defaultMetrics: false,
      },
    );
  });
  afterAll(() => running.close());

  it("writes Cloud Logging's shape with the load balancer's trace on the request and the turn", async () => {
    const response = await post(
      running.url + TURNS,
      { conversationId: 'qa-traced', event: 'start' },
      { ...QA_HEADERS, 'X-Cloud-Trace-Context': `${TRACE}/42;o=1` },
    );
    expect(response.status).toBe(200);
    const traced = logs.filter(
      (l) => l['logging.googleapis.com/trace'] === `projects/soudan-test/traces/${TRACE}`,
    );
    expect(traced.map((l) => l.message).sort()).toEqual(['request', 'turn']);
    const requestLine = traced.find((l) => l.message === 'request')!;
    expect(requestLine).toMatchObject({
      severity: 'INFO',
      time: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
      'logging.googleapis.com/spanId': '000000000000002a',
      'logging.googleapis.com/trace_sampled': true,
      httpRequest: {
        requestMethod: 'POST',
        requestUrl: TURNS,
        status: 200,
        latency: expect.stringMatching(/^\d+\.\d{4}s$/),
        protocol: 'HTTP/1.1',
      },
    });
    expect(JSON.stringify(traced)).not.toContain('qa-traced');
  });

  it('serves metrics on the metrics port only: turns, responses and signature failures', async () => {
    await post(running.url + TURNS, { conversationId: 'qa-metrics', event: 'start' });
    await post(running.url + TURNS, { conversationId: 'qa-metrics', text: 'どこでもいい' });
    const refused = await post(running.url + '/webhooks/line', '{"events":[]}', {
      'Content-Type': 'application/json',
      'X-Line-Signature': 'bm90IHRoZSBzaWduYXR1cmU=',
    });
    expect(refused.status).toBe(401);

    const text = await scrapeMetrics(running.metricsPort!);
    expect(
      sampleValue(text, 'soudan_turns_total{channel="web",act="greet",outcome="ok"}'),
    ).toBeGreaterThanOrEqual(2);
    expect(sampleValue(text, 'soudan_turns_total{channel="web",act="askJobType",outcome="ok"}')).toBe(1);
    expect(sampleValue(text, 'soudan_turn_duration_seconds_count{channel="web"}')).toBeGreaterThanOrEqual(3);
    expect(sampleValue(text, 'soudan_http_responses_total{status_class="2xx"}')).toBeGreaterThanOrEqual(3);
    expect(sampleValue(text, 'soudan_http_responses_total{status_class="4xx"}')).toBeGreaterThanOrEqual(1);
    expect(sampleValue(text, 'soudan_signature_failures_total{channel="line"}')).toBe(1);
    expect(text).toMatch(/^soudan_model_info\{version="[0-9a-f]{12}",strategy="bayes"\} 1$/m);
    expect(text).toMatch(/^soudan_catalog_info\{version="[0-9a-f]{12}"\} 1$/m);

    expect((await fetch(running.url + '/metrics')).status).toBe(404);
  });
});

describe('metrics while the session store is down', () => {
  it('counts the failed store operations and the turns they cost, and answers 503', async () => {
    const deadPort = await freePort();
    const running = await startServer(testConfig({ REDIS_URL: `redis://127.0.0.1:${deadPort}` }), {
      logger: createLogger({ level: 'silent' }),
      host: '127.0.0.1',
      port: 0,
      metricsPort: 0,
      defaultMetrics: false,
    });
    try {
      const response = await post(running.url + TURNS, { conversationId: 'qa-down', event: 'start' });
      expect(response.status).toBe(503);
      const text = await scrapeMetrics(running.metricsPort!);
      expect(
        sampleValue(
          text,
          'soudan_session_store_errors_total{operation="get",error="SessionStoreUnavailableError"}',
        ),
      ).toBe(1);
      expect(
        sampleValue(text, 'soudan_turns_total{channel="web",act="none",outcome="store_unavailable"}'),
      ).toBe(1);
      expect(sampleValue(text, 'soudan_http_responses_total{status_class="5xx"}')).toBe(1);
    } finally {
      await running.close();
    }
  });
});
