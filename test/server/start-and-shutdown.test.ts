import type { Socket } from 'node:net';
import { once } from 'node:events';
import { Agent, request, type IncomingMessage } from 'node:http';
import { createLogger } from '../../src/logging';
import { exitOnSignals, startServer, type RunningServer } from '../../src/server';
import { FakeDialogue, post, testConfig } from './test-app';

describe('startServer and graceful shutdown', () => {
  let running: RunningServer | undefined;
  const logs: Record<string, unknown>[] = [];
  const logger = createLogger({
    level: 'info',
    write: (l) => logs.push(JSON.parse(l) as Record<string, unknown>),
  });

  afterEach(async () => {
    await running?.close();
    running = undefined;
  });

  it('loads the bundled sample, listens and logs one start-up line', async () => {
    running = await startServer(testConfig(), {
      logger,
      host: '127.0.0.1',
      port: 0,
      createDialogue: () => new FakeDialogue(),
    });
    const line = logs.find((l) => l.message === 'listening');
    expect(line).toMatchObject({
      port: running.port,
      store: 'memory',
      storeReady: true,
      strategy: 'bayes',
      jobTypes: expect.any(Number),
      conditions: expect.any(Number),
      listings: expect.any(Number),
      msToReady: expect.any(Number),
    });
    expect(line!.jobTypes as number).toBeGreaterThan(10);
    expect((await fetch(running.url + '/readyz')).status).toBe(200);
    const catalog = (await (await fetch(running.url + '/api/v1/catalog')).json()) as { jobTypes: unknown[] };
    expect(catalog.jobTypes).toHaveLength(line!.jobTypes as number);
  });

  it('finishes in-flight turns, refuses new connections, then closes the store', async () => {
    running = await startServer(testConfig(), {
      logger,
      host: '127.0.0.1',
      port: 0,
      createDialogue: () => new FakeDialogue(),
    });
    const store = running.store;
    // Make every session read slow, so a turn is surely in flight when shutdown starts.
    const get = store.get.bind(store);
    store.get = async (key) => {
      await new Promise((resolve) => setTimeout(resolve, 300));
      return get(key);
    };
    const inFlight = post(running.url + '/api/v1/turns', { conversationId: 'slow', event: 'start' });
    await new Promise((resolve) => setTimeout(resolve, 50));
    const closed = running.close();
    const answer = await inFlight;
    expect(answer.status).toBe(200);
    expect(answer.body).toMatchObject({ conversationId: 'slow', turn: 1 });
    await closed;
    await expect(fetch(running.url + '/healthz')).rejects.toThrow();
    await expect(store.ping()).rejects.toThrow();
    expect(logs.some((l) => l.message === 'stopped')).toBe(true);
  });

  it('closes idle keep-alive connections at once instead of waiting for their timeout', async () => {
    running = await startServer(testConfig(), {
      logger,
      host: '127.0.0.1',
      port: 0,
      createDialogue: () => new FakeDialogue(),
    });
    const agent = new Agent({ keepAlive: true });
    // The options-object form: another suite's nock (virtual-alexa's) may have wrapped http.request in this
    // worker, and its wrapper mishandles request(url, options).
    const { hostname, port } = new URL(running.url);
    const req = request({ hostname, port, path: '/healthz', agent });
    const socketAssigned = once(req, 'socket');
    req.end();
    const [socket] = (await socketAssigned) as [Socket];
    const [res] = (await once(req, 'response')) as [IncomingMessage];
    res.resume();
    await once(res, 'end');
    // The idle socket must be closed by the server: waiting for its 65 s keep-alive timeout would outlast
    // jest's 30 s test timeout, so a server that waits fails here instead of passing slowly.
    const socketClosed = once(socket, 'close');
    await running.close();
    await socketClosed;
    expect(socket.destroyed).toBe(true);
    agent.destroy();
  });

  it('SIGTERM and SIGINT run the graceful close, then exit 0', async () => {
    const exits: number[] = [];
    let closes = 0;
    const remove = exitOnSignals(
      async () => {
        closes++;
      },
      createLogger({ level: 'silent' }),
      (code) => exits.push(code),
    );
    try {
      process.emit('SIGTERM', 'SIGTERM');
      await new Promise((resolve) => setImmediate(resolve));
      expect({ closes, exits }).toEqual({ closes: 1, exits: [0] });
      process.emit('SIGINT', 'SIGINT');
      expect(exits).toEqual([0, 1]);
    } finally {
      remove();
    }
  });
});
