import { once } from 'node:events';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface LineApiCall {
  method: string;
  path: string;
  contentType: string | undefined;
  authorization: string | undefined;
  retryKey: string | undefined;
  body: { replyToken?: string; to?: string; messages: LineMessageJson[] };
}

/** The JSON LINE receives, loosely typed for assertions. */
export type LineMessageJson = Record<string, unknown> & { type: string; text?: string };

/**
 * A local stand-in for api.line.me: records every reply and push; answers 400 "Invalid reply token" for tokens
 * listed in `expiredTokens`, as LINE does for a token that is used up or too old.
 */
export class FakeLineApi {
  readonly calls: LineApiCall[] = [];
  readonly expiredTokens = new Set<string>();
  private server: Server | null = null;
  url = '';

  async start(): Promise<this> {
    this.server = createServer((req, res) => {
      void readJson(req).then((body) => {
        const call: LineApiCall = {
          method: req.method ?? '',
          path: req.url ?? '',
          contentType: req.headers['content-type'],
          authorization: req.headers.authorization,
          retryKey: req.headers['x-line-retry-key'] as string | undefined,
          body: body as LineApiCall['body'],
        };
        res.setHeader('Content-Type', 'application/json');
        if (call.path === '/v2/bot/message/reply' && this.expiredTokens.has(call.body.replyToken ?? '')) {
          res.statusCode = 400;
          res.end(JSON.stringify({ message: 'Invalid reply token' }));
          return;
        }
        this.calls.push(call);
        res.end(JSON.stringify(this.answer(call)));
      });
    });
    this.server.listen(0, '127.0.0.1');
    await once(this.server, 'listening');
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
    return this;
  }

  /** Rich menus created so far (for the registration script). */
  readonly richMenus: { richMenuId: string; name: string }[] = [];

  private answer(call: LineApiCall): unknown {
    if (call.path.startsWith('/v2/bot/message/')) {
      return { sentMessages: (call.body.messages ?? []).map((_, i) => ({ id: String(i) })) };
    }
    if (call.method === 'GET' && call.path === '/v2/bot/richmenu/list') return { richmenus: this.richMenus };
    if (call.method === 'POST' && call.path === '/v2/bot/richmenu') {
      const menu = {
        richMenuId: `richmenu-${this.richMenus.length + 1}`,
        name: String((call.body as { name?: string }).name),
      };
      this.richMenus.push(menu);
      return { richMenuId: menu.richMenuId };
    }
    return {};
  }

  /** Replies and pushes addressed to a reply token or a user. */
  to(target: string): LineApiCall[] {
    return this.calls.filter((c) => c.body.replyToken === target || c.body.to === target);
  }

  async stop(): Promise<void> {
    const server = this.server;
    if (server === null) return;
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }
}

/** JSON bodies parsed; anything else (an uploaded image) as its byte count. */
async function readJson(req: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  const raw = Buffer.concat(chunks);
  if (!String(req.headers['content-type'] ?? '').includes('json')) return { bytes: raw.length, messages: [] };
  return JSON.parse(raw.toString('utf8') || '{}');
}
