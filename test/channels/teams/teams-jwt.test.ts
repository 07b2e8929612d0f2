import type { Activity } from 'botbuilder';
import { OpenIdServer } from './openid-server';
import { activities, SERVICE_URL, startTeamsApp, type TeamsTestApp } from './teams-test-kit';

const APP_ID = '00000000-0000-0000-0000-00000000b075';

describe('Teams JWT checks against a local OpenID/JWKS server (MICROSOFT_APP_* set, production)', () => {
  let openId: OpenIdServer;
  let app: TeamsTestApp;
  let errors: jest.SpyInstance;
  beforeAll(async () => {
    // CloudAdapter writes refused requests to console.error; the test asserts the status instead.
    errors = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    openId = await new OpenIdServer().start();
    app = await startTeamsApp({
      env: {
        NODE_ENV: 'production',
        CHANNELS: 'teams',
        MICROSOFT_APP_ID: APP_ID,
        MICROSOFT_APP_PASSWORD: 'test-password',
      },
      authOverrides: openId.overrides(),
    });
  });
  afterAll(async () => {
    await app.close();
    await openId.stop();
    errors.mockRestore();
  });

  const hello = () => activities.message('29:jwt-user', { text: 'こんにちは', serviceUrl: SERVICE_URL });
  const bearer = (token: string) => ({ Authorization: `Bearer ${token}` });

  it('answers a request with a valid token', async () => {
    const response = await app.post(hello(), bearer(openId.token({ aud: APP_ID, serviceurl: SERVICE_URL })));
    expect(response.status).toBe(200);
    expect((response.body as { activities: Partial<Activity>[] }).activities.length).toBeGreaterThan(0);
  });

  it.each([
    ['no token', () => ({})],
    ['a token for another app', () => bearer(openId.token({ aud: 'someone-else', serviceurl: SERVICE_URL }))],
    [
      'a token for another serviceUrl',
      () => bearer(openId.token({ aud: APP_ID, serviceurl: 'https://evil.example/' })),
    ],
    [
      'an expired token',
      () => bearer(openId.token({ aud: APP_ID, serviceurl: SERVICE_URL, expiresIn: -600 })),
    ],
    [
      'a token signed with another key',
      () => bearer(openId.token({ aud: APP_ID, serviceurl: SERVICE_URL, key: OpenIdServer.otherKey() })),
    ],
    ['garbage', () => bearer('not.a.jwt')],
  ])('refuses %s with 401 and takes no turn', async (_name, headers) => {
    const before = app.logs.filter((l) => l.message === 'turn').length;
    const response = await app.post(hello(), headers());
    expect(response.status).toBe(401);
    expect(app.logs.filter((l) => l.message === 'turn').length).toBe(before);
  });
});
