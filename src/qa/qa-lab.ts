import { createPrivateKey, createPublicKey, generateKeyPairSync, randomBytes, sign } from 'node:crypto';
import { z } from 'zod';
import type { QaTrust } from '../server/qa-trust';
import { issueCertificate } from './alexa-lab-pki';
import { ScriptError } from './script-error';

/** Where the lab's Alexa chain "lives": a URL Amazon's rules accept; a QA environment knows the chain by it. */
const QA_LAB_CERT_CHAIN_URL = 'https://s3.amazonaws.com/echo.api/soudan-qa-lab.pem';
/** The Bot Framework's own issuer: the lab's tokens look like the Bot Connector's. */
const QA_LAB_TEAMS_ISSUER = 'https://api.botframework.com';
const GOOGLE_ISSUER = 'https://accounts.google.com';

/** The private half of a QA lab: what `soudan replay` signs with (QA_SIGNING_KEYS). A secret. */
export interface QaSigningKeys {
  readonly alexa: { readonly certChainUrl: string; readonly privateKey: string };
  readonly google: { readonly kid: string; readonly privateKey: string };
  readonly teams: { readonly kid: string; readonly issuer: string; readonly privateKey: string };
}

export interface QaLab {
  /** For the QA environment (QA_TRUST_FILE): public keys and certificates only. */
  readonly trust: QaTrust;
  /** For the replay (QA_SIGNING_KEYS). */
  readonly keys: QaSigningKeys;
}

/**
 * A fresh QA lab: an Alexa root and the echo-api.amazon.com signing certificate it issued (valid from yesterday
 * for `days` days), an RSA key for Google's ID tokens and one for the Bot Framework's tokens, each with a kid.
 */
export function createQaLab(days: number): QaLab {
  const root = issueCertificate('soudan QA lab root', { ca: true, validDays: [-1, days] });
  const signer = issueCertificate('echo-api.amazon.com', {
    issuer: root,
    dnsNames: ['echo-api.amazon.com'],
    validDays: [-1, days],
  });
  const suffix = randomBytes(6).toString('hex');
  const google = rsaKey();
  const teams = rsaKey();
  const teamsKid = `soudan-qa-lab-teams-${suffix}`;
  const jwk = { ...createPublicKey(teams).export({ format: 'jwk' }), kid: teamsKid, use: 'sig' };
  return {
    trust: {
      alexa: { certChainUrl: QA_LAB_CERT_CHAIN_URL, chain: signer.pem, root: root.pem },
      google: { kid: `soudan-qa-lab-google-${suffix}`, publicKey: publicPem(google) },
      teams: { issuer: QA_LAB_TEAMS_ISSUER, jwk: { ...jwk, endorsements: ['msteams'] } },
    },
    keys: {
      alexa: { certChainUrl: QA_LAB_CERT_CHAIN_URL, privateKey: signer.privateKey },
      google: { kid: `soudan-qa-lab-google-${suffix}`, privateKey: google },
      teams: { kid: teamsKid, issuer: QA_LAB_TEAMS_ISSUER, privateKey: teams },
    },
  };
}

function rsaKey(): string {
  return generateKeyPairSync('rsa', {
    modulusLength: 2048,
    publicKeyEncoding: { type: 'spki', format: 'pem' },
    privateKeyEncoding: { type: 'pkcs8', format: 'pem' },
  }).privateKey;
}

function publicPem(privateKey: string): string {
  return createPublicKey(privateKey).export({ type: 'spki', format: 'pem' }).toString();
}

const PRIVATE_PEM = z.string().regex(/-----BEGIN (RSA )?PRIVATE KEY-----/u, 'expected a PEM private key');
const KEYS_SCHEMA = z.object({
  alexa: z.object({ certChainUrl: z.string().url(), privateKey: PRIVATE_PEM }),
  google: z.object({ kid: z.string().min(1), privateKey: PRIVATE_PEM }),
  teams: z.object({ kid: z.string().min(1), issuer: z.string().min(1), privateKey: PRIVATE_PEM }),
});

/** QA_SIGNING_KEYS's value (the JSON `soudan qa-keys` wrote); a ScriptError names the field otherwise. */
export function parseSigningKeys(text: string): QaSigningKeys {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new ScriptError(
      'QA_SIGNING_KEYS is not JSON (it holds the qa-signing-keys.json soudan qa-keys wrote)',
    );
  }
  const parsed = KEYS_SCHEMA.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new ScriptError(`QA_SIGNING_KEYS: ${issue?.path.join('.') ?? ''}: ${issue?.message ?? 'invalid'}`);
  }
  return parsed.data;
}

/** Signs requests as each platform would, with the lab's keys. */
export interface LabSigners {
  /** Alexa's headers for a body: SignatureCertChainUrl and Signature-256 (RSA-SHA256 over the bytes). */
  alexa(body: string): Record<string, string>;
  /** `google-assistant-signature`: an RS256 ID token for the Actions project. */
  google(projectId: string): Record<string, string>;
  /** `Authorization: Bearer`: a Bot Connector token for the bot's app id and the activity's serviceUrl. */
  teams(appId: string, serviceUrl: string): Record<string, string>;
}

export function labSigners(keys: QaSigningKeys): LabSigners {
  const alexaKey = createPrivateKey(keys.alexa.privateKey);
  const googleKey = createPrivateKey(keys.google.privateKey);
  const teamsKey = createPrivateKey(keys.teams.privateKey);
  return {
    alexa: (body) => ({
      SignatureCertChainUrl: keys.alexa.certChainUrl,
      'Signature-256': sign('RSA-SHA256', Buffer.from(body, 'utf8'), alexaKey).toString('base64'),
    }),
    google: (projectId) => {
      const now = Math.floor(Date.now() / 1000);
      const claims = { iss: GOOGLE_ISSUER, aud: projectId, iat: now - 5, exp: now + 600 };
      return { 'google-assistant-signature': jwt(keys.google.kid, claims, googleKey) };
    },
    teams: (appId, serviceUrl) => {
      const now = Math.floor(Date.now() / 1000);
      const claims = {
        iss: keys.teams.issuer,
        aud: appId,
        serviceurl: serviceUrl,
        nbf: now - 5,
        iat: now - 5,
        exp: now + 600,
      };
      return { Authorization: `Bearer ${jwt(keys.teams.kid, claims, teamsKey)}` };
    },
  };
}

function jwt(kid: string, claims: object, key: ReturnType<typeof createPrivateKey>): string {
  const part = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
  const input = `${part({ alg: 'RS256', typ: 'JWT', kid })}.${part(claims)}`;
  return `${input}.${sign('RSA-SHA256', Buffer.from(input), key).toString('base64url')}`;
}
