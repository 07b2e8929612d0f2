import type { RequestListener, Server } from 'node:http';
import { BlockList, type Socket } from 'node:net';
import type { AddressRange } from '../config';

/**
 * Google's load balancer keeps idle backend connections for 600 s and expects the backend to outlast that: a
 * backend that closes first races the balancer's next request on that connection, and the balancer answers 502.
 */
export const LOAD_BALANCER_KEEP_ALIVE_MS = 620_000;
/** Node closes an idle socket this long after the advertised keep-alive timeout. */
const KEEP_ALIVE_BUFFER_MS = 1_000;

type ConnectionRefusal = 'server_full' | 'client_limit';

export interface ConnectionGuardOptions {
  /** Open connections in all (server.maxConnections): past it, new ones are closed at once. */
  maxConnections: number;
  /** Open connections from one address, load balancer excepted. */
  maxPerClient: number;
  /** Idle keep-alive for everyone but the load balancer (server.keepAliveTimeout). */
  keepAliveTimeoutMs: number;
  headersTimeoutMs: number;
  /** Node's own limit on receiving a whole request: headers plus body time (the body deadline answers first). */
  requestTimeoutMs: number;
  loadBalancerRanges: readonly AddressRange[];
  onRefused?: (reason: ConnectionRefusal) => void;
}

/** Node checks headersTimeout and requestTimeout on a timer: every 30 s by default, which lets a limit run late. */
export function connectionsCheckingInterval(headersTimeoutMs: number): number {
  return Math.max(50, Math.min(1_000, Math.floor(headersTimeoutMs / 4)));
}

/**
 * What one client can hold of a server: connections in all and per address, and how long idle or slow ones live.
 * The load balancer's own connections (by source range) keep the long keep-alive it expects and no per-address
 * cap (all users arrive through a handful of its addresses); everyone else's idle connections close after
 * `keepAliveTimeoutMs`. Serves `listener` on `server`. Create the server with
 * `connectionsCheckingInterval(headersTimeoutMs)`, so the time limits are checked often enough to hold.
 */
export function guardConnections(
  server: Server,
  listener: RequestListener,
  options: ConnectionGuardOptions,
): { openConnections: () => number } {
  const balancer = new BlockList();
  for (const range of options.loadBalancerRanges) {
    balancer.addSubnet(range.address, range.prefix, range.family);
  }
  const fromBalancer = new WeakSet<Socket>();
  const perClient = new Map<string, number>();
  let open = 0;

  server.maxConnections = options.maxConnections;
  server.keepAliveTimeout = options.keepAliveTimeoutMs;
  server.headersTimeout = options.headersTimeoutMs;
  server.requestTimeout = options.requestTimeoutMs;
  server.on('drop', () => options.onRefused?.('server_full'));
  server.on('connection', (socket: Socket) => {
    open++;
    socket.once('close', () => open--);
    const address = plainAddress(socket.remoteAddress);
    if (address !== null && balancer.check(address, address.includes(':') ? 'ipv6' : 'ipv4')) {
      fromBalancer.add(socket);
      return;
    }
    const key = address ?? 'unknown';
    const count = (perClient.get(key) ?? 0) + 1;
    perClient.set(key, count);
    socket.once('close', () => {
      const left = (perClient.get(key) ?? 1) - 1;
      if (left <= 0) perClient.delete(key);
      else perClient.set(key, left);
    });
    if (count > options.maxPerClient) {
      options.onRefused?.('client_limit');
      socket.destroy();
    }
  });

  server.on('request', (req, res) => {
    const socket = req.socket;
    if (fromBalancer.has(socket)) {
      // Runs after Node's own 'finish' handler, which armed the short idle timeout: lengthen it. The answer's
      // Keep-Alive header still names the short one; a balancer that heeded it would close its side first, which
      // is safe (only a backend closing first races the next request).
      res.once('finish', () => {
        if (!socket.destroyed) socket.setTimeout(LOAD_BALANCER_KEEP_ALIVE_MS + KEEP_ALIVE_BUFFER_MS);
      });
    }
    listener(req, res);
  });
  return { openConnections: () => open };
}

/** `::ffff:10.0.0.1` → `10.0.0.1`, so an IPv4 client counts as one address on a dual-stack socket. */
function plainAddress(address: string | undefined): string | null {
  if (address === undefined || address === '') return null;
  return address.startsWith('::ffff:') && address.includes('.') ? address.slice(7) : address;
}
