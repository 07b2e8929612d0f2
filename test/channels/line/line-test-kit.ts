import { channelConfig } from '../../../src/config';
import { createHmac, randomUUID } from 'node:crypto';
import { once } from 'node:events';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { lineRouter } from '../../../src/channels/line';
import type { ChannelObserver, DialoguePort } from '../../../src/channels/shared';
import { takeTurn } from '../../../src/dialogue';
import {
  Conversation,
  sharedRenderer,
  smallContext,
  type StrategyChoice,
} from '../../../src/dialogue/testing/dialogue-fixture';
import type { Reply } from '../../../src/dialogue/types';
import { createLogger } from '../../../src/logging';
import { createApp } from '../../../src/server';
import { MemorySessionStore, type SessionStore } from '../../../src/session';
import { testConfig } from '../../server/test-app';
import { FakeLineApi } from './fake-line-api';

const TEST_SECRET = 'line-test-channel-secret';
const TEST_TOKEN = 'line-test-access-token';

export function sign(body: string, secret = TEST_SECRET): string {
  return createHmac('sha256', secret).update(body).digest('base64');
}

/** The dialogue with the small hand-made catalogue; 'in-order' asks every job type before showing jobs. */
function smallDialogue(
  strategy: StrategyChoice = 'in-order',
): DialoguePort & { catalog: ReturnType<typeof smallContext>['catalog'] } {
  const ctx = smallContext({}, strategy);
  return { takeTurn: (state, input) => takeTurn(ctx, state, input), catalog: ctx.catalog };
}

/**
 * The same dialogue run directly, turn by turn: what the LINE messages must say. The tests check the translation,
 * not the dialogue's wording (that is tested in src/dialogue).
 */
export function reference(strategy: StrategyChoice = 'in-order'): Conversation {
  const conversation = new Conversation(smallContext({}, strategy));
  return conversation;
}

/** The texts LINE must show for a reply, and its quick reply labels (with LINE's location button on area questions). */
/** The texts LINE sends: the numbered job list is left out when the carousel carries the jobs. */
export function expectedTexts(reply: Reply): string[] {
  return reply.messages.filter((m) => !(m.role === 'jobList' && reply.cards.length > 0)).map((m) => m.text);
}

export function expectedLabels(reply: Reply): string[] {
  const location = reply.question?.kind === 'area' ? ['現在地を送る'] : [];
  return [...location, ...reply.suggestions.map((s) => s.label)]
    .slice(0, 13)
    .map((l) => (l.length > 20 ? `${l.slice(0, 19)}…` : l));
}

export interface LineTestApp {
  url: string;
  api: FakeLineApi;
  store: SessionStore;
  logs: Record<string, unknown>[];
  /** POSTs a signed webhook body (or an unsigned one with `signature: null`). */
  webhook(body: unknown, signature?: string | null): Promise<{ status: number; text: string }>;
  /** Reply tokens and push targets in the order the fake API received them. */
  calls(): string[];
  close(): Promise<void>;
}

export interface LineTestAppOptions {
  env?: Record<string, string>;
  store?: SessionStore;
  dialogue?: DialoguePort;
  api?: FakeLineApi;
  observer?: ChannelObserver;
}

/** The app with the LINE router mounted, pointed at a fake LINE API, on a free loopback port. */
export async function startLineApp(options: LineTestAppOptions = {}): Promise<LineTestApp> {
  const api = options.api ?? (await new FakeLineApi().start());
  const config = testConfig({
    LINE_CHANNEL_SECRET: TEST_SECRET,
    LINE_CHANNEL_ACCESS_TOKEN: TEST_TOKEN,
    LINE_API_BASE_URL: api.url,
    PUBLIC_BASE_URL: 'https://soudan.example.jp',
    RATE_LIMIT_ENABLED: 'false',
    ...options.env,
  });
  const logs: Record<string, unknown>[] = [];
  const logger = createLogger({
    level: 'debug',
    write: (line) => logs.push(JSON.parse(line) as Record<string, unknown>),
  });
  const store = options.store ?? new MemorySessionStore();
  const dialogue = options.dialogue ?? smallDialogue();
  const catalog = smallContext().catalog;
  const router = lineRouter(
    { config: channelConfig(config, 'line'), logger, dialogue, store, catalog, observer: options.observer },
    { renderer: sharedRenderer() },
  );
  const app = createApp({ config, logger, dialogue, catalog, store }, { channels: [router] });
  const server: Server = app.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url,
    api,
    store,
    logs,
    async webhook(body, signature) {
      const text = typeof body === 'string' ? body : JSON.stringify(body);
      const headers: Record<string, string> = { 'Content-Type': 'application/json' };
      const sig = signature === undefined ? sign(text) : signature;
      if (sig !== null) headers['x-line-signature'] = sig;
      const response = await fetch(`${url}/webhooks/line`, { method: 'POST', headers, body: text });
      return { status: response.status, text: await response.text() };
    },
    calls: () => api.calls.map((c) => c.body.replyToken ?? c.body.to ?? ''),
    async close() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      if (options.api === undefined) await api.stop();
    },
  };
}

/** webhookEventId (null: none, as older LINE bodies have), redelivery flag and timestamp (ms) of an event. */
export interface EventExtra {
  id?: string | null;
  redelivery?: boolean;
  timestamp?: number;
}

/** Event bodies in the shapes LINE documents (Messaging API reference, webhook event objects). */
export const events = {
  body(...list: object[]): object {
    return { destination: 'Uxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx', events: list };
  },
  /** A fresh event (timestamp now) unless told otherwise; `id: null` leaves webhookEventId out. */
  base(userId: string, extra: EventExtra & { replyToken?: string } = {}) {
    return {
      timestamp: extra.timestamp ?? Date.now(),
      source: { type: 'user', userId },
      ...(extra.id === null
        ? {}
        : { webhookEventId: extra.id ?? `01H${randomUUID().replace(/-/g, '').slice(0, 23).toUpperCase()}` }),
      deliveryContext: { isRedelivery: extra.redelivery ?? false },
      mode: 'active',
      ...(extra.replyToken === undefined ? {} : { replyToken: extra.replyToken }),
    };
  },
  follow(userId: string, replyToken: string) {
    return { type: 'follow', ...events.base(userId, { replyToken }), follow: { isUnblocked: false } };
  },
  unfollow(userId: string) {
    return { type: 'unfollow', ...events.base(userId) };
  },
  text(userId: string, replyToken: string, text: string, extra: EventExtra & { messageId?: string } = {}) {
    return {
      type: 'message',
      ...events.base(userId, { replyToken, ...extra }),
      message: {
        id: extra.messageId ?? '444573844083572737',
        type: 'text',
        quoteToken: 'q3Plxr4AgKd...',
        text,
      },
    };
  },
  location(userId: string, replyToken: string, latitude: number, longitude: number) {
    return {
      type: 'message',
      ...events.base(userId, { replyToken }),
      message: {
        id: '325708',
        type: 'location',
        title: 'my location',
        address: '日本、〒150-0002 東京都渋谷区渋谷２丁目２１−１',
        latitude,
        longitude,
      },
    };
  },
  sticker(userId: string, replyToken: string) {
    return {
      type: 'message',
      ...events.base(userId, { replyToken }),
      message: {
        id: '1501597916',
        quoteToken: 'q3Plxr4AgKd...',
        type: 'sticker',
        packageId: '446',
        stickerId: '1988',
        stickerResourceType: 'ANIMATION',
        keywords: ['cony', 'sally', 'Staring', 'hi'],
      },
    };
  },
  postback(userId: string, replyToken: string, data: string, extra: EventExtra = {}) {
    return { type: 'postback', ...events.base(userId, { replyToken, ...extra }), postback: { data } };
  },
};
