import { channelConfig } from '../../../src/config';
import { once } from 'node:events';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { googleWebhook, GOOGLE_PATH, type GoogleWebhook } from '../../../src/channels/google';
import type { DialoguePort } from '../../../src/channels/shared';
import { createLogger } from '../../../src/logging';
import { createApp, createDialoguePort } from '../../../src/server';
import { MemorySessionStore, type SessionStore } from '../../../src/session';
import { post, testConfig, type JsonResponse } from '../../server/test-app';
import { sampleData } from '../alexa/alexa-test-app';

export interface GoogleTestApp {
  url: string;
  webhook: GoogleWebhook;
  logs: Record<string, unknown>[];
  close(): Promise<void>;
}

export async function startGoogleApp(
  options: { env?: Record<string, string>; dialogue?: DialoguePort; store?: SessionStore } = {},
): Promise<GoogleTestApp> {
  const data = await sampleData();
  const config = testConfig({ PUBLIC_BASE_URL: 'https://soudan.example.jp', ...options.env });
  const logs: Record<string, unknown>[] = [];
  const logger = createLogger({
    level: 'debug',
    write: (line) => logs.push(JSON.parse(line) as Record<string, unknown>),
  });
  const store = options.store ?? new MemorySessionStore();
  const dialogue = options.dialogue ?? createDialoguePort(data, config);
  const webhook = googleWebhook({
    config: channelConfig(config, 'google'),
    logger,
    dialogue,
    store,
    catalog: data.catalog,
  });
  const app = createApp(
    { config, logger, dialogue, catalog: data.catalog, store },
    { channels: [webhook.router] },
  );
  const server: Server = app.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}${GOOGLE_PATH}`,
    webhook,
    logs,
    close: async () => {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

/** A webhook request as Actions Builder sends it (HandlerRequest). */
export function handlerRequest(
  handler: string,
  options: {
    intent?: string;
    query?: string;
    params?: Record<string, unknown>;
    sessionId?: string;
    locale?: string;
  } = {},
): Record<string, unknown> {
  return {
    handler: { name: handler },
    intent: { name: options.intent ?? '', params: {}, query: options.query ?? '' },
    scene: { name: 'Main', slotFillingStatus: 'UNSPECIFIED', slots: {}, next: { name: '' } },
    session: {
      id: options.sessionId ?? 'ABwppHHt3sO8yDg4V0gLvBcgFsvtnQvdwDWn8Yk6IRYz5cWFv0WBC0UMOVb0hzqbc_EbAPd2',
      params: options.params ?? {},
      typeOverrides: [],
      languageCode: '',
    },
    user: {
      locale: options.locale ?? 'ja-JP',
      params: {},
      accountLinkingStatus: 'ACCOUNT_LINKING_STATUS_UNSPECIFIED',
      verificationStatus: 'VERIFIED',
      packageEntitlements: [],
      gaiaMint: {},
      permissions: [],
      lastSeenTime: '2026-11-29T12:00:00Z',
    },
    home: { params: {} },
    device: {
      capabilities: ['SPEECH', 'RICH_RESPONSE', 'WEB_LINK'],
      timeZone: { id: 'Asia/Tokyo', version: '' },
    },
  };
}

export interface GoogleResponseBody {
  session: { id: string; params: Record<string, unknown> };
  prompt: {
    override: boolean;
    firstSimple?: { speech: string; text: string };
    suggestions?: { title: string }[];
    content?: {
      card?: { title: string; text: string; button?: { name: string; open: { url: string } } };
      collectionBrowse?: {
        items: { title: string; description?: string; footer?: string; openUriAction: { url: string } }[];
      };
    };
  };
  scene?: { next?: { name: string } };
}

/** One Google conversation: keeps the session params the webhook returns, as Google does. */
export class GoogleConversation {
  params: Record<string, unknown> = {};
  constructor(
    readonly url: string,
    readonly sessionId: string,
    readonly locale = 'ja-JP',
  ) {}

  async send(
    handler: string,
    intent = '',
    query = '',
    headers?: Record<string, string>,
  ): Promise<JsonResponse> {
    const body = handlerRequest(handler, {
      intent,
      query,
      params: this.params,
      sessionId: this.sessionId,
      locale: this.locale,
    });
    const response = await post(this.url, body, headers);
    if (response.status === 200) {
      const returned = (response.body as GoogleResponseBody).session.params ?? {};
      // Google deletes a param set to null.
      this.params = Object.fromEntries(Object.entries(returned).filter(([, v]) => v !== null));
    }
    return response;
  }
}
