import { createLogger } from '../../src/logging';
import { startServer, type RunningServer } from '../../src/server';
import { openRaw } from './raw-sockets';
import { FakeDialogue, testConfig } from './test-app';

const TURNS = '/api/v1/turns';

/**
 * Clients that send slowly. A time limit is asserted by its outcome (what the client gets, that the connection
 * ends), never by how long it took: a limit that is not enforced makes the test run into jest's timeout.
 */
// Each limit here is under a second; an unenforced one (Node's own checks ran every 30 s) must fail, not pass late.
jest.setTimeout(15_000);

describe('slow clients', () => {
  let running: RunningServer | undefined;
  const logs: Record<string, unknown>[] = [];
  afterEach(async () => {
    await running?.close();
    running = undefined;
  });

  async function start(env: Record<string, string>): Promise<RunningServer> {
    running = await startServer(testConfig({ CHANNELS: 'none', ...env }), {
      logger: createLogger({
        level: 'info',
        write: (l) => logs.push(JSON.parse(l) as Record<string, unknown>),
      }),
      host: '127.0.0.1',
      port: 0,
      metricsPort: null,
      defaultMetrics: false,
      createDialogue: () => new FakeDialogue(),
    });
    return running;
  }

  it('a body that stops arriving is cut at HTTP_BODY_TIMEOUT_MS with a 408 in the API error shape', async () => {
    const server = await start({ HTTP_BODY_TIMEOUT_MS: '300', HTTP_HEADERS_TIMEOUT_MS: '20000' });
    const client = await openRaw(server.port);
    const body = JSON.stringify({ conversationId: 'slow-body', event: 'start' });
    client.socket.write(
      `POST ${TURNS} HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n` +
        `Content-Length: ${body.length}\r\n\r\n${body.slice(0, 10)}`,
    );
    await client.closed;
    const [head, json] = client.received().split('\r\n\r\n');
    expect(head).toMatch(/^HTTP\/1\.1 408 Request Timeout\r\n/);
    expect(head).toMatch(/\r\nConnection: close\r\n/i);
    expect(JSON.parse(json!)).toEqual({
      error: { code: 'request_timeout', message: 'The request body did not arrive in time' },
    });
    expect(await server.store.get('soudan:test:web:slow-body')).toBeNull();
    expect(logs.find((l) => l.message === 'turn')).toMatchObject({
      status: 408,
      errorCode: 'request_timeout',
    });
  });

  it('a body that trickles in a byte at a time is cut too: the deadline is for the whole body', async () => {
    const server = await start({ HTTP_BODY_TIMEOUT_MS: '300' });
    const client = await openRaw(server.port);
    client.socket.write(
      `POST ${TURNS} HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 5000\r\n\r\n{`,
    );
    const trickle = setInterval(() => client.socket.write(' '), 20);
    try {
      await client.closed;
    } finally {
      clearInterval(trickle);
    }
    expect(client.received()).toMatch(/^HTTP\/1\.1 408 /);
    expect(client.received()).toContain('"code":"request_timeout"');
  });

  it('a body that arrives in time is answered as usual', async () => {
    const server = await start({ HTTP_BODY_TIMEOUT_MS: '5000' });
    const client = await openRaw(server.port);
    // No id: the service issues one (a client-chosen id would need the QA token).
    const body = JSON.stringify({ event: 'start' });
    client.socket.write(
      `POST ${TURNS} HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nConnection: close\r\n` +
        `Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body.slice(0, 10)}`,
    );
    await new Promise((resolve) => setImmediate(resolve));
    client.socket.write(body.slice(10));
    await client.closed;
    expect(client.received()).toMatch(/^HTTP\/1\.1 200 OK\r\n/);
  });

  it('headers that never finish are cut at HTTP_HEADERS_TIMEOUT_MS', async () => {
    const server = await start({ HTTP_HEADERS_TIMEOUT_MS: '300' });
    const client = await openRaw(server.port);
    client.socket.write(`POST ${TURNS} HTTP/1.1\r\nHost: x\r\n`);
    const trickle = setInterval(() => client.socket.write('X-Slow: 1\r\n'), 20);
    try {
      await client.closed;
    } finally {
      clearInterval(trickle);
    }
    expect(client.received()).toMatch(/^HTTP\/1\.1 408 /);
  });

  it('a connection that sends nothing is closed at HTTP_HEADERS_TIMEOUT_MS', async () => {
    const server = await start({ HTTP_HEADERS_TIMEOUT_MS: '300' });
    const client = await openRaw(server.port);
    await client.closed;
    expect(client.isClosed()).toBe(true);
  });
});
