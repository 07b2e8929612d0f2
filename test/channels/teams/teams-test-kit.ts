import { channelConfig } from '../../../src/config';
import { once } from 'node:events';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Activity, ConfigurationBotFrameworkAuthenticationOptions } from 'botbuilder';
import { teamsRouter, type TeamsChannelOptions } from '../../../src/channels/teams';
import type { DialoguePort } from '../../../src/channels/shared';
import { takeTurn } from '../../../src/dialogue';
import { Conversation, sharedRenderer, smallContext } from '../../../src/dialogue/testing/dialogue-fixture';
import type { Reply } from '../../../src/dialogue/types';
import { createLogger } from '../../../src/logging';
import { createApp } from '../../../src/server';
import { MemorySessionStore, type SessionStore } from '../../../src/session';
import { testConfig } from '../../server/test-app';

/** Where Teams itself sends from (production: the token's serviceurl claim must name it). */
export const SERVICE_URL = 'https://smba.trafficmanager.net/apac/';
/** The Bot Framework Emulator's kind of serviceUrl: loopback, what emulator mode accepts outside production. */
const EMULATOR_SERVICE_URL = 'http://localhost:3978/';
const BOT = { id: '28:soudan-bot', name: 'soudan' };

export function smallDialogue(): DialoguePort {
  const ctx = smallContext({}, 'in-order');
  return { takeTurn: (state, input) => takeTurn(ctx, state, input) };
}

/** The same dialogue run directly (in Japanese): what the Teams activities must say. */
export function reference(): Conversation {
  const conversation = new Conversation(smallContext({}, 'in-order'), 'ja');
  return conversation;
}

/**
 * What a reply must look like on Teams, as [text, button titles] per activity: texts as plain messages, the last
 * one as an Adaptive Card with one Action.Submit per suggestion (a carousel shows as 'carousel').
 */
export function expectedShape(reply: Reply): [string, string[]][] {
  // The numbered job list is left out: the carousel carries the jobs.
  const texts = reply.messages
    .filter((m) => !(m.role === 'jobList' && reply.cards.length > 0))
    .map((m) => m.text);
  const last = texts.pop()!;
  const shape: [string, string[]][] = texts.map((t) => [t, []]);
  const question: [string, string[]] = [last, reply.suggestions.map((s) => s.label)];
  if (reply.jobs.length === 0) return [...shape, question];
  return reply.question === null
    ? [...shape, question, ['carousel', []]]
    : [...shape, ['carousel', []], question];
}

export function shapeOf(replies: Partial<Activity>[]): [string, string[]][] {
  return replies.map((r) => {
    if (r.attachmentLayout === 'carousel') return ['carousel', []];
    const card = cardsOf(r)[0];
    return card ? [card.body[0]!.text, card.actions.map((a) => a.title)] : [r.text ?? '', []];
  });
}

export interface TeamsTestApp {
  url: string;
  store: SessionStore;
  logs: Record<string, unknown>[];
  post(activity: unknown, headers?: Record<string, string>): Promise<{ status: number; body: unknown }>;
  close(): Promise<void>;
}

export async function startTeamsApp(
  options: {
    env?: Record<string, string>;
    store?: SessionStore;
    authOverrides?: ConfigurationBotFrameworkAuthenticationOptions;
    authTimeoutMs?: TeamsChannelOptions['authTimeoutMs'];
  } = {},
): Promise<TeamsTestApp> {
  const config = testConfig({
    PUBLIC_BASE_URL: 'https://soudan.example.jp',
    RATE_LIMIT_ENABLED: 'false',
    ...options.env,
  });
  const logs: Record<string, unknown>[] = [];
  const logger = createLogger({
    level: 'debug',
    write: (l) => logs.push(JSON.parse(l) as Record<string, unknown>),
  });
  const store = options.store ?? new MemorySessionStore();
  const dialogue = smallDialogue();
  const catalog = smallContext().catalog;
  const router = teamsRouter(
    { config: channelConfig(config, 'teams'), logger, dialogue, store, catalog },
    {
      renderer: sharedRenderer(),
      authOverrides: options.authOverrides,
      authTimeoutMs: options.authTimeoutMs,
    },
  );
  const app = createApp({ config, logger, dialogue, catalog, store }, { channels: [router] });
  const server: Server = app.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url,
    store,
    logs,
    async post(activity, headers = {}) {
      const response = await fetch(`${url}/webhooks/teams`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', ...headers },
        body: typeof activity === 'string' ? activity : JSON.stringify(activity),
      });
      const text = await response.text();
      let body: unknown = null;
      try {
        body = JSON.parse(text);
      } catch {
        body = text;
      }
      return { status: response.status, body };
    },
    async close() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

let serial = 0;

/**
 * Activities as Teams sends them (personal chat unless told otherwise), asking for the replies in the body, from
 * the emulator's loopback serviceUrl unless told otherwise.
 */
export const activities = {
  message(
    userId: string,
    fields: {
      text?: string;
      value?: unknown;
      conversation?: string;
      group?: boolean;
      mention?: boolean;
      locale?: string;
      serviceUrl?: string;
      /** false: replies go out to serviceUrl instead of coming back in the body. */
      expectReplies?: boolean;
    },
  ): Partial<Activity> {
    const conversationId = fields.conversation ?? `a:personal-${userId}`;
    const text = fields.mention ? `<at>${BOT.name}</at> ${fields.text ?? ''}` : fields.text;
    return {
      type: 'message',
      id: `1700000000${++serial}`,
      timestamp: new Date(),
      localTimestamp: new Date(),
      serviceUrl: fields.serviceUrl ?? EMULATOR_SERVICE_URL,
      channelId: 'msteams',
      from: { id: userId, name: `user ${userId}`, aadObjectId: `aad-${userId}` },
      conversation: {
        id: conversationId,
        conversationType: fields.group ? 'groupChat' : 'personal',
        tenantId: 'tenant-1',
        isGroup: fields.group ?? false,
      } as Activity['conversation'],
      recipient: BOT,
      locale: fields.locale ?? 'ja-JP',
      ...(fields.expectReplies === false ? {} : { deliveryMode: 'expectReplies' }),
      ...(text === undefined ? {} : { text, textFormat: 'plain' }),
      ...(fields.value === undefined ? {} : { value: fields.value }),
      entities: fields.mention
        ? [{ type: 'mention', text: `<at>${BOT.name}</at>`, mentioned: BOT }]
        : [{ type: 'clientInfo', locale: 'ja-JP', country: 'JP', platform: 'Web' }],
      channelData: { tenant: { id: 'tenant-1' } },
    };
  },
  membersAdded(userId: string, members: string[], group = false): Partial<Activity> {
    return {
      type: 'conversationUpdate',
      id: `f:${++serial}`,
      serviceUrl: EMULATOR_SERVICE_URL,
      channelId: 'msteams',
      from: { id: userId, name: `user ${userId}` },
      conversation: {
        id: group ? '19:group-chat@thread.v2' : `a:personal-${userId}`,
        conversationType: group ? 'groupChat' : 'personal',
        tenantId: 'tenant-1',
        isGroup: group,
      } as Activity['conversation'],
      recipient: BOT,
      membersAdded: members.map((id) => ({ id, name: id })),
      locale: 'ja-JP',
      deliveryMode: 'expectReplies',
      channelData: { tenant: { id: 'tenant-1' }, eventType: 'teamMemberAdded' },
    };
  },
};

export interface CardJson {
  type: string;
  version: string;
  body: { type: string; text: string }[];
  actions: { type: string; title: string; data?: { postback: string }; url?: string; mode?: string }[];
}

/** The Adaptive Cards of an activity. */
export function cardsOf(activity: Partial<Activity> | undefined): CardJson[] {
  return (activity?.attachments ?? [])
    .filter((a) => a.contentType === 'application/vnd.microsoft.card.adaptive')
    .map((a) => a.content as CardJson);
}
