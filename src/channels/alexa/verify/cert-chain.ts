import { X509Certificate } from 'node:crypto';
import { AlexaVerificationError } from './alexa-verification-error';

const SIGNING_DOMAIN = 'echo-api.amazon.com';
const MAX_CHAIN_LENGTH = 5;
const PEM_BLOCK = /-----BEGIN CERTIFICATE-----[\s\S]+?-----END CERTIFICATE-----/gu;

/** A chain that passed: the key that signs requests, and until when the whole chain stays valid. */
export interface VerifiedChain {
  readonly signer: X509Certificate;
  readonly validUntil: number;
}

/** Trusted roots parsed once; `tls.rootCertificates` in production, a test CA in tests. */
export class TrustedRoots {
  private readonly roots: readonly X509Certificate[];

  constructor(pems: readonly string[]) {
    this.roots = pems.flatMap((pem) => {
      try {
        return [new X509Certificate(pem)];
      } catch {
        return []; // a root Node ships but cannot parse is simply not trusted
      }
    });
  }

  /** Whether `cert` is one of the roots, or was issued and signed by one. */
  anchors(cert: X509Certificate): boolean {
    return this.roots.some(
      (root) =>
        root.fingerprint256 === cert.fingerprint256 ||
        (cert.checkIssued(root) && cert.verify(root.publicKey)),
    );
  }
}

/**
 * Amazon's certificate checks, with Node's X509Certificate (OpenSSL) instead of the SDK's node-forge: every
 * certificate in its validity period, the signing one naming echo-api.amazon.com in its subject alternative
 * names, each issued and signed by the next (which must be a CA), the last anchored in a trusted root.
 */
export function verifyCertChain(pem: string, roots: TrustedRoots, now: number): VerifiedChain {
  const refuse = (message: string, cause?: unknown): never => {
    throw new AlexaVerificationError('bad_cert_chain', message, { cause });
  };
  const blocks = pem.match(PEM_BLOCK) ?? [];
  if (blocks.length === 0) refuse('no certificate in the chain');
  if (blocks.length > MAX_CHAIN_LENGTH) refuse('certificate chain is too long');
  let chain: X509Certificate[] = [];
  try {
    chain = blocks.map((block) => new X509Certificate(block));
  } catch (error) {
    refuse('certificate chain does not parse', error);
  }
  let validUntil = Infinity;
  for (const cert of chain) {
    const from = Date.parse(cert.validFrom);
    const to = Date.parse(cert.validTo);
    if (!(now >= from && now <= to)) refuse('a certificate in the chain is expired or not yet valid');
    validUntil = Math.min(validUntil, to);
  }
  const signer = chain[0] as X509Certificate;
  const names = (signer.subjectAltName ?? '').split(',').map((name) => name.trim());
  if (!names.includes(`DNS:${SIGNING_DOMAIN}`)) refuse(`${SIGNING_DOMAIN} is not in the certificate`);
  for (let i = 0; i + 1 < chain.length; i++) {
    const cert = chain[i] as X509Certificate;
    const issuer = chain[i + 1] as X509Certificate;
    if (!issuer.ca || !cert.checkIssued(issuer) || !cert.verify(issuer.publicKey)) {
      refuse('certificate chain is broken');
    }
  }
  if (!roots.anchors(chain[chain.length - 1] as X509Certificate)) refuse('certificate chain is not trusted');
  return { signer, validUntil };
}
