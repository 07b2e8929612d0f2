import { once } from 'node:events';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * Stands in for api.line.me on loopback: takes replies and pushes, answers 200, and keeps the first text of the
 * reply for each reply token until the load generator collects it.
 */
export class LineApiSink {
  private readonly texts = new Map<string, string>();
  private server: Server | null = null;
  url = '';

  async start(): Promise<this> {
    this.server = createServer((req, res) => {
      let body = '';
      req.setEncoding('utf8');
      req.on('data', (chunk: string) => (body += chunk));
      req.on('end', () => {
        try {
          const parsed = JSON.parse(body) as { replyToken?: string; messages?: { text?: string }[] };
          const text = parsed.messages?.find((m) => typeof m.text === 'string')?.text ?? '';
          if (parsed.replyToken !== undefined) this.texts.set(parsed.replyToken, text);
        } catch {
          // A body we cannot read is the service's bug; the generator sees no reply and counts an error.
        }
        res.writeHead(200, { 'content-type': 'application/json' }).end('{}');
      });
    });
    this.server.listen(0, '127.0.0.1');
    await once(this.server, 'listening');
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
    return this;
  }

  /** The reply sent for this token, once; undefined when there was none. */
  take(replyToken: string): string | undefined {
    const text = this.texts.get(replyToken);
    this.texts.delete(replyToken);
    return text;
  }

  async stop(): Promise<void> {
    const server = this.server;
    if (server === null) return;
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }
}
