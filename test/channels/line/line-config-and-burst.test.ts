import { ConfigError } from '../../../src/config';
import { MemorySessionStore, type StoredSession } from '../../../src/session';
import { testConfig } from '../../server/test-app';
import { events, startLineApp } from './line-test-kit';

describe('LINE channel settings', () => {
  it('refuses to start in production without its secret or token, naming the variables', () => {
    const prod = (env: Record<string, string>) =>
      testConfig({ NODE_ENV: 'production', CHANNELS: 'line', ...env });
    expect(() => prod({ LINE_CHANNEL_ACCESS_TOKEN: 't' })).toThrow(/LINE_CHANNEL_SECRET: required/);
    expect(() => prod({ LINE_CHANNEL_SECRET: 's' })).toThrow(/LINE_CHANNEL_ACCESS_TOKEN: required/);
    expect(() => prod({})).toThrow(ConfigError);
    expect(() => prod({})).toThrow(/LINE_CHANNEL_SECRET[^]*LINE_CHANNEL_ACCESS_TOKEN[^]*CHANNELS/);
    expect(prod({ LINE_CHANNEL_SECRET: 's', LINE_CHANNEL_ACCESS_TOKEN: 't' }).channels.line).toMatchObject({
      enabled: true,
      channelSecret: 's',
      apiBaseUrl: 'https://api.line.me',
    });
  });

  it('is off when CHANNELS leaves it out, or outside production with no LINE variable; unverified without a secret', () => {
    const line = (env: Record<string, string> = {}) => testConfig(env).channels.line;
    expect(line({ NODE_ENV: 'production', CHANNELS: 'google', GOOGLE_PROJECT_ID: 'p' }).enabled).toBe(false);
    expect(line({ CHANNELS: 'alexa', LINE_CHANNEL_SECRET: 's' }).enabled).toBe(false);
    expect(line().enabled).toBe(false);
    expect(line({ LINE_API_BASE_URL: 'http://127.0.0.1:9' })).toMatchObject({
      enabled: true,
      channelSecret: null,
    });
  });

  it('takes unsigned webhooks when running unverified, and says so once at start', async () => {
    const app = await startLineApp({ env: { LINE_CHANNEL_SECRET: '' } });
    try {
      expect((await app.webhook(events.body(events.follow('U-open', 'rt-open')), null)).status).toBe(200);
      expect(app.api.to('rt-open')).toHaveLength(1);
      expect(
        app.logs.filter((l) => String(l.message).includes('WITHOUT signature verification')),
      ).toHaveLength(1);
    } finally {
      await app.close();
    }
  });
});

/** Every store call waits a little, like a remote Redis: bursts queue up for real. */
class SlowStore extends MemorySessionStore {
  constructor(private readonly delayMs: number) {
    super();
  }
  private wait = () => new Promise((resolve) => setTimeout(resolve, this.delayMs));
  override async get(key: string): Promise<StoredSession | null> {
    await this.wait();
    return super.get(key);
  }
  override async compareAndSet(key: string, version: number, value: string, ttl: number) {
    await this.wait();
    return super.compareAndSet(key, version, value, ttl);
  }
}

describe('LINE bursts', () => {
  it("keeps one user's burst in order, loses no answer, and does not make another user wait for it", async () => {
    const app = await startLineApp({ store: new SlowStore(5) });
    try {
      await app.webhook(events.body(events.follow('U-burst', 'rt-b-0')));
      await app.webhook(events.body(events.postback('U-burst', 'rt-b-area', 'area:any')));
      // Twelve answers in separate webhook calls, sent at once, plus a quieter user's single event.
      const answers = Array.from({ length: 12 }, (_, i) => (i % 2 === 0 ? 'dontKnow' : 'probablyNo'));
      const burst = answers.map((answer, i) =>
        app.webhook(events.body(events.postback('U-burst', `rt-b-${i + 1}`, answer))),
      );
      const otherStarted = performance.now();
      const other = app
        .webhook(events.body(events.follow('U-other', 'rt-other')))
        .then(() => performance.now());
      const [otherDone, ...statuses] = await Promise.all([other, ...burst]);
      const burstDone = performance.now();
      expect(statuses.map((s) => s.status)).toEqual(answers.map(() => 200));
      for (let i = 1; i <= 12; i++) expect(app.api.to(`rt-b-${i}`)).toHaveLength(1);
      // Sent in the order LINE's calls were taken (each call's turn and reply finish before the next).
      const order = app
        .calls()
        .filter((t) => /^rt-b-\d+$/.test(t))
        .map((t) => Number(t.slice(5)));
      expect(order).toEqual([...order].sort((a, b) => a - b));
      // No answer lost: the session holds all twelve answers (the conversation is 14 turns old).
      const turnLogs = app.logs.filter((l) => l.message === 'turn' && l.channel === 'line');
      expect(Math.max(...turnLogs.map((l) => Number(l.turn)))).toBe(14);
      expect(otherDone - otherStarted).toBeLessThan(burstDone - otherStarted);
    } finally {
      await app.close();
    }
  });
});
