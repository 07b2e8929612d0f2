import { issueCertificate } from '../../../src/qa/alexa-lab-pki';

/**
 * A lab stand-in for Amazon's PKI, made fresh per run: a root, an intermediate, the signing certificate for
 * echo-api.amazon.com (its chain as Amazon serves it: signer then intermediate), a TLS certificate for
 * s3.amazonaws.com so a local HTTPS server can play S3, and certificates that must be refused.
 */
export function alexaTestPki() {
  const root = issueCertificate('soudan test root', { ca: true, validDays: [-10, 10] });
  const intermediate = issueCertificate('soudan test intermediate', {
    issuer: root,
    ca: true,
    validDays: [-10, 10],
  });
  const signer = issueCertificate('echo-api.amazon.com', {
    issuer: intermediate,
    dnsNames: ['echo-api.amazon.com'],
  });
  const s3 = issueCertificate('s3.amazonaws.com', { issuer: root, dnsNames: ['s3.amazonaws.com'] });
  const stranger = issueCertificate('echo-api.amazon.com', { dnsNames: ['echo-api.amazon.com'] });
  const wrongName = issueCertificate('example.com', { issuer: intermediate, dnsNames: ['example.com'] });
  const expired = issueCertificate('echo-api.amazon.com', {
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
