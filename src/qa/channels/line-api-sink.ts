import { once } from 'node:events';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/** A LINE message as the Messaging API receives it, loosely typed: the replay reads it back. */
export type LineMessageJson = Record<string, unknown> & { type: string };

/**
 * Stands in for api.line.me on loopback: takes replies and pushes, answers 200 as LINE does, and keeps the
 * messages sent for each reply token or user until the replay collects them.
 */
export class LineApiSink {
  private readonly sent = new Map<string, LineMessageJson[]>();
  private server: Server | null = null;
  url = '';

  async start(): Promise<this> {
    this.server = createServer((req, res) => {
      let body = '';
      req.setEncoding('utf8');
      req.on('data', (chunk: string) => (body += chunk));
      req.on('end', () => {
        let messages: LineMessageJson[] = [];
        try {
          const parsed = JSON.parse(body) as {
            replyToken?: string;
            to?: string;
            messages?: LineMessageJson[];
          };
          messages = parsed.messages ?? [];
          const key = parsed.replyToken ?? parsed.to;
          if (key !== undefined) this.sent.set(key, [...(this.sent.get(key) ?? []), ...messages]);
        } catch {
          // Not JSON: the channel's bug, which the replay sees as a turn without an answer.
        }
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ sentMessages: messages.map((_, i) => ({ id: String(i) })) }));
      });
    });
    this.server.listen(0, '127.0.0.1');
    await once(this.server, 'listening');
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
    return this;
  }

  /** What was sent for this reply token (or pushed to this user), once. */
  take(key: string): LineMessageJson[] {
    const messages = this.sent.get(key) ?? [];
    this.sent.delete(key);
    return messages;
  }

  async stop(): Promise<void> {
    const server = this.server;
    if (server === null) return;
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }
}
