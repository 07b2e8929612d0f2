import { once } from 'node:events';
import { createServer, type Server } from 'node:http';
import { createServer as createTcpServer, type Server as TcpServer, type Socket } from 'node:net';
import type { AddressInfo } from 'node:net';
import { OpenIdServer } from './openid-server';
import { activities, SERVICE_URL, startTeamsApp, type TeamsTestApp } from './teams-test-kit';

const APP_ID = '00000000-0000-0000-0000-00000000b075';
const ENV = {
  NODE_ENV: 'production',
  CHANNELS: 'teams',
  MICROSOFT_APP_ID: APP_ID,
  MICROSOFT_APP_PASSWORD: 'test-password',
};
/** Internal text the Bot Framework SDK puts in its errors: none of it may reach the client. */
const INTERNALS =
  /request to|ECONNREFUSED|ENOTFOUND|reason:|openid|127\.0\.0\.1|Failed to load|within|\d{3} ms/i;

/** A port nothing listens on: a server is opened on a free port and closed again. */
async function closedPort(): Promise<number> {
  const server = createServer();
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

/** Key-server overrides with the OpenID metadata at `metadataUrl` (each test its own: botbuilder caches by URL). */
function keysAt(openId: OpenIdServer, metadataUrl: string) {
  return { ...openId.overrides(), ToBotFromChannelOpenIdMetadataUrl: metadataUrl };
}

describe('Teams when the Bot Framework key server cannot be used (issue 15, finding 6)', () => {
  // Signs tokens as the Bot Connector would; its own HTTP server is never started here.
  const openId = new OpenIdServer();
  const token = () => ({
    Authorization: `Bearer ${openId.token({ aud: APP_ID, serviceurl: SERVICE_URL })}`,
  });
  const hello = () => activities.message('29:keys', { text: 'こんにちは', serviceUrl: SERVICE_URL });
  let errors: jest.SpyInstance;
  beforeAll(() => {
    // botbuilder writes what it throws to console.error; the test asserts the response and our log instead.
    errors = jest.spyOn(console, 'error').mockImplementation(() => undefined);
  });
  afterAll(() => errors.mockRestore());

  async function expectUnavailable(app: TeamsTestApp, detail: RegExp): Promise<void> {
    const response = await app.post(hello(), token());
    expect(response).toEqual({
      status: 503,
      body: { error: { code: 'verification_unavailable', message: expect.any(String) } },
    });
    expect(JSON.stringify(response.body)).not.toMatch(INTERNALS);
    expect(app.logs.filter((l) => l.message === 'turn')).toEqual([]);
    const refused = app.logs.filter((l) => l.message === 'teams request refused: verification unavailable');
    expect(refused).toHaveLength(1);
    expect(refused[0]).toMatchObject({ severity: 'ERROR', err: expect.anything() });
    expect(JSON.stringify(refused[0]!.err)).toMatch(detail);
  }

  it('answers 503 with a generic message when the key server cannot be reached, and logs why', async () => {
    const port = await closedPort();
    const metadata = `http://127.0.0.1:${port}/unreachable/.well-known/openid-configuration`;
    const app = await startTeamsApp({ env: ENV, authOverrides: keysAt(openId, metadata) });
    try {
      await expectUnavailable(app, /ECONNREFUSED/);
    } finally {
      await app.close();
    }
  });

  it('answers 503, not 401, when the key server answers with an error of its own', async () => {
    const broken: Server = createServer((_req, res) => {
      res.statusCode = 500;
      res.end('upstream trouble');
    });
    broken.listen(0, '127.0.0.1');
    await once(broken, 'listening');
    const { port } = broken.address() as AddressInfo;
    const app = await startTeamsApp({
      env: ENV,
      authOverrides: keysAt(openId, `http://127.0.0.1:${port}/broken/.well-known/openid-configuration`),
    });
    try {
      await expectUnavailable(app, /Failed to load openID config: 500/);
    } finally {
      await app.close();
      broken.closeAllConnections();
      await new Promise<void>((resolve) => broken.close(() => resolve()));
    }
  });

  it('answers 503 when the key server accepts the connection but never answers', async () => {
    const sockets = new Set<Socket>();
    const silent: TcpServer = createTcpServer((socket) => sockets.add(socket));
    silent.listen(0, '127.0.0.1');
    await once(silent, 'listening');
    const { port } = silent.address() as AddressInfo;
    const app = await startTeamsApp({
      env: ENV,
      authOverrides: keysAt(openId, `http://127.0.0.1:${port}/silent/.well-known/openid-configuration`),
      authTimeoutMs: 200,
    });
    try {
      await expectUnavailable(app, /did not finish within 200 ms/);
    } finally {
      await app.close();
      for (const socket of sockets) socket.destroy();
      await new Promise<void>((resolve) => silent.close(() => resolve()));
    }
  });

  it('still answers 401 in the same shape for a token that does not verify', async () => {
    const keys = await new OpenIdServer().start();
    const app = await startTeamsApp({ env: ENV, authOverrides: keys.overrides() });
    try {
      const forged = openId.token({ aud: APP_ID, serviceurl: SERVICE_URL });
      const response = await app.post(hello(), { Authorization: `Bearer ${forged}` });
      expect(response).toEqual({
        status: 401,
        body: { error: { code: 'unauthorized', message: 'Authentication failed' } },
      });
    } finally {
      await app.close();
      await keys.stop();
    }
  });
});
