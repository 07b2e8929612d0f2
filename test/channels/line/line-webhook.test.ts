import { sessionKey } from '../../../src/session';
import type { LineMessageJson } from './fake-line-api';
import {
  events,
  expectedLabels,
  expectedTexts,
  reference,
  sign,
  startLineApp,
  type LineTestApp,
} from './line-test-kit';

type QuickItem = {
  type: string;
  action: { type: string; label: string; data?: string; displayText?: string };
};
const quickReplies = (message: LineMessageJson | undefined): QuickItem[] =>
  ((message?.quickReply as { items?: QuickItem[] } | undefined)?.items ?? []) as QuickItem[];
const labels = (message: LineMessageJson | undefined) => quickReplies(message).map((i) => i.action.label);

describe('LINE webhook: signature, events and replies (fake LINE API, real dialogue, small catalogue)', () => {
  let app: LineTestApp;
  beforeAll(async () => {
    app = await startLineApp();
  });
  afterAll(() => app.close());

  it('refuses a missing or wrong signature with 401 and processes nothing', async () => {
    const body = events.body(events.follow('U-sig', 'rt-sig'));
    expect((await app.webhook(body, null)).status).toBe(401);
    expect((await app.webhook(body, sign(JSON.stringify(body), 'another-secret'))).status).toBe(401);
    const text = JSON.stringify(body);
    expect((await app.webhook(text.replace('U-sig', 'U-sih'), sign(text))).status).toBe(401);
    expect(app.api.to('rt-sig')).toEqual([]);
    expect(await app.store.get(sessionKey('test', 'line', 'U-sig'))).toBeNull();
  });

  it('greets a new friend with text messages and quick replies, authorised with the channel token', async () => {
    expect((await app.webhook(events.body(events.follow('U-follow', 'rt-follow')))).status).toBe(200);
    const [call] = app.api.to('rt-follow');
    expect(call!.path).toBe('/v2/bot/message/reply');
    expect(call!.authorization).toBe('Bearer line-test-access-token');
    const messages = call!.body.messages;
    const greeting = reference().start();
    expect(greeting.question?.kind).toBe('area');
    expect(messages.map((m) => m.type)).toEqual(greeting.messages.map(() => 'text'));
    expect(messages.map((m) => m.text)).toEqual(expectedTexts(greeting));
    expect(messages.slice(0, -1).some((m) => m.quickReply !== undefined)).toBe(false);
    // An area question: LINE's own location button first, then the dialogue's suggestions as postbacks.
    expect(quickReplies(messages.at(-1))).toEqual([
      { type: 'action', action: { type: 'location', label: '現在地を送る' } },
      ...greeting.suggestions.map((s) => ({
        type: 'action',
        action: { type: 'postback', label: s.label, data: s.postback, displayText: s.label },
      })),
    ]);
  });

  it('sets the area from a shared location to the nearest municipality', async () => {
    await app.webhook(events.body(events.follow('U-loc', 'rt-loc-0')));
    await app.webhook(events.body(events.location('U-loc', 'rt-loc-1', 35.6595, 139.7005)));
    const messages = app.api.to('rt-loc-1')[0]!.body.messages;
    const ref = reference();
    ref.start();
    const expected = ref.send({ kind: 'location', lat: 35.6595, lng: 139.7005 });
    expect(messages[0]!.text).toContain('東京都渋谷区');
    expect(messages.map((m) => m.text)).toEqual(expectedTexts(expected));
    expect(labels(messages.at(-1))).toEqual(expectedLabels(expected));
  });

  it('passes typed Japanese on to the dialogue', async () => {
    await app.webhook(events.body(events.follow('U-text', 'rt-text-0')));
    await app.webhook(events.body(events.text('U-text', 'rt-text-1', '大阪で')));
    const messages = app.api.to('rt-text-1')[0]!.body.messages;
    const ref = reference();
    ref.start();
    expect(messages.map((m) => m.text)).toEqual(expectedTexts(ref.say('大阪で')));
    expect(messages[0]!.text).toContain('大阪');
  });

  it('nudges after a sticker and asks the open question again, with its buttons', async () => {
    await app.webhook(events.body(events.follow('U-stk', 'rt-stk-0')));
    await app.webhook(events.body(events.sticker('U-stk', 'rt-stk-1')));
    const messages = app.api.to('rt-stk-1')[0]!.body.messages;
    expect(messages[0]!.text).toBe(
      'ごめんなさい、スタンプや画像はまだ読めないんです。ボタンを押すか、文字で答えてくださいね。',
    );
    expect(labels(messages.at(-1))).toContain('どこでもいい');
  });

  it('answers a redelivered event once (same webhookEventId)', async () => {
    await app.webhook(events.body(events.follow('U-redo', 'rt-redo-0')));
    const first = events.postback('U-redo', 'rt-redo-1', 'area:any', { id: '01REDELIVERY0000000000001' });
    const again = events.postback('U-redo', 'rt-redo-2', 'area:any', {
      id: '01REDELIVERY0000000000001',
      redelivery: true,
    });
    expect((await app.webhook(events.body(first))).status).toBe(200);
    expect((await app.webhook(events.body(again))).status).toBe(200);
    expect(app.api.to('rt-redo-1')).toHaveLength(1);
    expect(app.api.to('rt-redo-2')).toEqual([]);
    expect(app.api.to('U-redo')).toEqual([]);
  });

  it('pushes to the user when the reply token has expired', async () => {
    await app.webhook(events.body(events.follow('U-late', 'rt-late-0')));
    app.api.expiredTokens.add('rt-late-1');
    await app.webhook(events.body(events.postback('U-late', 'rt-late-1', 'area:any')));
    const [push] = app.api.to('U-late');
    expect(push!.path).toBe('/v2/bot/message/push');
    expect(push!.retryKey).toMatch(/^[0-9a-f-]{36}$/);
    expect(push!.body.messages.at(-1)!.text).toContain('カフェ');
  });

  it('deletes the session on unfollow', async () => {
    await app.webhook(events.body(events.follow('U-bye', 'rt-bye-0')));
    const key = sessionKey('test', 'line', 'U-bye');
    expect(await app.store.get(key)).not.toBeNull();
    expect((await app.webhook(events.body(events.unfollow('U-bye')))).status).toBe(200);
    expect(await app.store.get(key)).toBeNull();
  });

  it('handles several events of one body in order', async () => {
    await app.webhook(events.body(events.follow('U-many', 'rt-many-0')));
    const ref = reference();
    ref.start();
    const postbacks = ['area:any'];
    const expected = [ref.tap('area:any')];
    for (let i = 0; i < 2; i++) {
      postbacks.push(expected.at(-1)!.suggestions[0]!.postback);
      expected.push(ref.tap(postbacks.at(-1)!));
    }
    const body = events.body(
      ...postbacks.map((data, i) => events.postback('U-many', `rt-many-${i + 1}`, data)),
    );
    expect((await app.webhook(body)).status).toBe(200);
    const replies = ['rt-many-1', 'rt-many-2', 'rt-many-3'].map((t) => app.api.to(t)[0]!.body.messages);
    expect(replies.map((r) => r.filter((m) => m.type === 'text').map((m) => m.text))).toEqual(
      expected.map(expectedTexts),
    );
    const order = app
      .calls()
      .filter((c) => /^rt-many-[123]$/.test(c))
      .join(',');
    expect(order).toBe('rt-many-1,rt-many-2,rt-many-3');
  });

  it('acknowledges malformed bodies, malformed events and unknown event types without answering', async () => {
    const before = app.api.calls.length;
    for (const body of ['{not json', '[]', '{"events":"no"}']) {
      expect((await app.webhook(body)).status).toBe(200);
    }
    const odd = events.body(
      { type: 'message', webhookEventId: 'x1', source: { type: 'user' }, replyToken: 'rt-odd-1' },
      { type: 'postback', ...events.base('U-odd', { replyToken: 'rt-odd-2' }), postback: {} },
      {
        type: 'beacon',
        ...events.base('U-odd', { replyToken: 'rt-odd-3' }),
        beacon: { hwid: 'd41d8cd98f', type: 'enter' },
      },
      {
        type: 'join',
        ...events.base('U-odd', { replyToken: 'rt-odd-4' }),
        source: { type: 'group', groupId: 'C1' },
      },
      { type: 'somethingNew', ...events.base('U-odd') },
      42 as unknown as object,
    );
    expect((await app.webhook(odd)).status).toBe(200);
    expect(app.api.calls.length).toBe(before);
    expect(
      app.logs.filter((l) => l.message === 'line event malformed: acknowledged and dropped'),
    ).toHaveLength(3);
    // LINE's "Verify" button sends an empty event list.
    expect((await app.webhook({ destination: 'U0', events: [] })).status).toBe(200);
  });

  it('answers 405 to other methods', async () => {
    const response = await fetch(`${app.url}/webhooks/line`);
    expect(response.status).toBe(405);
  });
});
