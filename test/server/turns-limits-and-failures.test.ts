import type { DialoguePort } from '../../src/channels/shared';
import { MemorySessionStore, SessionStoreUnavailableError, type SessionStore } from '../../src/session';
import { expectErrorBody, post, startTestApp, type TestApp } from './test-app';

const TURNS = '/api/v1/turns';

describe('rate limiting (429)', () => {
  let app: TestApp;
  afterEach(() => app.close());

  it('limits each conversation separately and says when to retry', async () => {
    app = await startTestApp({
      env: { RATE_LIMIT_CONVERSATION_BURST: '2', RATE_LIMIT_CONVERSATION_PER_SECOND: '0.25' },
    });
    expect((await post(app.url + TURNS, { conversationId: 'c1', event: 'start' })).status).toBe(200);
    expect((await post(app.url + TURNS, { conversationId: 'c1', postback: 'yes' })).status).toBe(200);
    const limited = await post(app.url + TURNS, { conversationId: 'c1', postback: 'yes' });
    expectErrorBody(limited, 429, 'rate_limited');
    expect(limited.headers.get('retry-after')).toBe('4');
    expect((await post(app.url + TURNS, { conversationId: 'c2', event: 'start' })).status).toBe(200);
  });

  it('limits each client address across conversations, before reading the body', async () => {
    app = await startTestApp({ env: { RATE_LIMIT_CLIENT_BURST: '3', RATE_LIMIT_CLIENT_PER_SECOND: '0.1' } });
    for (let i = 0; i < 3; i++) {
      expect((await post(app.url + TURNS, { conversationId: `k${i}`, event: 'start' })).status).toBe(200);
    }
    const limited = await post(app.url + TURNS, { conversationId: 'k9', event: 'start' });
    expectErrorBody(limited, 429, 'rate_limited');
    expect(limited.headers.get('retry-after')).toBe('10');
    // Even a bad request is refused first by the limit.
    expectErrorBody(
      await post(app.url + TURNS, 'not json', { 'Content-Type': 'text/plain' }),
      429,
      'rate_limited',
    );
  });

  it('can be switched off', async () => {
    app = await startTestApp({ env: { RATE_LIMIT_ENABLED: 'false', RATE_LIMIT_CONVERSATION_BURST: '1' } });
    for (let i = 0; i < 5; i++) {
      expect((await post(app.url + TURNS, { conversationId: 'same', event: 'start' })).status).toBe(200);
    }
  });
});

/** A store whose every call fails the way a given error says. */
function failingStore(error: () => Error): SessionStore {
  return {
    get: async () => {
      throw error();
    },
    compareAndSet: async () => {
      throw error();
    },
    delete: async () => {
      throw error();
    },
    ping: async () => {
      throw error();
    },
    close: async () => undefined,
  };
}

describe('session store failures (503) and our own bugs (500)', () => {
  let app: TestApp;
  afterEach(() => app.close());

  it('503 with Retry-After when the session store is unavailable; the process stays up', async () => {
    app = await startTestApp({
      store: failingStore(
        () =>
          new SessionStoreUnavailableError('down', {
            context: { operation: 'get' },
            cause: new Error('ECONNREFUSED'),
          }),
      ),
    });
    const response = await post(app.url + TURNS, { conversationId: 'c', event: 'start' });
    expectErrorBody(response, 503, 'session_store_unavailable');
    expect(response.headers.get('retry-after')).toBe('2');
    expect(response.text).not.toContain('ECONNREFUSED');
    const again = await post(app.url + TURNS, { conversationId: 'c', event: 'start' });
    expect(again.status).toBe(503);
  });

  it('503 conversation_busy when a turn keeps losing the write race', async () => {
    const store = new MemorySessionStore();
    store.compareAndSet = async () => null;
    app = await startTestApp({ store });
    const response = await post(app.url + TURNS, { conversationId: 'c', event: 'start' });
    expectErrorBody(response, 503, 'conversation_busy');
    expect(response.headers.get('retry-after')).toBe('1');
  }, 20_000);

  it('500 internal_error without internals when the dialogue itself fails, and logs it', async () => {
    const broken: DialoguePort = {
      takeTurn: () => {
        throw new TypeError("Cannot read properties of undefined (reading 'secretThing')");
      },
    };
    app = await startTestApp({ dialogue: broken });
    const response = await post(app.url + TURNS, { conversationId: 'c', event: 'start' });
    expectErrorBody(response, 500, 'internal_error');
    expect(response.text).not.toContain('secretThing');
    const logged = app.logs.find((l) => l.message === 'request failed');
    expect(logged).toMatchObject({ severity: 'ERROR', err: { name: 'TypeError' } });
    expect(app.logs.find((l) => l.message === 'turn')).toMatchObject({
      status: 500,
      errorCode: 'internal_error',
    });
  });

  it('starts afresh when the stored conversation cannot be read', async () => {
    const store = new MemorySessionStore();
    app = await startTestApp({ store });
    await store.compareAndSet('soudan:test:web:corrupt', 0, '{"not": "ours"', 60);
    const response = await post(app.url + TURNS, { conversationId: 'corrupt', text: 'yes' });
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({ turn: 1 });
    expect(app.logs.some((l) => l.message === 'unreadable web session replaced')).toBe(true);
  });
});
