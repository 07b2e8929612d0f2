import { once } from 'node:events';
import type { Socket } from 'node:net';
import { createLogger } from '../../src/logging';
import { LOAD_BALANCER_KEEP_ALIVE_MS, startServer, type RunningServer } from '../../src/server';
import { eventually } from '../session/redis-test-utils';
import { openMany, openRaw, type RawConnection } from './raw-sockets';
import { sampleValue, scrapeMetrics } from './scrape-metrics';
import { FakeDialogue, get, post, testConfig } from './test-app';

/** Loopback addresses standing for different machines (Linux routes all of 127/8 to lo). */
const ATTACKER = '127.0.0.2';
const BALANCER = '127.0.0.3';

describe('connection limits of a running server', () => {
  let running: RunningServer | undefined;
  const held: RawConnection[] = [];
  afterEach(async () => {
    for (const connection of held.splice(0)) connection.socket.destroy();
    await running?.close();
    running = undefined;
  });

  async function start(env: Record<string, string>): Promise<RunningServer> {
    running = await startServer(testConfig({ CHANNELS: 'none', ...env }), {
      logger: createLogger({ level: 'silent' }),
      host: '127.0.0.1',
      port: 0,
      metricsPort: 0,
      defaultMetrics: false,
      createDialogue: () => new FakeDialogue(),
    });
    return running;
  }

  async function refused(reason: string): Promise<number | undefined> {
    const text = await scrapeMetrics(running!.metricsPort!);
    return sampleValue(text, `soudan_http_connections_refused_total{reason="${reason}"}`);
  }

  it('closes one address’s connections beyond its cap; other clients, /healthz and turns go on', async () => {
    const server = await start({ HTTP_MAX_CONNECTIONS_PER_CLIENT: '20', HTTP_MAX_CONNECTIONS: '1000' });
    held.push(...(await openMany(server.port, 500, ATTACKER)));
    await eventually(async () => {
      const closed = held.filter((c) => c.isClosed()).length;
      if (closed < 480) throw new Error(`${closed} of the attacker's connections closed`);
    });
    expect(held.filter((c) => !c.isClosed())).toHaveLength(20);
    expect(await refused('client_limit')).toBe(480);

    expect((await get(server.url + '/healthz')).status).toBe(200);
    const turn = await post(server.url + '/api/v1/turns', { conversationId: 'c', event: 'start' });
    expect(turn.status).toBe(200);
  });

  it('never holds more than HTTP_MAX_CONNECTIONS in all, and reports the open ones', async () => {
    const server = await start({ HTTP_MAX_CONNECTIONS: '30', HTTP_MAX_CONNECTIONS_PER_CLIENT: '1000' });
    for (const address of ['127.0.0.4', '127.0.0.5'])
      held.push(...(await openMany(server.port, 25, address)));
    await eventually(async () => {
      if ((await refused('server_full')) !== 20) throw new Error('not yet refused');
    });
    expect(sampleValue(await scrapeMetrics(server.metricsPort!), 'soudan_http_open_connections')).toBe(30);
    expect(held.filter((c) => c.isClosed())).toHaveLength(20);
  });

  it('lets the load balancer’s addresses past the per-address cap', async () => {
    const server = await start({
      HTTP_MAX_CONNECTIONS_PER_CLIENT: '5',
      LOAD_BALANCER_RANGES: `${BALANCER}/32`,
    });
    held.push(...(await openMany(server.port, 50, BALANCER)));
    await eventually(async () => {
      const open = await new Promise<number>((resolve, reject) =>
        server.server.getConnections((error, count) => (error ? reject(error) : resolve(count))),
      );
      if (open < 50) throw new Error(`${open} open`);
    });
    expect(await refused('client_limit')).toBe(0);
    expect(held.every((c) => !c.isClosed())).toBe(true);
  });

  it('closes an idle keep-alive connection after HTTP_KEEP_ALIVE_TIMEOUT_MS; the balancer’s live 620 s', async () => {
    const server = await start({ HTTP_KEEP_ALIVE_TIMEOUT_MS: '200', LOAD_BALANCER_RANGES: `${BALANCER}/32` });
    const serverSide = new Map<string, Socket>();
    server.server.on('connection', (socket: Socket) => serverSide.set(String(socket.remotePort), socket));

    const user = await openRaw(server.port);
    user.socket.write('GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n');
    await user.closed;
    expect(user.received()).toMatch(/^HTTP\/1\.1 200 OK\r\n[\s\S]*Keep-Alive: timeout=\d+\r\n/);

    const balancer = await openRaw(server.port, BALANCER);
    held.push(balancer);
    balancer.socket.write('GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n');
    await once(balancer.socket, 'data');
    const socket = serverSide.get(String(balancer.socket.localPort))!;
    await eventually(async () => {
      if (socket.timeout !== LOAD_BALANCER_KEEP_ALIVE_MS + 1000) throw new Error(`timeout ${socket.timeout}`);
    });
    expect(balancer.isClosed()).toBe(false);
  });
});
