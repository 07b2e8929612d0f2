import { createApp } from '../../src/server';
import { ConfigError } from '../../src/config';
import { silentLogger } from '../../src/logging';
import { MemorySessionStore } from '../../src/session';
import {
  FAKE_CATALOG,
  FakeDialogue,
  TEST_QA_TOKEN,
  expectErrorBody,
  post,
  startTestApp,
  testConfig,
  type TestApp,
} from './test-app';

const TURNS = '/api/v1/turns';
/** What a browser or any client without the QA token sends. */
const PUBLIC = { 'Content-Type': 'application/json' };
const SECRET = 'web-conversation-secret-for-tests-0123456789';

interface Issued {
  conversationId: string;
  conversationToken: string;
  turn: number;
}

describe('web conversations belong to whoever the service issued them to (issue 15, finding 3)', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp({ env: { WEB_CONVERSATION_SECRET: SECRET } });
  });
  afterAll(() => app.close());

  const turn = (body: object, headers: Record<string, string> = PUBLIC) =>
    post(app.url + TURNS, body, headers);

  async function start(): Promise<Issued> {
    const response = await turn({ event: 'start' });
    expect(response.status).toBe(200);
    return response.body as Issued;
  }

  it('issues a random id of at least 128 bits and a token bound to it on a start without an id', async () => {
    const first = await start();
    const second = await start();
    for (const issued of [first, second]) {
      expect(issued.conversationId).toMatch(/^[A-Za-z0-9_-]{22,}$/);
      expect(Buffer.from(issued.conversationId, 'base64url').length).toBeGreaterThanOrEqual(16);
      expect(issued.conversationToken).toMatch(/^[A-Za-z0-9_-]{43}$/);
      expect(issued.turn).toBe(1);
    }
    expect(second.conversationId).not.toBe(first.conversationId);
    expect(second.conversationToken).not.toBe(first.conversationToken);
  });

  it('lets the holder of the id and token drive the conversation', async () => {
    const { conversationId, conversationToken } = await start();
    const next = await turn({ conversationId, conversationToken, postback: 'yes' });
    expect(next.status).toBe(200);
    expect(next.body).toMatchObject({ conversationId, conversationToken, turn: 2 });
  });

  it('refuses a second client that knows the id but not the token: it can neither read nor drive it', async () => {
    const owner = await start();
    await turn({ ...owner, postback: 'yes' });
    const { conversationId } = owner;
    const other = await start();
    const attempts = [
      { conversationId, postback: 'cmd:repeat' },
      { conversationId, text: 'はい' },
      { conversationId, event: 'start' },
      { conversationId, conversationToken: 'x'.repeat(43), postback: 'cmd:repeat' },
      { conversationId, conversationToken: other.conversationToken, postback: 'yes' },
      { conversationId, conversationToken: owner.conversationToken.slice(0, -1), postback: 'yes' },
    ];
    const codes: string[] = [];
    for (const body of attempts) {
      const response = await turn(body);
      expect(response.status).toBe(403);
      expect(response.text).not.toContain('jobs');
      codes.push((response.body as { error: { code: string } }).error.code);
      expectErrorBody(response, 403, codes.at(-1)!);
    }
    expect(codes).toEqual([
      'conversation_token_required',
      'conversation_token_required',
      'conversation_token_required',
      'invalid_conversation_token',
      'invalid_conversation_token',
      'invalid_conversation_token',
    ]);
    // Nothing the other client sent reached the conversation: the owner's next turn is its third.
    const again = await turn({ ...owner, postback: 'no' });
    expect(again.body).toMatchObject({ turn: 3 });
  });

  it('refuses client-chosen ids without the QA token, however guessable or short', async () => {
    for (const conversationId of ['qa-001', 'x', 'web-0123456789abcdef0123456789abcdef']) {
      const response = await turn({ conversationId, event: 'start' });
      expectErrorBody(response, 403, 'conversation_token_required');
    }
  });

  it('starts a conversation for a text or postback without an id, as for a start', async () => {
    const response = await turn({ text: '渋谷でカフェ' });
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({ turn: 1, conversationId: expect.stringMatching(/^[\w-]{22,}$/) });
  });

  it('logs how each turn was allowed, never the token', async () => {
    app.logs.length = 0;
    const issued = await start();
    await turn({ conversationId: issued.conversationId, postback: 'yes' });
    const lines = app.logs.filter((l) => l.message === 'turn');
    expect(lines.map((l) => [l.access, l.status, l.errorCode])).toEqual([
      ['issued', 200, undefined],
      [undefined, 403, 'conversation_token_required'],
    ]);
    expect(JSON.stringify(app.logs)).not.toContain(issued.conversationToken);
  });
});

describe('the QA path: client-chosen ids with the QA bearer token', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp({ env: { WEB_CONVERSATION_SECRET: SECRET, WEB_QA_TOKEN: TEST_QA_TOKEN } });
  });
  afterAll(() => app.close());

  const qa = { ...PUBLIC, Authorization: `Bearer ${TEST_QA_TOKEN}` };

  it('takes the id a script names, and answers it with its token', async () => {
    const first = await post(app.url + TURNS, { conversationId: 'qa-script-001', event: 'start' }, qa);
    expect(first.body).toMatchObject({ conversationId: 'qa-script-001', turn: 1 });
    const second = await post(app.url + TURNS, { conversationId: 'qa-script-001', postback: 'yes' }, qa);
    expect(second.body).toMatchObject({ conversationId: 'qa-script-001', turn: 2 });
    // The token it answers with works without the QA token too.
    const { conversationToken } = second.body as Issued;
    const public_ = await post(
      app.url + TURNS,
      { conversationId: 'qa-script-001', conversationToken, postback: 'no' },
      PUBLIC,
    );
    expect(public_.body).toMatchObject({ turn: 3 });
  });

  it('refuses a wrong bearer token with 401 and WWW-Authenticate, whatever the body', async () => {
    for (const authorization of [`Bearer ${TEST_QA_TOKEN}x`, 'Bearer ', `Bearer ${TEST_QA_TOKEN.slice(1)}`]) {
      const response = await post(
        app.url + TURNS,
        { conversationId: 'qa-script-002', event: 'start' },
        { ...PUBLIC, Authorization: authorization },
      );
      expectErrorBody(response, 401, 'invalid_qa_token');
      expect(response.headers.get('www-authenticate')).toMatch(/^Bearer /);
    }
  });

  it('leaves other Authorization schemes (a proxy’s Basic auth) to the conversation token rules', async () => {
    const basic = { ...PUBLIC, Authorization: 'Basic c3RhZ2luZzpwYXNzd29yZA==' };
    expect((await post(app.url + TURNS, { event: 'start' }, basic)).status).toBe(200);
    const chosen = await post(app.url + TURNS, { conversationId: 'qa-script-003', event: 'start' }, basic);
    expectErrorBody(chosen, 403, 'conversation_token_required');
  });
});

describe('the QA path when WEB_QA_TOKEN is not set', () => {
  it('refuses any bearer token', async () => {
    const app = await startTestApp({ env: { WEB_CONVERSATION_SECRET: SECRET, WEB_QA_TOKEN: '' } });
    try {
      const response = await post(
        app.url + TURNS,
        { conversationId: 'qa-001', event: 'start' },
        { ...PUBLIC, Authorization: `Bearer ${TEST_QA_TOKEN}` },
      );
      expectErrorBody(response, 401, 'invalid_qa_token');
    } finally {
      await app.close();
    }
  });
});

describe('the conversation secret', () => {
  const build = (env: Record<string, string>) =>
    createApp({
      config: testConfig(env),
      logger: silentLogger,
      dialogue: new FakeDialogue(),
      catalog: FAKE_CATALOG,
      store: new MemorySessionStore(),
    });

  it('is required in production: the app refuses to build without it, naming the variable', () => {
    const unset = { NODE_ENV: 'production', CHANNELS: 'none', WEB_CONVERSATION_SECRET: '', WEB_QA_TOKEN: '' };
    expect(() => build(unset)).toThrow(ConfigError);
    expect(() => build(unset)).toThrow(/WEB_CONVERSATION_SECRET: required in production/);
    expect(() =>
      build({ NODE_ENV: 'production', CHANNELS: 'none', WEB_CONVERSATION_SECRET: SECRET }),
    ).not.toThrow();
  });

  it('binds tokens across replicas that share it, and lets a rotation accept the previous one', async () => {
    const old = await startTestApp({ env: { WEB_CONVERSATION_SECRET: SECRET } });
    const sameSecret = await startTestApp({ env: { WEB_CONVERSATION_SECRET: SECRET } });
    const rotated = await startTestApp({ env: { WEB_CONVERSATION_SECRET: `${'n'.repeat(40)},${SECRET}` } });
    const otherSecret = await startTestApp({ env: { WEB_CONVERSATION_SECRET: 'o'.repeat(40) } });
    try {
      const issued = (await post(old.url + TURNS, { event: 'start' }, PUBLIC)).body as Issued;
      const next = { conversationId: issued.conversationId, conversationToken: issued.conversationToken };
      expect((await post(sameSecret.url + TURNS, { ...next, postback: 'yes' }, PUBLIC)).status).toBe(200);
      const onRotated = await post(rotated.url + TURNS, { ...next, postback: 'yes' }, PUBLIC);
      expect(onRotated.status).toBe(200);
      // The rotated replica answers with a token under the new secret, which the old one does not know.
      expect((onRotated.body as Issued).conversationToken).not.toBe(issued.conversationToken);
      expectErrorBody(
        await post(otherSecret.url + TURNS, { ...next, postback: 'yes' }, PUBLIC),
        403,
        'invalid_conversation_token',
      );
    } finally {
      await Promise.all([old, sameSecret, rotated, otherSecret].map((a) => a.close()));
    }
  });
});
