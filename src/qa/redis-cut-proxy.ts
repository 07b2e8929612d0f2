import { once } from 'node:events';
import { connect, createServer, type Server, type Socket } from 'node:net';
import type { AddressInfo } from 'node:net';

/**
 * A loopback TCP proxy in front of Redis that the replay can cut: while down, every open connection is reset
 * and new ones are closed on arrival, which is what the service's Redis client sees when Redis or the network
 * to it fails. Up again, connections pass through.
 */
export class RedisCutProxy {
  private server: Server | null = null;
  private readonly open = new Set<Socket>();
  private cut = false;

  constructor(private readonly upstream: { readonly host: string; readonly port: number }) {}

  get isDown(): boolean {
    return this.cut;
  }

  /** Listens on 127.0.0.1; returns the port. */
  async start(): Promise<number> {
    const server = createServer((client) => {
      if (this.cut) {
        client.destroy();
        return;
      }
      const redis = connect(this.upstream.port, this.upstream.host);
      for (const [from, to] of [
        [client, redis],
        [redis, client],
      ] as const) {
        this.open.add(from);
        from.pipe(to);
        from.on('error', () => to.destroy());
        from.on('close', () => {
          this.open.delete(from);
          to.destroy();
        });
      }
    });
    server.listen(0, '127.0.0.1');
    await once(server, 'listening');
    this.server = server;
    return (server.address() as AddressInfo).port;
  }

  down(): void {
    this.cut = true;
    for (const socket of this.open) socket.destroy();
  }

  up(): void {
    this.cut = false;
  }

  async stop(): Promise<void> {
    this.down();
    const server = this.server;
    if (server === null) return;
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }
}
