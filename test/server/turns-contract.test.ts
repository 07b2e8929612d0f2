import { FakeDialogue, QA_HEADERS, expectErrorBody, post, startTestApp, type TestApp } from './test-app';

const TURNS = '/api/v1/turns';

describe('POST /api/v1/turns — the 200 answer (DESIGN §4)', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp();
  });
  afterAll(() => app.close());

  it('answers a start, then each postback, with the documented body, until jobs arrive', async () => {
    const first = await post(app.url + TURNS, { conversationId: 'qa-001', event: 'start' });
    expect(first.status).toBe(200);
    expect(first.headers.get('cache-control')).toBe('no-store');
    expect(first.body).toEqual({
      conversationId: 'qa-001',
      conversationToken: expect.stringMatching(/^[\w-]{43}$/),
      turn: 1,
      messages: [
        {
          text: '質問1：カフェは好きですか？',
          speech: '<speak>質問1、カフェは好きですか</speak>',
          phrases: ['質問1：カフェは', '好きですか？'],
        },
      ],
      suggestions: [
        { label: 'はい', postback: 'yes' },
        { label: 'いいえ', postback: 'no' },
      ],
      question: { kind: 'jobType', id: 'cafe', label: 'カフェ' },
      jobs: [],
      done: false,
      shareUrl: null,
      jobAction: null,
    });
    await post(app.url + TURNS, { conversationId: 'qa-001', postback: 'yes' });
    const third = await post(app.url + TURNS, { conversationId: 'qa-001', text: 'no' });
    expect(third.body).toMatchObject({ turn: 3, done: false });
    const last = await post(app.url + TURNS, { conversationId: 'qa-001', postback: 'yes', locale: 'ja' });
    expect(last.status).toBe(200);
    expect(last.body).toEqual({
      conversationId: 'qa-001',
      conversationToken: (first.body as { conversationToken: string }).conversationToken,
      turn: 4,
      messages: [
        {
          text: '見つかりました！',
          speech: '<speak>お仕事が &lt;2件&gt; 見つかりました &amp; どうぞ</speak>',
          phrases: ['見つかりました！'],
        },
      ],
      suggestions: [],
      question: null,
      jobs: [
        {
          id: 'L1',
          title: 'カフェスタッフ <週2日から>',
          company: '喫茶 & 珈琲',
          jobTypeIds: ['cafe'],
          conditionIds: ['daily-pay'],
          wage: { unit: 'hour', min: 1200, max: 1500 },
          area: { prefecture: '東京都', municipality: '渋谷区' },
          url: 'https://soudan.example.jp/jobs/L1',
          match: 'exact',
          card: expect.objectContaining({ index: 1, pay: '時給1,200〜1,500円', area: '東京都渋谷区' }),
          postbacks: {
            details: 'job:details:L1',
            choose: 'job:choose:L1',
            save: 'job:save:L1',
            unsave: 'job:unsave:L1',
          },
        },
        {
          id: 'L2',
          title: 'コンビニ夜勤',
          company: null,
          jobTypeIds: ['convenience-store'],
          conditionIds: [],
          wage: null,
          area: null,
          url: 'https://jobs.example.jp/jobs/L2',
          match: 'exact',
          card: expect.objectContaining({ index: 2, pay: null, area: null }),
          postbacks: expect.objectContaining({ choose: 'job:choose:L2' }),
        },
      ],
      done: true,
      // A signed read-only page of these jobs, on this host, for a week.
      shareUrl: expect.stringMatching(/^\/s\/[\w-]+\.[\w-]{43}$/u),
      jobAction: null,
    });
  });

  it('restarts the turn count on event "start" and passes the locale on', async () => {
    await post(app.url + TURNS, { conversationId: 'qa-restart', event: 'start' });
    await post(app.url + TURNS, { conversationId: 'qa-restart', postback: 'yes' });
    const again = await post(app.url + TURNS, { conversationId: 'qa-restart', event: 'start', locale: 'en' });
    expect(again.body).toMatchObject({ turn: 1 });
    const fake = app.dialogue as FakeDialogue;
    expect(fake.inputs.at(-1)?.input).toEqual({ kind: 'start', locale: 'en' });
  });

  it('starts a conversation that does not exist when a postback or text arrives for it', async () => {
    const fake = app.dialogue as FakeDialogue;
    const postback = await post(app.url + TURNS, { conversationId: 'never-started', postback: 'yes' });
    expect(postback.status).toBe(200);
    expect(postback.body).toMatchObject({ conversationId: 'never-started', turn: 1, done: false });
    expect(fake.inputs.at(-1)).toEqual({ state: undefined, input: { kind: 'postback', value: 'yes' } });
    const text = await post(app.url + TURNS, { conversationId: 'never-started-2', text: 'カフェで働きたい' });
    expect(text.body).toMatchObject({ turn: 1 });
    expect(fake.inputs.at(-1)?.state).toBeUndefined();
  });

  it('passes unknown postbacks to the dialogue, which answers politely (200)', async () => {
    await post(app.url + TURNS, { conversationId: 'qa-unknown', event: 'start' });
    const response = await post(app.url + TURNS, { conversationId: 'qa-unknown', postback: 'no-such-value' });
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({ turn: 2, done: false, question: { kind: 'jobType' } });
  });

  it('strips control and invisible characters from text before the dialogue sees it', async () => {
    const fake = app.dialogue as FakeDialogue;
    await post(app.url + TURNS, { conversationId: 'qa-ctrl', event: 'start' });
    const response = await post(app.url + TURNS, {
      conversationId: 'qa-ctrl',
      text: '\u0000 y\u0007e\u200Bs\u202E \n',
    });
    expect(response.status).toBe(200);
    expect(fake.inputs.at(-1)?.input).toEqual({ kind: 'text', text: 'yes' });
    expect(response.body).toMatchObject({ turn: 2, question: { kind: 'jobType' } });
    const multiline = await post(app.url + TURNS, {
      conversationId: 'qa-ctrl',
      text: '渋谷で\r\nカフェ\tがいい',
    });
    expect(multiline.status).toBe(200);
    expect(fake.inputs.at(-1)?.input).toEqual({ kind: 'text', text: '渋谷で カフェ がいい' });
  });

  it('accepts text of exactly 2,000 characters (counted as code points) and ignores unknown fields', async () => {
    const emoji = '😀'.repeat(2000);
    const response = await post(app.url + TURNS, { conversationId: 'qa-long', text: emoji, extra: { a: 1 } });
    expect(response.status).toBe(200);
  });

  it('applies concurrent turns of one conversation in order: none is lost', async () => {
    await post(app.url + TURNS, { conversationId: 'qa-race', event: 'start' });
    const responses = await Promise.all(
      Array.from({ length: 15 }, () =>
        post(app.url + TURNS, { conversationId: 'qa-race', postback: 'maybe' }),
      ),
    );
    const turns = responses.map((r) => (r.body as { turn: number }).turn).sort((a, b) => a - b);
    expect(turns).toEqual(Array.from({ length: 15 }, (_, i) => i + 2));
  });

  it('writes one log line per turn with the hashed conversation id and no user text', async () => {
    app.logs.length = 0;
    await post(app.url + TURNS, { conversationId: 'qa-logged-conversation', text: 'ひみつの文章' });
    await post(app.url + TURNS, { conversationId: 'qa-logged-conversation', text: 'x'.repeat(2001) });
    const lines = app.logs.filter((l) => l.message === 'turn');
    expect(lines).toEqual([
      {
        severity: 'INFO',
        time: expect.any(String),
        message: 'turn',
        channel: 'web',
        conversation: expect.stringMatching(/^[0-9a-f]{16}$/),
        input: 'text',
        turn: 1,
        act: 'greet',
        access: 'qa',
        outcome: 'ok',
        status: 200,
        latencyMs: expect.any(Number),
      },
      expect.objectContaining({
        message: 'turn',
        status: 400,
        errorCode: 'invalid_request',
        outcome: 'invalid_request',
      }),
    ]);
    expect(lines[1]).not.toHaveProperty('input');
    const text = JSON.stringify(app.logs);
    expect(text).not.toContain('qa-logged-conversation');
    expect(text).not.toContain('ひみつ');
  });
});

describe('POST /api/v1/turns — errors (DESIGN §4)', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp();
  });
  afterAll(() => app.close());
  const url = (): string => app.url + TURNS;

  it.each([
    ['text/plain', { 'Content-Type': 'text/plain' }],
    ['no content type', {}],
    ['form data', { 'Content-Type': 'application/x-www-form-urlencoded' }],
    ['a JSON-like type', { 'Content-Type': 'application/json-patch+json' }],
    ['a non-UTF-8 charset', { 'Content-Type': 'application/json; charset=latin1' }],
  ])('415 for %s', async (_name, headers) => {
    const response = await post(url(), JSON.stringify({ conversationId: 'a', event: 'start' }), headers);
    expectErrorBody(response, 415, 'unsupported_media_type');
  });

  it('accepts application/json with parameters and in any letter case', async () => {
    const body = JSON.stringify({ conversationId: 'a', event: 'start' });
    const headers = { ...QA_HEADERS, 'Content-Type': 'Application/JSON; charset=UTF-8' };
    expect((await post(url(), body, headers)).status).toBe(200);
  });

  it('413 above 16 KiB, 200 at exactly 16 KiB', async () => {
    const base = JSON.stringify({ conversationId: 'big', event: 'start', pad: '' });
    const exact = JSON.stringify({
      conversationId: 'big',
      event: 'start',
      pad: 'x'.repeat(16384 - base.length),
    });
    expect(Buffer.byteLength(exact)).toBe(16384);
    expect((await post(url(), exact)).status).toBe(200);
    const over = JSON.stringify({
      conversationId: 'big',
      event: 'start',
      pad: 'x'.repeat(16385 - base.length),
    });
    expectErrorBody(await post(url(), over), 413, 'payload_too_large');
    expectErrorBody(
      await post(url(), { conversationId: 'big', text: 'あ'.repeat(10_000) }),
      413,
      'payload_too_large',
    );
  });

  it('415 for a compressed body (not inflated: a small gzip could expand past the limit)', async () => {
    const response = await post(url(), '{}', {
      'Content-Type': 'application/json',
      'Content-Encoding': 'gzip',
    });
    expectErrorBody(response, 415, 'unsupported_media_type');
  });

  it.each([
    ['malformed JSON', '{"conversationId": "a",'],
    ['a bare string', '"hello"'],
    ['null', 'null'],
    ['trailing garbage', '{"conversationId":"a","event":"start"} x'],
  ])('400 invalid_json for %s', async (_name, body) => {
    expectErrorBody(await post(url(), body), 400, 'invalid_json');
  });

  it.each([
    ['an empty body', ''],
    ['an array', '[]'],
    ['an empty conversationId', { conversationId: '', event: 'start' }],
    ['a conversationId with a space', { conversationId: 'qa 1', event: 'start' }],
    ['a conversationId with a slash', { conversationId: 'qa/1', event: 'start' }],
    ['a non-ASCII conversationId', { conversationId: '会話', event: 'start' }],
    ['a 129-char conversationId', { conversationId: 'a'.repeat(129), event: 'start' }],
    ['a numeric conversationId', { conversationId: 42, event: 'start' }],
    ['none of event, text, postback', { conversationId: 'a' }],
    ['text and postback', { conversationId: 'a', text: 'はい', postback: 'yes' }],
    ['event and text', { conversationId: 'a', event: 'start', text: 'はい' }],
    ['an unknown event', { conversationId: 'a', event: 'stop' }],
    ['a null event', { conversationId: 'a', event: null }],
    ['numeric text', { conversationId: 'a', text: 1 }],
    ['empty text', { conversationId: 'a', text: '' }],
    ['text of control characters only', { conversationId: 'a', text: '\u0000\u0001\n\t' }],
    ['text of 2,001 characters', { conversationId: 'a', text: 'あ'.repeat(2001) }],
    ['text of 10,000 characters', { conversationId: 'a', text: 'x'.repeat(10_000) }],
    ['an empty postback', { conversationId: 'a', postback: '' }],
    ['a 301-char postback', { conversationId: 'a', postback: 'p'.repeat(301) }],
    ['an object postback', { conversationId: 'a', postback: { v: 1 } }],
    ['an unknown locale', { conversationId: 'a', event: 'start', locale: 'fr' }],
    ['a null locale', { conversationId: 'a', event: 'start', locale: null }],
  ])('400 invalid_request for %s', async (_name, body) => {
    const response = await post(url(), body);
    expectErrorBody(response, 400, 'invalid_request');
  });

  it('says which field is wrong', async () => {
    const response = await post(url(), { conversationId: 'a', text: 'x'.repeat(10_000) });
    expect((response.body as { error: { message: string } }).error.message).toBe(
      '"text" must be at most 2000 characters',
    );
  });

  it('404 JSON for unknown routes, 405 for the wrong method on the turn endpoint', async () => {
    const missing = await fetch(app.url + '/api/v1/nope');
    expectErrorBody(
      { status: missing.status, headers: missing.headers, text: '', body: await missing.json() },
      404,
      'not_found',
    );
    const wrongMethod = await fetch(url());
    expect(wrongMethod.status).toBe(405);
    expect(wrongMethod.headers.get('allow')).toBe('POST');
    expect(await wrongMethod.json()).toEqual({
      error: { code: 'method_not_allowed', message: expect.any(String) },
    });
    const badEscape = await fetch(app.url + '/%E0%A4%A');
    expect(badEscape.status).toBe(404);
    expect(await badEscape.json()).toEqual({ error: { code: 'not_found', message: expect.any(String) } });
  });
});
