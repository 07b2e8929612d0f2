import { SessionStoreUnavailableError, MemorySessionStore, type SessionStore } from '../../../src/session';
import type { LineMessageJson } from './fake-line-api';
import { sharedRenderer } from '../../../src/dialogue/testing/dialogue-fixture';
import {
  events,
  expectedLabels,
  expectedTexts,
  reference,
  startLineApp,
  type LineTestApp,
} from './line-test-kit';

type Action = { type: string; label: string; data?: string; uri?: string };
const quick = (m: LineMessageJson | undefined) =>
  ((m?.quickReply as { items?: { action: Action }[] } | undefined)?.items ?? []).map((i) => i.action);
const labels = (m: LineMessageJson | undefined) => quick(m).map((a) => a.label);

describe('LINE: a whole dialogue by postbacks, ending in a Flex carousel of job cards', () => {
  let app: LineTestApp;
  beforeAll(async () => {
    app = await startLineApp();
  });
  afterAll(() => app.close());

  it('follows, answers every question by its first button and gets job cards within LINE limits', async () => {
    const ref = reference();
    let expected = ref.start();
    await app.webhook(events.body(events.follow('U-whole', 'rt-w-0')));
    let messages = app.api.to('rt-w-0')[0]!.body.messages;
    let turns = 0;
    while (!messages.some((m) => m.type === 'flex')) {
      turns++;
      expect(turns).toBeLessThan(25);
      expect(messages.length).toBeLessThanOrEqual(5);
      expect(messages.map((m) => m.text)).toEqual(expectedTexts(expected));
      const buttons = quick(messages.at(-1)).filter((a) => a.type === 'postback');
      expect(buttons.length).toBeGreaterThan(0);
      expect(buttons.length).toBeLessThanOrEqual(13);
      await app.webhook(events.body(events.postback('U-whole', `rt-w-${turns}`, buttons[0]!.data!)));
      expected = ref.tap(buttons[0]!.data!);
      messages = app.api.to(`rt-w-${turns}`)[0]!.body.messages;
    }
    // The texts in order, the carousel just before the question about the jobs, the answers on that question.
    const texts = expectedTexts(expected);
    expect(messages.map((m) => m.type)).toEqual([...texts.slice(0, -1).map(() => 'text'), 'flex', 'text']);
    expect(messages.filter((m) => m.type === 'text').map((m) => m.text)).toEqual(texts);
    expect(labels(messages.at(-1))).toEqual(expectedLabels(expected));
    const flex = messages.find((m) => m.type === 'flex') as unknown as {
      altText: string;
      contents: { type: string; contents: Bubble[] };
    };
    expect(flex.altText.length).toBeLessThanOrEqual(400);
    expect(flex.contents.type).toBe('carousel');
    // One bubble per job, then one offering LINE's share screen for the share page.
    const bubbles = flex.contents.contents.slice(0, -1);
    expect(bubbles).toHaveLength(Math.min(11, expected.jobs.length));
    expect(JSON.stringify(flex.contents.contents.at(-1))).toContain('https://line.me/R/share?text=');
    bubbles.forEach((bubble, i) => {
      const job = expected.jobs[i]!;
      const lines = bubble.body.contents.map((c) => c.text);
      expect(lines[0]).toBe(`${i + 1}. ${job.title}`);
      expect(lines).toContain(sharedRenderer().wage('ja', job.wage!).text);
      expect(lines).toContain(`${job.area!.prefecture}${job.area!.municipality!.replace(/\s+/gu, '')}`);
      const actions = bubble.footer.contents.map((c) => c.action);
      expect(actions.slice(0, 3).map((a) => a.data)).toEqual([
        `job:details:${job.id}`,
        `job:choose:${job.id}`,
        `job:save:${job.id}`,
      ]);
      expect(actions[3]).toEqual({ type: 'uri', label: '求人を見る', uri: job.url });
    });
  });
});

interface Bubble {
  body: { contents: { text: string }[] };
  footer: { contents: { action: Record<string, string> }[] };
}

/** A store that fails every call while `down` is set. */
class FlakyStore extends MemorySessionStore {
  down = false;
  private check(operation: string): void {
    if (this.down) throw new SessionStoreUnavailableError('store down (test)', { context: { operation } });
  }
  override async get(key: string) {
    this.check('get');
    return super.get(key);
  }
  override async compareAndSet(key: string, version: number, value: string, ttl: number) {
    this.check('compareAndSet');
    return super.compareAndSet(key, version, value, ttl);
  }
}

describe('LINE: session store unavailable', () => {
  let app: LineTestApp;
  let store: FlakyStore;
  beforeAll(async () => {
    store = new FlakyStore();
    app = await startLineApp({ store: store as SessionStore });
  });
  afterAll(() => app.close());

  it('apologises in the chat, answers 200 (no redelivery loop) and recovers when the store returns', async () => {
    store.down = true;
    const response = await app.webhook(events.body(events.follow('U-down', 'rt-down-1')));
    expect(response.status).toBe(200);
    expect(app.api.to('rt-down-1')[0]!.body.messages).toEqual([
      {
        type: 'text',
        text: 'ごめんなさい、いまお返事ができませんでした。少し時間をおいて、もう一度送ってくださいね。',
      },
    ]);
    expect(
      app.logs.some(
        (l) =>
          l.message === 'turn failed: apologising' &&
          l.channel === 'line' &&
          l.outcome === 'store_unavailable' &&
          l.severity === 'WARNING',
      ),
    ).toBe(true);
    store.down = false;
    await app.webhook(events.body(events.follow('U-down', 'rt-down-2')));
    expect(app.api.to('rt-down-2')[0]!.body.messages[0]!.text).toMatch(/^こんにちは|^はじめまして/);
  });
});
