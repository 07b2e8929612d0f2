import { generateKeyPairSync } from 'node:crypto';
import forge from 'node-forge';

/** A key pair made by Node (fast) in the PEM forms node-forge reads. */
function keyPair(): { publicKey: string; privateKey: string } {
  return generateKeyPairSync('rsa', {
    modulusLength: 2048,
    publicKeyEncoding: { type: 'spki', format: 'pem' },
    privateKeyEncoding: { type: 'pkcs8', format: 'pem' },
  });
}

interface Issued {
  readonly pem: string;
  readonly privateKey: string;
  readonly cert: forge.pki.Certificate;
}

let serial = 1;

function issue(
  commonName: string,
  options: { issuer?: Issued; ca?: boolean; dnsNames?: string[]; validDays?: [number, number] },
): Issued {
  const keys = keyPair();
  const cert = forge.pki.createCertificate();
  cert.publicKey = forge.pki.publicKeyFromPem(keys.publicKey);
  cert.serialNumber = (serial++).toString(16).padStart(2, '0');
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
  const signingKey = options.issuer?.privateKey ?? keys.privateKey;
  cert.sign(forge.pki.privateKeyFromPem(signingKey), forge.md.sha256.create());
  return { pem: forge.pki.certificateToPem(cert), privateKey: keys.privateKey, cert };
}

/**
 * A lab stand-in for Amazon's PKI, made fresh per run: a root, an intermediate, the signing certificate for
 * echo-api.amazon.com (its chain as Amazon serves it: signer then intermediate), a TLS certificate for
 * s3.amazonaws.com so a local HTTPS server can play S3, and certificates that must be refused.
 */
export function alexaTestPki() {
  const root = issue('soudan test root', { ca: true, validDays: [-10, 10] });
  const intermediate = issue('soudan test intermediate', { issuer: root, ca: true, validDays: [-10, 10] });
  const signer = issue('echo-api.amazon.com', { issuer: intermediate, dnsNames: ['echo-api.amazon.com'] });
  const s3 = issue('s3.amazonaws.com', { issuer: root, dnsNames: ['s3.amazonaws.com'] });
  const stranger = issue('echo-api.amazon.com', { dnsNames: ['echo-api.amazon.com'] });
  const wrongName = issue('example.com', { issuer: intermediate, dnsNames: ['example.com'] });
  const expired = issue('echo-api.amazon.com', {
    issuer: intermediate,
    dnsNames: ['echo-api.amazon.com'],
    validDays: [-3, -1],
  });
  return {
    root: root.pem,
    signer,
    chain: signer.pem + intermediate.pem,
    s3,
    /** Chains that must be refused, by why. */
    bad: {
      selfSigned: stranger.pem,
      wrongName: wrongName.pem + intermediate.pem,
      expired: expired.pem + intermediate.pem,
      missingIntermediate: signer.pem,
    },
    keys: { stranger: stranger.privateKey, wrongName: wrongName.privateKey, expired: expired.privateKey },
  };
}

export type AlexaTestPki = ReturnType<typeof alexaTestPki>;
