import { request } from 'node:http';
import { ServiceMetrics } from './service-metrics';
import { startMetricsServer, type MetricsServer } from './metrics-server';

/** node:http with an options object (another suite's HTTP mocking patches the url-string form). */
function get(
  port: number,
  path: string,
  method = 'GET',
): Promise<{ status: number; type: string; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path, method }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (body += chunk));
      res.on('end', () =>
        resolve({ status: res.statusCode ?? 0, type: res.headers['content-type'] ?? '', body }),
      );
    });
    req.on('error', reject);
    req.end();
  });
}

describe('startMetricsServer', () => {
  let server: MetricsServer;
  const metrics = new ServiceMetrics();
  beforeAll(async () => {
    server = await startMetricsServer(metrics.registry, 0, '127.0.0.1');
  });
  afterAll(() => server.close());

  it('serves the registry in the Prometheus text format on GET /metrics', async () => {
    metrics.signatureRejected('teams');
    const response = await get(server.port, '/metrics');
    expect(response.status).toBe(200);
    expect(response.type).toMatch(/^text\/plain; version=0\.0\.4/);
    expect(response.body).toContain('soudan_signature_failures_total{channel="teams"} 1');
  });

  it('answers 404 to anything else', async () => {
    expect((await get(server.port, '/')).status).toBe(404);
    expect((await get(server.port, '/metrics', 'POST')).status).toBe(404);
    expect((await get(server.port, '/healthz')).status).toBe(404);
  });

  it('refuses to start on a port that is taken', async () => {
    await expect(startMetricsServer(metrics.registry, server.port, '127.0.0.1')).rejects.toThrow(
      /EADDRINUSE/,
    );
  });
});
