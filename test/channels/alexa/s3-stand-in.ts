import { once } from 'node:events';
import { createServer, type Server } from 'node:https';
import type { AddressInfo } from 'node:net';
import type { ServerResponse } from 'node:http';

export type StandInObject =
  | { readonly kind: 'text'; readonly body: string }
  /** `bytes` of filler, written as fast as the client reads; `declared` sends Content-Length first. */
  | { readonly kind: 'huge'; readonly bytes: number; readonly declared: boolean }
  /** Headers, a few bytes, then nothing more. */
  | { readonly kind: 'stall' };

export interface S3StandIn {
  readonly port: number;
  /** Paths requested, in order. */
  readonly requested: string[];
  /** Bytes of body written per request, by path, when the response ended or its socket closed. */
  readonly bytesSent: Map<string, number>;
  close(): Promise<void>;
}

const CHUNK = Buffer.alloc(1024 * 1024, 0x41);

function streamHuge(res: ServerResponse, bytes: number, done: (sent: number) => void): void {
  let sent = 0;
  let finished = false;
  const finish = (): void => {
    if (finished) return;
    finished = true;
    done(sent);
  };
  res.on('close', finish);
  const pump = (): void => {
    while (sent < bytes && !res.destroyed) {
      const size = Math.min(CHUNK.length, bytes - sent);
      sent += size;
      if (!res.write(size === CHUNK.length ? CHUNK : CHUNK.subarray(0, size))) {
        res.once('drain', pump);
        return;
      }
    }
    if (!res.destroyed) res.end(finish);
  };
  pump();
}

/** A local HTTPS server with a certificate for s3.amazonaws.com, serving the given objects by path. */
export async function startS3StandIn(
  tls: { key: string; cert: string },
  objects: Record<string, StandInObject>,
): Promise<S3StandIn> {
  const requested: string[] = [];
  const bytesSent = new Map<string, number>();
  const stalled = new Set<ServerResponse>();
  const server: Server = createServer(tls, (req, res) => {
    const path = req.url ?? '';
    requested.push(path);
    const object = objects[path];
    if (object === undefined) {
      res.writeHead(404).end();
      return;
    }
    switch (object.kind) {
      case 'text':
        res.writeHead(200, { 'content-type': 'application/x-pem-file' }).end(object.body);
        bytesSent.set(path, Buffer.byteLength(object.body));
        return;
      case 'huge':
        res.writeHead(200, object.declared ? { 'content-length': String(object.bytes) } : {});
        streamHuge(res, object.bytes, (sent) => bytesSent.set(path, sent));
        return;
      case 'stall':
        res.writeHead(200);
        res.write('-----BEGIN');
        stalled.add(res);
        res.on('close', () => stalled.delete(res));
        return;
    }
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  return {
    port: (server.address() as AddressInfo).port,
    requested,
    bytesSent,
    close: async () => {
      for (const res of stalled) res.destroy();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
