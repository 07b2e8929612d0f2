import { MemorySessionStore } from '../../src/session';
import { expectErrorBody, post, QA_HEADERS, startTestApp, type JsonResponse, type TestApp } from './test-app';

const TURNS = '/api/v1/turns';
const FLOOD = 300;

/** Someone mid-conversation: started and answered twice (turn 3). */
async function activeConversation(app: TestApp, headers: Record<string, string> = {}): Promise<void> {
  const send = (body: object): Promise<JsonResponse> =>
    post(app.url + TURNS, body, { ...QA_HEADERS, ...headers });
  expect((await send({ conversationId: 'active', event: 'start' })).status).toBe(200);
  expect((await send({ conversationId: 'active', postback: 'yes' })).status).toBe(200);
  expect((await send({ conversationId: 'active', postback: 'yes' })).body).toMatchObject({ turn: 3 });
}

/** The conversation goes on where it was (turn 4, the third answer), not from the start. */
async function expectIntact(app: TestApp, headers: Record<string, string> = {}): Promise<void> {
  const next = await post(
    app.url + TURNS,
    { conversationId: 'active', postback: 'yes' },
    { ...QA_HEADERS, ...headers },
  );
  expect({ status: next.status, body: next.body }).toMatchObject({
    status: 200,
    body: { turn: 4, done: true },
  });
}

describe('a flood of new conversations (memory store bounded to 100 entries)', () => {
  let app: TestApp;
  afterEach(() => app.close());

  it('from one client: new conversations beyond its bucket get 429, its existing conversation goes on', async () => {
    app = await startTestApp({
      store: new MemorySessionStore({ maxEntries: 100 }),
      env: {
        // The per-request limit is not what is tested here: only the new-conversation one.
        RATE_LIMIT_CLIENT_BURST: '100000',
        RATE_LIMIT_NEW_CONVERSATION_BURST: '20',
        RATE_LIMIT_NEW_CONVERSATION_PER_SECOND: '0.01',
      },
    });
    await activeConversation(app);
    const statuses: number[] = [];
    let refused: JsonResponse | undefined;
    for (let i = 0; i < FLOOD; i++) {
      const response = await post(app.url + TURNS, { conversationId: `flood-${i}`, event: 'start' });
      statuses.push(response.status);
      if (response.status === 429) refused ??= response;
    }
    // 'active' took one token of the 20.
    expect(statuses.filter((s) => s === 200)).toHaveLength(19);
    expect(statuses.filter((s) => s === 429)).toHaveLength(FLOOD - 19);
    expectErrorBody(refused!, 429, 'rate_limited');
    expect(Number(refused!.headers.get('retry-after'))).toBeGreaterThan(0);
    // An existing conversation needs no new-conversation token: the same client goes on.
    await expectIntact(app);
  });

  it('from many addresses: the flood pushes out only other new conversations', async () => {
    app = await startTestApp({
      store: new MemorySessionStore({ maxEntries: 100 }),
      env: { TRUST_PROXY: '1', RATE_LIMIT_CLIENT_BURST: '100000' },
    });
    const user = { 'X-Forwarded-For': '203.0.113.200' };
    await activeConversation(app, user);
    for (let i = 0; i < FLOOD; i++) {
      const response = await post(
        app.url + TURNS,
        { conversationId: `flood-${i}`, event: 'start' },
        { ...QA_HEADERS, 'X-Forwarded-For': `198.51.100.${i % 250}` },
      );
      expect(response.status).toBe(200);
    }
    await expectIntact(app, user);
  });
});
