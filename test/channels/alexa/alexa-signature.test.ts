import { createSign, generateKeyPairSync } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { SkillRequestSignatureVerifier } from 'ask-sdk-express-adapter';
import { ALEXA_PATH } from '../../../src/channels/alexa';
import { createDialoguePort } from '../../../src/server';
import { post, testConfig } from '../../server/test-app';
import { sampleData, startAlexaApp, type AlexaTestApp } from './alexa-test-app';
import { recordingDialogue } from './voice-test-kit';

interface Forge {
  pki: {
    privateKeyFromPem(pem: string): unknown;
    publicKeyFromPem(pem: string): unknown;
    createCertificate(): {
      publicKey: unknown;
      serialNumber: string;
      validity: { notBefore: Date; notAfter: Date };
      setSubject(attrs: unknown[]): void;
      setIssuer(attrs: unknown[]): void;
      setExtensions(exts: unknown[]): void;
      sign(key: unknown, md: unknown): void;
    };
    certificateToPem(cert: unknown): string;
  };
  md: { sha256: { create(): unknown } };
}
// node-forge comes with the express adapter (its verifier parses certificates with it); it has no types here.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const forge = require('node-forge') as Forge;

const CERT_URL = 'https://s3.amazonaws.com/echo.api/echo-api-cert-test.pem';

/** A self-signed certificate for echo-api.amazon.com, and its key, made fresh for this run. */
function localCertificate(): { pem: string; privateKey: string } {
  const { publicKey, privateKey } = generateKeyPairSync('rsa', {
    modulusLength: 2048,
    publicKeyEncoding: { type: 'spki', format: 'pem' },
    privateKeyEncoding: { type: 'pkcs8', format: 'pem' },
  });
  const cert = forge.pki.createCertificate();
  cert.publicKey = forge.pki.publicKeyFromPem(publicKey);
  cert.serialNumber = '01';
  cert.validity.notBefore = new Date(Date.now() - 86_400_000);
  cert.validity.notAfter = new Date(Date.now() + 86_400_000);
  const subject = [{ name: 'commonName', value: 'echo-api.amazon.com' }];
  cert.setSubject(subject);
  cert.setIssuer(subject);
  cert.setExtensions([{ name: 'subjectAltName', altNames: [{ type: 2, value: 'echo-api.amazon.com' }] }]);
  cert.sign(forge.pki.privateKeyFromPem(privateKey), forge.md.sha256.create());
  return { pem: forge.pki.certificateToPem(cert), privateKey };
}

/** The SDK's verifier with our certificate already in its cache: nothing is downloaded. */
class LocalCertificateVerifier extends SkillRequestSignatureVerifier {
  constructor(pem: string) {
    super();
    this.certCache.set(CERT_URL, pem);
  }
}

function launchBody(ageSeconds: number): string {
  const body = JSON.parse(readFileSync(path.join(__dirname, 'fixtures', 'launch-request.json'), 'utf8')) as {
    request: { timestamp: string };
  };
  body.request.timestamp = new Date(Date.now() - ageSeconds * 1000).toISOString();
  return JSON.stringify(body);
}

describe('Alexa request signatures, verified offline', () => {
  const { pem, privateKey } = localCertificate();
  const sign = (body: string) => createSign('RSA-SHA256').update(body, 'utf8').sign(privateKey, 'base64');
  const headers = (body: string, url = CERT_URL) => ({
    'Content-Type': 'application/json; charset=utf-8',
    SignatureCertChainUrl: url,
    'Signature-256': sign(body),
  });
  let app: AlexaTestApp;
  let dialogue: ReturnType<typeof recordingDialogue>;

  beforeAll(async () => {
    dialogue = recordingDialogue(createDialoguePort(await sampleData(), testConfig()));
    app = await startAlexaApp({ dialogue, verifiers: [new LocalCertificateVerifier(pem)] });
  });
  afterAll(() => app.close());
  beforeEach(() => {
    dialogue.inputs.length = 0;
  });

  it('accepts a signed, fresh request', async () => {
    const body = launchBody(1);
    const response = await post(app.url + ALEXA_PATH, body, headers(body));
    expect(response.status).toBe(200);
    expect(dialogue.inputs).toHaveLength(1);
  });

  it('refuses tampered, unsigned, expired and wrongly hosted requests with 400 and takes no turn', async () => {
    const body = launchBody(1);
    const tampered = body.replace('ja-JP', 'en-US');
    const expired = launchBody(151);
    const cases: [string, string, Record<string, string>][] = [
      ['tampered', tampered, headers(body)],
      ['unsigned', body, { 'Content-Type': 'application/json' }],
      ['expired', expired, headers(expired)],
      ['other host', body, headers(body, 'https://example.com/echo.api/echo-api-cert-test.pem')],
    ];
    for (const [name, sent, sentHeaders] of cases) {
      const response = await post(app.url + ALEXA_PATH, sent, sentHeaders);
      expect([name, response.status]).toEqual([name, 400]);
    }
    expect(dialogue.inputs).toEqual([]);
  });
});
