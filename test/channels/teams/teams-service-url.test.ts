import { once } from 'node:events';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { activities, startTeamsApp, type TeamsTestApp } from './teams-test-kit';

interface Received {
  method: string;
  path: string;
  body: { type?: string; text?: string };
}

/** A local stand-in for the Bot Framework Emulator's callback endpoint: records what the bot sends it. */
async function emulatorEndpoint(): Promise<{ url: string; received: Received[]; stop(): Promise<void> }> {
  const received: Received[] = [];
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const text = Buffer.concat(chunks).toString('utf8');
      received.push({ method: req.method ?? '', path: req.url ?? '', body: text ? JSON.parse(text) : {} });
      res.setHeader('Content-Type', 'application/json');
      res.end(JSON.stringify({ id: `sent-${received.length}` }));
    });
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/`,
    received,
    async stop() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

describe('Teams serviceUrl outside production (issue 15, finding 8)', () => {
  let app: TeamsTestApp;
  beforeAll(async () => {
    app = await startTeamsApp();
  });
  afterAll(() => app.close());

  it.each([
    'https://attacker.example/hook',
    'https://smba.trafficmanager.net/apac/',
    'http://127.0.0.1.attacker.example/',
    'http://localhost.attacker.example/',
    'http://attacker.example@127.0.0.1.attacker.example/',
  ])(
    'refuses an activity with serviceUrl %s: 403 in the channel error shape, no turn, nothing sent',
    async (url) => {
      const turnsBefore = app.logs.filter((l) => l.message === 'turn').length;
      const response = await app.post(
        activities.message('29:ssrf', { text: 'こんにちは', serviceUrl: url, expectReplies: false }),
      );
      expect(response).toEqual({
        status: 403,
        body: { error: { code: 'service_url_not_allowed', message: expect.stringContaining('serviceUrl') } },
      });
      expect(app.logs.filter((l) => l.message === 'turn').length).toBe(turnsBefore);
      expect(app.logs.filter((l) => l.message === 'teams send failed')).toEqual([]);
      const refused = app.logs.filter((l) => l.message === 'teams activity refused: serviceUrl not allowed');
      expect(refused.at(-1)).toMatchObject({ severity: 'WARNING', host: new URL(url).hostname });
    },
  );

  it('sends the replies to a loopback serviceUrl, as the Bot Framework Emulator expects', async () => {
    const emulator = await emulatorEndpoint();
    try {
      const response = await app.post(
        activities.message('29:emu', { text: '大阪府で', serviceUrl: emulator.url, expectReplies: false }),
      );
      expect(response.status).toBe(200);
      expect(emulator.received.length).toBeGreaterThan(0);
      expect(emulator.received[0]).toMatchObject({
        method: 'POST',
        path: expect.stringMatching(/^\/v3\/conversations\/a%3Apersonal-29%3Aemu\/activities\//),
        body: { type: 'message', text: expect.stringContaining('大阪') },
      });
    } finally {
      await emulator.stop();
    }
  });
});

describe('TEAMS_ALLOWED_SERVICE_URLS', () => {
  it('adds the listed origins (exactly those) to loopback', async () => {
    const app = await startTeamsApp({
      env: { TEAMS_ALLOWED_SERVICE_URLS: 'https://smba.trafficmanager.net' },
    });
    try {
      const post = (serviceUrl: string) =>
        app.post(activities.message('29:listed', { text: 'はい', serviceUrl }));
      expect((await post('https://smba.trafficmanager.net/apac/')).status).toBe(200);
      expect((await post('http://localhost:3978/')).status).toBe(200);
      expect((await post('http://smba.trafficmanager.net/apac/')).status).toBe(403);
      expect((await post('https://smba.trafficmanager.net:8443/apac/')).status).toBe(403);
      expect((await post('https://smba.trafficmanager.net.attacker.example/')).status).toBe(403);
    } finally {
      await app.close();
    }
  });
});
