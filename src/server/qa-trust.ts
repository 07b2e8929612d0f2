import { readFile } from 'node:fs/promises';
import { z } from 'zod';
import { ConfigError } from '../config';

/**
 * The public half of a QA lab (written by `soudan qa-keys`, read from QA_TRUST_FILE): what a QA environment
 * trusts instead of Amazon's, Google's and Microsoft's keys, so that `soudan replay --target URL` can sign its
 * requests as each platform would. Public keys and certificates only: the private half stays with QA.
 */
export interface QaTrust {
  readonly alexa: {
    /** The SignatureCertChainUrl the lab's requests name (on s3.amazonaws.com/echo.api/, as Amazon's). */
    readonly certChainUrl: string;
    /** The chain at that URL (the echo-api.amazon.com signing certificate), never downloaded. */
    readonly chain: string;
    /** The lab's root, the only one this environment's Alexa verifier trusts. */
    readonly root: string;
  };
  /** Google's ID token key: `kid` and the public key (PEM). */
  readonly google: { readonly kid: string; readonly publicKey: string };
  /** The Bot Framework's: the token issuer and the signing key as a JWK (with its kid and endorsements). */
  readonly teams: { readonly issuer: string; readonly jwk: Readonly<Record<string, unknown>> };
}

const PEM = z.string().regex(/-----BEGIN [A-Z ]+-----/u, 'expected a PEM block');
const TRUST_SCHEMA = z.object({
  alexa: z.object({ certChainUrl: z.string().url(), chain: PEM, root: PEM }),
  google: z.object({ kid: z.string().min(1), publicKey: PEM }),
  teams: z.object({
    issuer: z.string().min(1),
    jwk: z.looseObject({ kty: z.literal('RSA'), kid: z.string().min(1), n: z.string(), e: z.string() }),
  }),
});

/** Parses a trust file's text; a ConfigError names the file and the field otherwise. */
function parseQaTrust(text: string, source: string): QaTrust {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new ConfigError([`QA_TRUST_FILE: ${source} is not JSON (${(error as Error).message})`]);
  }
  const parsed = TRUST_SCHEMA.safeParse(json);
  if (!parsed.success) {
    throw new ConfigError(
      parsed.error.issues.map((i) => `QA_TRUST_FILE: ${source}: ${i.path.join('.')}: ${i.message}`),
    );
  }
  return parsed.data;
}

/** QA_TRUST_FILE read and checked at start; null when unset. */
export async function readQaTrust(path: string | null): Promise<QaTrust | null> {
  if (path === null) return null;
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    throw new ConfigError([`QA_TRUST_FILE: cannot read ${path} (${(error as NodeJS.ErrnoException).code})`]);
  }
  return parseQaTrust(text, path);
}
