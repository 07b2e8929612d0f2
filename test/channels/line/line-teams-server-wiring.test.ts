import type { Activity } from 'botbuilder';
import { createLogger } from '../../../src/logging';
import { startServer, type RunningServer } from '../../../src/server';
import { testConfig } from '../../server/test-app';
import { activities } from '../teams/teams-test-kit';
import { FakeLineApi } from './fake-line-api';
import { events, sign } from './line-test-kit';

/** `soudan serve` as started in production code: bundled catalogue, channelRouters, both channels mounted. */
describe('LINE and Teams mounted by startServer on the bundled sample catalogue', () => {
  let api: FakeLineApi;
  let running: RunningServer;
  beforeAll(async () => {
    api = await new FakeLineApi().start();
    running = await startServer(
      testConfig({
        LINE_CHANNEL_SECRET: 'wiring-secret',
        LINE_CHANNEL_ACCESS_TOKEN: 'wiring-token',
        LINE_API_BASE_URL: api.url,
        PUBLIC_BASE_URL: 'https://soudan.example.jp',
      }),
      { logger: createLogger({ level: 'silent' }), host: '127.0.0.1', port: 0 },
    );
  });
  afterAll(async () => {
    await running.close();
    await api.stop();
  });

  it('answers a signed LINE follow and a location with the real catalogue', async () => {
    const post = async (body: object) => {
      const text = JSON.stringify(body);
      const headers = { 'Content-Type': 'application/json', 'x-line-signature': sign(text, 'wiring-secret') };
      return fetch(`${running.url}/webhooks/line`, { method: 'POST', headers, body: text });
    };
    expect((await post(events.body(events.follow('U-wire', 'rt-wire-0')))).status).toBe(200);
    expect(api.to('rt-wire-0')[0]!.body.messages.length).toBeGreaterThan(0);
    // Shibuya station: the nearest municipality of the real areas is 渋谷区.
    expect((await post(events.body(events.location('U-wire', 'rt-wire-1', 35.658, 139.7016)))).status).toBe(
      200,
    );
    expect(api.to('rt-wire-1')[0]!.body.messages[0]!.text).toContain('渋谷区');
  });

  it('answers a Teams greeting in emulator mode', async () => {
    const response = await fetch(`${running.url}/webhooks/teams`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(activities.membersAdded('29:wire', ['29:wire'])),
    });
    expect(response.status).toBe(200);
    const body = (await response.json()) as { activities: Partial<Activity>[] };
    expect(body.activities.length).toBeGreaterThan(0);
  });
});
