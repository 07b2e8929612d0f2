import { createSign, generateKeyPairSync } from 'node:crypto';
import { once } from 'node:events';
import { createServer, type Server } from 'node:https';
import { createRequire } from 'node:module';
import type { AddressInfo } from 'node:net';
import type { AlexaRequestVerifierOptions } from '../channels/alexa/verify/alexa-request-verifier';
import { ScriptError } from './script-error';

type Forge = typeof import('node-forge');

/** Where the replay's signing chain "lives": an S3 URL as Amazon's, served by a local stand-in. */
export const LAB_CERT_URL = 'https://s3.amazonaws.com/echo.api/soudan-qa-replay.pem';

export interface Issued {
  readonly pem: string;
  readonly privateKey: string;
  readonly cert: import('node-forge').pki.Certificate;
}

/**
 * A throwaway PKI made fresh for each run, never written to disk: a root only the replay's own app trusts, the
 * echo-api.amazon.com signing certificate it issued, and a TLS certificate for s3.amazonaws.com so that a
 * loopback server can hand out the chain. The app verifies Alexa requests exactly as in production, but
 * against this root.
 */
export interface AlexaLab {
  /** The verifier settings for the app: trust the lab root, fetch the chain from the stand-in. */
  readonly verifier: AlexaRequestVerifierOptions;
  /** The headers Alexa sends with a body: the chain URL and the RSA-SHA256 signature. */
  sign(body: string): Record<string, string>;
  close(): Promise<void>;
}

export async function startAlexaLab(): Promise<AlexaLab> {
  const root = issueCertificate('soudan qa-replay root', { ca: true });
  const signer = issueCertificate('echo-api.amazon.com', { issuer: root, dnsNames: ['echo-api.amazon.com'] });
  const s3 = issueCertificate('s3.amazonaws.com', { issuer: root, dnsNames: ['s3.amazonaws.com'] });
  const path = new URL(LAB_CERT_URL).pathname;
  const server: Server = createServer({ key: s3.privateKey, cert: s3.pem }, (req, res) => {
    if (req.url !== path) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'content-type': 'application/x-pem-file' }).end(signer.pem);
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as AddressInfo;
  return {
    verifier: { roots: [root.pem], route: { hostname: '127.0.0.1', port, ca: root.pem } },
    sign: (body) => ({
      SignatureCertChainUrl: LAB_CERT_URL,
      'Signature-256': createSign('RSA-SHA256').update(body, 'utf8').sign(signer.privateKey, 'base64'),
    }),
    async close() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

let serial = 1;

/**
 * One certificate (a fresh RSA key, SHA-256), self-signed or issued by `issuer`; valid from yesterday to tomorrow
 * unless `validDays` says otherwise ([from, to] in days from now). The Alexa tests make their bad chains with it.
 */
export function issueCertificate(
  commonName: string,
  options: { issuer?: Issued; ca?: boolean; dnsNames?: string[]; validDays?: readonly [number, number] },
): Issued {
  const forge = nodeForge();
  const keys = generateKeyPairSync('rsa', {
    modulusLength: 2048,
    publicKeyEncoding: { type: 'spki', format: 'pem' },
    privateKeyEncoding: { type: 'pkcs8', format: 'pem' },
  });
  const cert = forge.pki.createCertificate();
  cert.publicKey = forge.pki.publicKeyFromPem(keys.publicKey);
  cert.serialNumber = (serial++).toString(16).padStart(2, '0');
  // Valid from yesterday to tomorrow: a run is minutes long, and a clock a little off must not fail it.
  const [from, to] = options.validDays ?? [-1, 1];
  cert.validity.notBefore = new Date(Date.now() + from * 86_400_000);
  cert.validity.notAfter = new Date(Date.now() + to * 86_400_000);
  const subject = [{ name: 'commonName', value: commonName }];
  cert.setSubject(subject);
  cert.setIssuer(options.issuer === undefined ? subject : options.issuer.cert.subject.attributes);
  const extensions: object[] = [{ name: 'basicConstraints', cA: options.ca === true }];
  if (options.dnsNames !== undefined) {
    extensions.push({
      name: 'subjectAltName',
      altNames: options.dnsNames.map((value) => ({ type: 2, value })),
    });
  }
  cert.setExtensions(extensions);
  cert.sign(
    forge.pki.privateKeyFromPem(options.issuer?.privateKey ?? keys.privateKey),
    forge.md.sha256.create(),
  );
  return { pem: forge.pki.certificateToPem(cert), privateKey: keys.privateKey, cert };
}

/** node-forge (a development dependency) makes the certificates: only a replay run needs it. */
function nodeForge(): Forge {
  try {
    return createRequire(__filename)('node-forge') as Forge;
  } catch (cause) {
    throw new ScriptError('signing Alexa requests needs node-forge (a development dependency): npm install', {
      cause,
    });
  }
}
