import { once } from 'node:events';
import net from 'node:net';

/** A raw TCP client: what it received, and whether the other side closed. */
export interface RawConnection {
  readonly socket: net.Socket;
  /** Everything received so far. */
  received(): string;
  /** Resolves when the connection is closed (by either side). */
  readonly closed: Promise<void>;
  isClosed(): boolean;
}

/**
 * Opens a TCP connection from `localAddress` (any 127.x.y.z works on Linux's loopback, so one test can be several
 * clients) and resolves once it is connected. A connection the server refuses or resets still resolves: look at
 * `closed`.
 */
export async function openRaw(port: number, localAddress = '127.0.0.1'): Promise<RawConnection> {
  const socket = net.connect({ host: '127.0.0.1', port, localAddress });
  let data = '';
  let closed = false;
  socket.setEncoding('utf8');
  socket.on('data', (chunk: string) => (data += chunk));
  socket.on('error', () => undefined);
  const closedPromise = once(socket, 'close').then(() => {
    closed = true;
  });
  await Promise.race([once(socket, 'connect'), closedPromise]);
  return { socket, received: () => data, closed: closedPromise, isClosed: () => closed };
}

/** Opens `count` idle connections, `batch` at a time (a burst larger than the listen backlog only makes retries). */
export async function openMany(
  port: number,
  count: number,
  localAddress: string,
  batch = 200,
): Promise<RawConnection[]> {
  const all: RawConnection[] = [];
  while (all.length < count) {
    const size = Math.min(batch, count - all.length);
    all.push(...(await Promise.all(Array.from({ length: size }, () => openRaw(port, localAddress)))));
  }
  return all;
}
