import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { RedirectTokenError } from './experiment-error';

/** What a job link names: the job, the conversation and the arm it was shown in, until when it works. */
export interface LinkClaims {
  /** Listing id. */
  readonly listing: string;
  /** Hashed user key and conversation id (never the raw ids: tokens travel in URLs). */
  readonly user: string;
  readonly conversation: string;
  readonly channel: string;
  readonly experiment: string | null;
  readonly variant: string | null;
  /** Expiry, epoch seconds. */
  readonly expires: number;
  /** Random id of this link: a conversion names the click it came from by it. */
  readonly click: string;
}

type Wire = [string, string, string, string, string | null, string | null, number, string];

const MAX_TOKEN_CHARS = 1000;

/** HMAC-SHA256 over the payload's base64url text, base64url too: `<payload>.<mac>`. */
export function signLink(claims: Omit<LinkClaims, 'click'> & { click?: string }, secret: string): string {
  const click = claims.click ?? randomBytes(9).toString('base64url');
  const wire: Wire = [
    claims.listing,
    claims.user,
    claims.conversation,
    claims.channel,
    claims.experiment,
    claims.variant,
    claims.expires,
    click,
  ];
  const payload = Buffer.from(JSON.stringify(wire)).toString('base64url');
  return `${payload}.${mac(payload, secret)}`;
}

function mac(payload: string, secret: string): string {
  return createHmac('sha256', secret).update(payload).digest('base64url');
}

/**
 * The claims of a token signed with one of `secrets` (the first signs, all verify: rotation), checked in
 * constant time before anything in it is read. `nowSeconds` null skips the expiry (a conversion may come days
 * after its click).
 */
export function verifyLink(token: string, secrets: readonly string[], nowSeconds: number | null): LinkClaims {
  if (token.length > MAX_TOKEN_CHARS || !/^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]{43}$/.test(token)) {
    throw new RedirectTokenError('malformed', 'not a link token');
  }
  const [payload, given] = token.split('.') as [string, string];
  const givenBytes = Buffer.from(given, 'base64url');
  const valid = secrets.some((secret) => {
    const expected = Buffer.from(mac(payload, secret), 'base64url');
    return expected.length === givenBytes.length && timingSafeEqual(expected, givenBytes);
  });
  if (!valid) throw new RedirectTokenError('signature', 'link token signature does not verify');
  const claims = decode(payload);
  if (claims === null) throw new RedirectTokenError('malformed', 'link token payload is not a link');
  if (nowSeconds !== null && claims.expires <= nowSeconds) {
    throw new RedirectTokenError('expired', 'link token expired');
  }
  return claims;
}

const isText = (v: unknown): v is string => typeof v === 'string' && v.length > 0 && v.length <= 200;
const isOptionalText = (v: unknown): v is string | null => v === null || isText(v);

function decode(payload: string): LinkClaims | null {
  let wire: unknown;
  try {
    wire = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
  } catch {
    return null;
  }
  if (!Array.isArray(wire) || wire.length !== 8) return null;
  const [listing, user, conversation, channel, experiment, variant, expires, click] = wire as unknown[];
  if (![listing, user, conversation, channel, click].every(isText)) return null;
  if (!isOptionalText(experiment) || !isOptionalText(variant) || !Number.isSafeInteger(expires)) return null;
  return {
    listing: listing as string,
    user: user as string,
    conversation: conversation as string,
    channel: channel as string,
    experiment,
    variant,
    expires: expires as number,
    click: click as string,
  };
}

/**
 * What a clicked link says about who, where and which arm, as the fields of the event that records it (the job
 * opened, or the conversion it led to).
 */
export function linkEventFields(claims: LinkClaims, at: Date) {
  const { listing, user, conversation, channel, experiment, variant, click } = claims;
  return { at: at.toISOString(), user, conversation, channel, experiment, variant, listing, click };
}
