import { MemorySessionStore, SessionStoreUnavailableError } from '../../src/session';
import { CONTENT_SECURITY_POLICY } from '../../src/server';
import { FAKE_CATALOG, get, startTestApp, type TestApp } from './test-app';

describe('health, readiness, catalogue and the page', () => {
  let app: TestApp;
  let store: MemorySessionStore;
  beforeEach(async () => {
    store = new MemorySessionStore();
    app = await startTestApp({ store });
  });
  afterEach(() => app.close());

  it('GET /healthz answers while the process lives', async () => {
    const response = await get(app.url + '/healthz');
    expect(response).toMatchObject({ status: 200, body: { status: 'ok' } });
  });

  it('GET /readyz is 200 with everything loaded and the store answering', async () => {
    expect(await get(app.url + '/readyz')).toMatchObject({
      status: 200,
      body: { status: 'ready', checks: { catalog: 'ok', model: 'ok', sessionStore: 'ok', accepting: 'ok' } },
    });
  });

  it('GET /readyz is 503 when the store does not answer, and while draining', async () => {
    store.ping = async () => {
      throw new SessionStoreUnavailableError('down', { context: { operation: 'ping' } });
    };
    const down = await get(app.url + '/readyz');
    expect(down.status).toBe(503);
    expect(down.headers.get('retry-after')).toBe('2');
    expect(down.body).toEqual({
      error: { code: 'not_ready', message: 'Session store unavailable' },
      checks: { catalog: 'ok', model: 'ok', sessionStore: 'unavailable', accepting: 'ok' },
    });
    store.ping = async () => undefined;
    app.lifecycle.draining = true;
    const draining = await fetch(app.url + '/readyz');
    expect(draining.status).toBe(503);
    expect(draining.headers.get('connection')).toBe('close');
    expect(await draining.json()).toMatchObject({ error: { code: 'not_ready', message: 'Shutting down' } });
  });

  it('GET /api/v1/catalog lists job types (id, name, category) and conditions (id, name)', async () => {
    const response = await get(app.url + '/api/v1/catalog');
    expect(response.status).toBe(200);
    expect(response.body).toEqual({
      jobTypes: [
        { id: 'cafe', name: 'カフェ', category: 'フード・飲食' },
        { id: 'convenience-store', name: 'コンビニ', category: null },
      ],
      conditions: [{ id: 'daily-pay', name: '日払い' }],
    });
    expect(FAKE_CATALOG.jobTypes).toHaveLength(2);
  });

  it('GET / serves the Japanese chat page with a strict CSP and no inline handlers or outside resources', async () => {
    const response = await fetch(app.url + '/');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/html/);
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(CONTENT_SECURITY_POLICY).toContain("script-src 'self'");
    expect(CONTENT_SECURITY_POLICY).not.toContain('unsafe-inline');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('x-powered-by')).toBeNull();
    const html = await response.text();
    expect(html).toContain('<html lang="ja">');
    expect(html).not.toMatch(/\son[a-z]+\s*=/i);
    expect(html).not.toMatch(/(src|href)="(https?:)?\/\//);
    // The only inline script is data (type application/json), which CSP does not run.
    const inlineScripts = [...html.matchAll(/<script(?![^>]*\bsrc=)([^>]*)>/g)].map((m) => m[1]);
    expect(inlineScripts).toEqual([' type="application/json" id="ui-text"']);
    for (const asset of ['/app.js', '/app.css']) {
      expect((await fetch(app.url + asset)).status).toBe(200);
    }
  });

  it('does not serve files outside public/', async () => {
    for (const path of ['/../package.json', '/%2e%2e/package.json', '/.env']) {
      const response = await fetch(app.url + path);
      expect(response.status).toBe(404);
    }
  });
});
