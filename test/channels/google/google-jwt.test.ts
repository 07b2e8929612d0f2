import { createSign, generateKeyPairSync } from 'node:crypto';
import type { GoogleWebhook } from '../../../src/channels/google';
import { createDialoguePort } from '../../../src/server';
import { testConfig } from '../../server/test-app';
import { sampleData } from '../alexa/alexa-test-app';
import { recordingDialogue } from '../alexa/voice-test-kit';
import { GoogleConversation, startGoogleApp, type GoogleTestApp } from './google-test-kit';

const PROJECT = 'soudan-test-project';
const KID = 'local-test-key';

const base64url = (data: string | Buffer) => Buffer.from(data).toString('base64url');

function keyPair() {
  return generateKeyPairSync('rsa', {
    modulusLength: 2048,
    publicKeyEncoding: { type: 'spki', format: 'pem' },
    privateKeyEncoding: { type: 'pkcs8', format: 'pem' },
  });
}

/** An RS256 ID token as Google signs the google-assistant-signature header. */
function idToken(privateKey: string, claims: Record<string, unknown>): string {
  const now = Math.floor(Date.now() / 1000);
  const header = base64url(JSON.stringify({ alg: 'RS256', kid: KID, typ: 'JWT' }));
  const payload = base64url(
    JSON.stringify({
      iss: 'https://accounts.google.com',
      aud: PROJECT,
      iat: now - 10,
      exp: now + 3600,
      ...claims,
    }),
  );
  const signature = createSign('RSA-SHA256').update(`${header}.${payload}`).sign(privateKey);
  return `${header}.${payload}.${base64url(signature)}`;
}

/** Google's certificates, put into the SDK's OAuth2 client cache so nothing is downloaded. */
function injectCertificates(webhook: GoogleWebhook, publicKey: string): void {
  const client = webhook.app._client as unknown as Record<string, unknown>;
  client.certificateCache = { [KID]: publicKey };
  client.certificateExpiry = new Date(Date.now() + 3_600_000);
  client.certificateCacheFormat = 'PEM';
}

describe('Google webhook JWT verification, offline', () => {
  const google = keyPair();
  const stranger = keyPair();
  let app: GoogleTestApp;
  let dialogue: ReturnType<typeof recordingDialogue>;

  beforeAll(async () => {
    dialogue = recordingDialogue(createDialoguePort(await sampleData(), testConfig()));
    app = await startGoogleApp({ dialogue, env: { GOOGLE_PROJECT_ID: PROJECT } });
    injectCertificates(app.webhook, google.publicKey);
  });
  afterAll(() => app.close());
  beforeEach(() => {
    dialogue.inputs.length = 0;
  });

  const send = (token: string | null) =>
    new GoogleConversation(app.url, 'jwt-session').send(
      'start',
      '',
      '',
      token === null
        ? { 'Content-Type': 'application/json' }
        : { 'Content-Type': 'application/json', 'google-assistant-signature': token },
    );

  it('takes a turn for a valid token', async () => {
    const response = await send(idToken(google.privateKey, {}));
    expect(response.status).toBe(200);
    expect(dialogue.inputs).toHaveLength(1);
  });

  it('refuses a missing, foreign-signed, expired or wrong-audience token with 403 and takes no turn', async () => {
    const now = Math.floor(Date.now() / 1000);
    const cases: [string, string | null][] = [
      ['missing', null],
      ['garbage', 'not.a.jwt'],
      ['foreign key', idToken(stranger.privateKey, {})],
      ['expired', idToken(google.privateKey, { iat: now - 7200, exp: now - 3600 })],
      ['wrong audience', idToken(google.privateKey, { aud: 'someone-elses-project' })],
      ['wrong issuer', idToken(google.privateKey, { iss: 'https://evil.example.com' })],
    ];
    for (const [name, token] of cases) {
      const response = await send(token);
      expect([name, response.status]).toEqual([name, 403]);
      expect(response.body).toEqual({ error: { code: 'forbidden', message: expect.any(String) } });
    }
    expect(dialogue.inputs).toEqual([]);
  });
});
