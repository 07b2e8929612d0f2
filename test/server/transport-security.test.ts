import { STRICT_TRANSPORT_SECURITY } from '../../src/server';
import { startTestApp, type TestApp } from './test-app';

/** What the load balancer adds when the browser came over HTTPS (or HTTP). */
const overTls = { 'X-Forwarded-Proto': 'https', 'X-Forwarded-For': '203.0.113.7' };
const overPlainHttp = { 'X-Forwarded-Proto': 'http', 'X-Forwarded-For': '203.0.113.7' };

describe('Strict-Transport-Security', () => {
  let app: TestApp | undefined;
  afterEach(async () => {
    await app?.close();
    app = undefined;
  });

  it('is sent on every answer to a request that came over TLS through the trusted proxy', async () => {
    app = await startTestApp({ env: { TRUST_PROXY: '1' } });
    for (const path of ['/', '/healthz', '/api/v1/catalog', '/no-such-page']) {
      const response = await fetch(app.url + path, { headers: overTls });
      expect([path, response.headers.get('strict-transport-security')]).toEqual([
        path,
        STRICT_TRANSPORT_SECURITY,
      ]);
    }
    expect(STRICT_TRANSPORT_SECURITY).toMatch(/^max-age=\d{8,}/);
  });

  it('is not sent over plain HTTP (browsers ignore it there, and a laptop must not pin localhost)', async () => {
    app = await startTestApp({ env: { TRUST_PROXY: '1' } });
    const plain = await fetch(app.url + '/', { headers: overPlainHttp });
    expect(plain.headers.get('strict-transport-security')).toBeNull();
    const direct = await fetch(app.url + '/');
    expect(direct.headers.get('strict-transport-security')).toBeNull();
  });

  it('does not believe X-Forwarded-Proto from a client when no proxy is trusted', async () => {
    app = await startTestApp({ env: { TRUST_PROXY: '0' } });
    const response = await fetch(app.url + '/', { headers: overTls });
    expect(response.headers.get('strict-transport-security')).toBeNull();
  });
});
