import fc from 'fast-check';
import { post, startTestApp, type JsonResponse, type TestApp } from './test-app';

const TURNS = '/api/v1/turns';
const DOCUMENTED = new Set([200, 400, 413, 415]);

function expectDocumented(response: JsonResponse): void {
  expect(DOCUMENTED.has(response.status)).toBe(true);
  if (response.status === 200) {
    expect(response.body).toMatchObject({
      turn: expect.any(Number),
      messages: expect.any(Array),
      done: expect.any(Boolean),
    });
    return;
  }
  expect(response.body).toEqual({ error: { code: expect.any(String), message: expect.any(String) } });
  expect(Object.keys(response.body as object)).toEqual(['error']);
}

/** Bodies that look like turn requests, mostly wrong in one way or another. */
const turnLike = fc.record(
  {
    conversationId: fc.oneof(
      fc.string({ maxLength: 140 }),
      fc.stringMatching(/^[A-Za-z0-9_.:-]{1,128}$/),
      fc.jsonValue(),
    ),
    event: fc.oneof(fc.constant('start'), fc.jsonValue()),
    text: fc.oneof(fc.string({ unit: 'binary', maxLength: 2100 }), fc.jsonValue()),
    postback: fc.oneof(fc.string({ maxLength: 320 }), fc.jsonValue()),
    locale: fc.oneof(fc.constantFrom('ja', 'en', 'fr', ''), fc.jsonValue()),
  },
  { requiredKeys: [] },
);

describe('POST /api/v1/turns never answers 500 to anything a client sends', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp({ env: { RATE_LIMIT_ENABLED: 'false' } });
  });
  afterAll(() => app.close());

  it('random JSON values as the body', async () => {
    await fc.assert(
      fc.asyncProperty(fc.jsonValue(), async (value) => {
        expectDocumented(await post(app.url + TURNS, JSON.stringify(value)));
      }),
      { numRuns: 200 },
    );
  });

  it('random turn-like objects', async () => {
    await fc.assert(
      fc.asyncProperty(turnLike, async (body) => {
        expectDocumented(await post(app.url + TURNS, body));
      }),
      { numRuns: 300 },
    );
  });

  it('random strings as the body, with and without a JSON content type', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.string({ unit: 'binary', maxLength: 300 }),
        fc.constantFrom(
          'application/json',
          'text/plain',
          'application/json; charset=utf-16',
          'application/xml',
        ),
        async (body, contentType) => {
          expectDocumented(await post(app.url + TURNS, body, { 'Content-Type': contentType }));
        },
      ),
      { numRuns: 200 },
    );
  });

  it('random text in a valid request always gets 200 or 400', async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ unit: 'binary', maxLength: 2100 }), async (text) => {
        const response = await post(app.url + TURNS, { conversationId: 'prop', text });
        expect([200, 400, 413]).toContain(response.status);
        expectDocumented(response);
      }),
      { numRuns: 200 },
    );
  });
});
