import type { ChannelObserver, SkippedEventReason } from '../../../src/channels/shared';
import { MemorySessionStore } from '../../../src/session';
import { events, sign, startLineApp, type LineTestApp } from './line-test-kit';

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;

/** Records skipped events as the metrics would count them. */
function recordingObserver(): ChannelObserver & { skipped: string[] } {
  const skipped: string[] = [];
  return {
    skipped,
    turnFinished: () => undefined,
    signatureRejected: () => undefined,
    eventSkipped: (channel: string, reason: SkippedEventReason) => skipped.push(`${channel}:${reason}`),
  };
}

/** Remembers the TTL of every dedup claim (the `line-event` keys). */
class ClaimRecordingStore extends MemorySessionStore {
  readonly claimTtls: number[] = [];
  override async compareAndSet(key: string, version: number, value: string, ttl: number) {
    if (key.includes(':line-event:')) this.claimTtls.push(ttl);
    return super.compareAndSet(key, version, value, ttl);
  }
}

describe('LINE replays (issue 15, finding 7): signed events that are old, repeated or oddly signed', () => {
  let app: LineTestApp;
  let observer: ReturnType<typeof recordingObserver>;
  let store: ClaimRecordingStore;
  beforeAll(async () => {
    observer = recordingObserver();
    store = new ClaimRecordingStore();
    app = await startLineApp({ observer, store });
  });
  afterAll(() => app.close());

  const turns = () => app.logs.filter((l) => l.message === 'turn').length;

  it('runs no turn for a correctly signed event three days old, answers 200, logs and counts it', async () => {
    const before = turns();
    const stale = events.text('U-stale', 'rt-stale', '大阪で', { timestamp: Date.now() - 3 * DAY });
    const response = await app.webhook(events.body(stale));
    expect(response.status).toBe(200);
    expect(turns()).toBe(before);
    expect(app.api.to('rt-stale')).toEqual([]);
    expect(app.logs.filter((l) => l.message === 'line event skipped')).toEqual([
      expect.objectContaining({
        severity: 'WARNING',
        reason: 'stale',
        ageSeconds: expect.any(Number),
        maxAgeSeconds: 300,
        redelivery: false,
        type: 'text',
      }),
    ]);
    expect(observer.skipped).toEqual(['line:stale']);
  });

  it('holds redeliveries to the same window: an old redelivered event is skipped, a recent one answered', async () => {
    const old = events.postback('U-redeliver', 'rt-redeliver-old', 'area:any', {
      redelivery: true,
      timestamp: Date.now() - 6 * MINUTE,
    });
    const recent = events.postback('U-redeliver', 'rt-redeliver-new', 'area:any', {
      redelivery: true,
      timestamp: Date.now() - 4 * MINUTE,
    });
    expect((await app.webhook(events.body(old, recent))).status).toBe(200);
    expect(app.api.to('rt-redeliver-old')).toEqual([]);
    expect(app.api.to('rt-redeliver-new')).toHaveLength(1);
  });

  it('skips an event stamped far in the future (a clock LINE does not have)', async () => {
    const future = events.follow('U-future', 'rt-future');
    future.timestamp = Date.now() + 10 * MINUTE;
    expect((await app.webhook(events.body(future))).status).toBe(200);
    expect(app.api.to('rt-future')).toEqual([]);
    expect(observer.skipped).toContain('line:future');
  });

  it('answers an event without webhookEventId once, however often the same signed body arrives', async () => {
    const body = events.body(
      events.text('U-noid', 'rt-noid', 'こんにちは', { id: null, messageId: '468789577898262530' }),
    );
    expect(body).not.toHaveProperty('events.0.webhookEventId');
    for (let i = 0; i < 3; i++) expect((await app.webhook(body)).status).toBe(200);
    expect(app.api.to('rt-noid')).toHaveLength(1);
    expect(observer.skipped.filter((s) => s === 'line:duplicate')).toHaveLength(2);
    // Another message of the same user at the same millisecond is another event.
    const other = events.text('U-noid', 'rt-noid-2', 'はい', {
      id: null,
      messageId: '468789577898262531',
      timestamp: (body as { events: { timestamp: number }[] }).events[0]!.timestamp,
    });
    expect((await app.webhook(events.body(other))).status).toBe(200);
    expect(app.api.to('rt-noid-2')).toHaveLength(1);
  });

  it('keeps dedup claims for the window plus a margin, not a day', () => {
    expect(store.claimTtls.length).toBeGreaterThan(0);
    expect(new Set(store.claimTtls)).toEqual(new Set([300 + 120]));
  });

  it.each([
    ['trailing characters', (s: string) => `${s}!!`],
    ['extra padding', (s: string) => `${s}==`],
    ['a trailing base64 digit', (s: string) => `${s}A`],
    ['padding left out', (s: string) => s.replace(/=$/, '')],
    ['URL-safe letters', (s: string) => s.replace(/\+/g, '-').replace(/\//g, '_')],
  ])('refuses a signature with %s (401, nothing processed)', async (_name, alter) => {
    // A body whose signature the alteration changes (URL-safe letters need a + or / in it).
    let body = '';
    for (let i = 0; body === '' || alter(sign(body)) === sign(body); i++) {
      body = JSON.stringify(events.body(events.follow('U-sig-strict', `rt-sig-strict-${i}`)));
    }
    const signature = alter(sign(body));
    expect(signature).not.toBe(sign(body));
    // Only meaningful while the altered signature still decodes to the right digest, as it does today.
    expect(Buffer.from(signature, 'base64')).toEqual(Buffer.from(sign(body), 'base64'));
    expect((await app.webhook(body, signature)).status).toBe(401);
    expect(app.api.calls.filter((c) => c.body.replyToken?.startsWith('rt-sig-strict'))).toEqual([]);
  });
});

describe('LINE event window setting', () => {
  it('follows LINE_EVENT_MAX_AGE_SECONDS, and dedup claims follow it', async () => {
    const store = new ClaimRecordingStore();
    const app = await startLineApp({ env: { LINE_EVENT_MAX_AGE_SECONDS: '30' }, store });
    try {
      const minuteOld = events.follow('U-window', 'rt-window-old');
      minuteOld.timestamp = Date.now() - MINUTE;
      const fresh = events.follow('U-window', 'rt-window-fresh');
      expect((await app.webhook(events.body(minuteOld, fresh))).status).toBe(200);
      expect(app.api.to('rt-window-old')).toEqual([]);
      expect(app.api.to('rt-window-fresh')).toHaveLength(1);
      expect(store.claimTtls).toEqual([30 + 120]);
    } finally {
      await app.close();
    }
  });
});
