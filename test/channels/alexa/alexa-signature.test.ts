import { createSign } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { ALEXA_PATH } from '../../../src/channels/alexa';
import { AlexaRequestVerifier } from '../../../src/channels/alexa/verify';
import { createDialoguePort } from '../../../src/server';
import { get, post, testConfig } from '../../server/test-app';
import { alexaTestPki } from './alexa-test-pki';
import { sampleData, startAlexaApp, type AlexaTestApp } from './alexa-test-app';
import { startS3StandIn, type S3StandIn } from './s3-stand-in';
import { recordingDialogue } from './voice-test-kit';

const S3 = 'https://s3.amazonaws.com';
const GOOD = '/echo.api/echo-api-cert-test.pem';
const TWO_GB = 2 * 1024 * 1024 * 1024;
const MAX_BYTES = 64 * 1024;

function launchBody(ageSeconds: number): string {
  const body = JSON.parse(readFileSync(path.join(__dirname, 'fixtures', 'launch-request.json'), 'utf8')) as {
    request: { timestamp: string };
  };
  body.request.timestamp = new Date(Date.now() - ageSeconds * 1000).toISOString();
  return JSON.stringify(body);
}

describe('Alexa request verification against a local stand-in for S3 and a test PKI', () => {
  const pki = alexaTestPki();
  const sign = (body: string, key = pki.signer.privateKey) =>
    createSign('RSA-SHA256').update(body, 'utf8').sign(key, 'base64');
  const headers = (body: string, url = S3 + GOOD, key?: string) => ({
    'Content-Type': 'application/json; charset=utf-8',
    SignatureCertChainUrl: url,
    'Signature-256': sign(body, key),
  });
  let s3: S3StandIn;
  let app: AlexaTestApp;
  let dialogue: ReturnType<typeof recordingDialogue>;

  beforeAll(async () => {
    s3 = await startS3StandIn(
      { key: pki.s3.privateKey, cert: pki.s3.pem },
      {
        [GOOD]: { kind: 'text', body: pki.chain },
        '/echo.api/self-signed.pem': { kind: 'text', body: pki.bad.selfSigned },
        '/echo.api/wrong-name.pem': { kind: 'text', body: pki.bad.wrongName },
        '/echo.api/expired.pem': { kind: 'text', body: pki.bad.expired },
        '/echo.api/no-intermediate.pem': { kind: 'text', body: pki.bad.missingIntermediate },
        '/echo.api/big.pem': { kind: 'huge', bytes: TWO_GB, declared: false },
        '/echo.api/big-declared.pem': { kind: 'huge', bytes: TWO_GB, declared: true },
        '/echo.api/stall.pem': { kind: 'stall' },
        '/some-bucket/big.pem': { kind: 'huge', bytes: TWO_GB, declared: false },
      },
    );
    dialogue = recordingDialogue(createDialoguePort(await sampleData(), testConfig()));
    const verifier = new AlexaRequestVerifier({
      roots: [pki.root],
      route: { hostname: '127.0.0.1', port: s3.port, ca: pki.root },
      fetchLimits: { maxBytes: MAX_BYTES, timeoutMs: 1000 },
    });
    app = await startAlexaApp({ dialogue, verifier });
  });
  afterAll(async () => {
    await app.close();
    await s3.close();
  });
  beforeEach(() => {
    dialogue.inputs.length = 0;
    s3.requested.length = 0;
  });

  it('accepts a signed, fresh request, downloading the chain once', async () => {
    for (let i = 0; i < 3; i++) {
      const body = launchBody(1);
      const response = await post(app.url + ALEXA_PATH, body, headers(body));
      expect(response.status).toBe(200);
    }
    expect(dialogue.inputs).toHaveLength(3);
    expect(s3.requested).toEqual([GOOD]);
  });

  it('refuses tampered, unsigned, stale and wrongly hosted requests with one generic 400', async () => {
    const body = launchBody(1);
    const stale = launchBody(151);
    const future = launchBody(-151);
    const cases: [string, string, Record<string, string>][] = [
      ['tampered', body.replace('ja-JP', 'en-US'), headers(body)],
      ['unsigned', body, { 'Content-Type': 'application/json' }],
      ['stale', stale, headers(stale)],
      ['from the future', future, headers(future)],
      ['other host', body, headers(body, 'https://example.com/echo.api/echo-api-cert-test.pem')],
      ['signed by another key', body, headers(body, S3 + GOOD, pki.keys.stranger)],
    ];
    for (const [name, sent, sentHeaders] of cases) {
      const response = await post(app.url + ALEXA_PATH, sent, sentHeaders);
      expect([name, response.status, response.body]).toEqual([
        name,
        400,
        { error: { code: 'verification_failed', message: 'The request could not be verified' } },
      ]);
    }
    expect(dialogue.inputs).toEqual([]);
  });

  it('refuses chains that are self-signed, for another name, expired or missing their intermediate', async () => {
    const cases: [string, string][] = [
      ['/echo.api/self-signed.pem', pki.keys.stranger],
      ['/echo.api/wrong-name.pem', pki.keys.wrongName],
      ['/echo.api/expired.pem', pki.keys.expired],
      ['/echo.api/no-intermediate.pem', pki.signer.privateKey],
    ];
    for (const [certPath, key] of cases) {
      const body = launchBody(1);
      const response = await post(app.url + ALEXA_PATH, body, headers(body, S3 + certPath, key));
      expect([certPath, response.status]).toEqual([certPath, 400]);
    }
    expect(dialogue.inputs).toEqual([]);
  });

  it('never fetches outside /echo.api/: the traversal is refused before any download', async () => {
    for (const url of [
      `${S3}/echo.api/../some-bucket/big.pem`,
      `${S3}/echo.api/%2e%2e/some-bucket/big.pem`,
      `${S3}/echo.api%2f..%2fsome-bucket/big.pem`,
    ]) {
      const body = launchBody(1);
      const response = await post(app.url + ALEXA_PATH, body, headers(body, url));
      expect([url, response.status]).toEqual([url, 400]);
    }
    expect(s3.requested).toEqual([]);
  });

  it('stops reading a 2 GB object after the size cap, and the process keeps serving', async () => {
    for (const certPath of ['/echo.api/big.pem', '/echo.api/big-declared.pem']) {
      const body = launchBody(1);
      const response = await post(app.url + ALEXA_PATH, body, headers(body, S3 + certPath));
      expect([certPath, response.status]).toEqual([certPath, 400]);
    }
    // The stand-in writes as fast as the socket drains: what it managed to send before we hung up is the cap
    // plus what the kernel's and TLS's buffers held, megabytes at most, never the 2 GB.
    await waitFor(() => s3.bytesSent.has('/echo.api/big.pem'));
    expect(s3.bytesSent.get('/echo.api/big.pem')).toBeLessThan(32 * 1024 * 1024);
    expect((await get(app.url + '/healthz')).status).toBe(200);
  });

  it('gives up on a download that stalls, within the fetch timeout', async () => {
    const body = launchBody(1);
    const response = await post(app.url + ALEXA_PATH, body, headers(body, S3 + '/echo.api/stall.pem'));
    expect(response.status).toBe(400);
    expect(dialogue.inputs).toEqual([]);
  });
});

async function waitFor(condition: () => boolean): Promise<void> {
  for (let i = 0; i < 200 && !condition(); i++) await new Promise((resolve) => setTimeout(resolve, 25));
}
