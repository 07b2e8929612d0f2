import { createHmac, hkdfSync, timingSafeEqual } from 'node:crypto';
import { SoudanError } from '../errors';

/** How long a share link opens: a week. */
export const SHARE_TTL_SECONDS = 7 * 24 * 3600;
/** Jobs one link carries at most (a page of results). */
export const MAX_SHARED_JOBS = 12;

const LISTING_ID = /^[A-Za-z0-9._:-]{1,64}$/u;

/** What a share link holds: the jobs, in order, the page's language, and when it stops opening. */
export interface SharedResults {
  readonly listingIds: readonly string[];
  readonly locale: 'ja' | 'en';
  /** Seconds since the epoch. */
  readonly expiresAt: number;
}

export type ShareRefusal = 'malformed' | 'signature' | 'expired';

/** A share token that does not open: never shown to the user as such, the page says it politely. */
export class ShareLinkError extends SoudanError {
  constructor(readonly reason: ShareRefusal) {
    super(`Share link refused: ${reason}`, { context: { reason } });
  }
}

/**
 * The keys of share links, derived from the web chat's conversation secrets (HKDF-SHA256, a label of their own),
 * so no new secret has to be deployed and a rotation (`new,old`) rotates both. The first signs, each verifies.
 */
export function shareKeys(conversationSecrets: readonly string[]): Buffer[] {
  return conversationSecrets.map((secret) =>
    Buffer.from(hkdfSync('sha256', secret, 'soudan', 'share links v1', 32)),
  );
}

const sign = (key: Buffer, payload: string): Buffer => createHmac('sha256', key).update(payload).digest();

/** `<payload>.<signature>`, both base64url: the payload is `{ j: ids, l: locale, e: expiry }` as JSON. */
export function createShareToken(
  keys: readonly Buffer[],
  results: Omit<SharedResults, 'expiresAt'>,
  nowSeconds: number,
): string {
  const key = keys[0];
  if (key === undefined) throw new ShareLinkError('signature');
  const ids = results.listingIds.filter((id) => LISTING_ID.test(id)).slice(0, MAX_SHARED_JOBS);
  const body = { j: ids, l: results.locale, e: Math.floor(nowSeconds) + SHARE_TTL_SECONDS };
  const payload = Buffer.from(JSON.stringify(body)).toString('base64url');
  return `${payload}.${sign(key, payload).toString('base64url')}`;
}

/** The results a token holds, or ShareLinkError: checked in constant time before anything is parsed. */
export function readShareToken(keys: readonly Buffer[], token: string, nowSeconds: number): SharedResults {
  const match = /^([A-Za-z0-9_-]{1,2048})\.([A-Za-z0-9_-]{43})$/u.exec(token);
  if (match === null) throw new ShareLinkError('malformed');
  const [, payload, signature] = match as unknown as [string, string, string];
  const given = Buffer.from(signature, 'base64url');
  if (!keys.some((key) => timingSafeEqual(sign(key, payload), given))) throw new ShareLinkError('signature');
  let body: unknown;
  try {
    body = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
  } catch {
    throw new ShareLinkError('malformed');
  }
  const { j, l, e } = (body ?? {}) as { j?: unknown; l?: unknown; e?: unknown };
  const ids = Array.isArray(j) ? j : [];
  if (
    ids.length === 0 ||
    ids.length > MAX_SHARED_JOBS ||
    !ids.every((id) => typeof id === 'string' && LISTING_ID.test(id)) ||
    (l !== 'ja' && l !== 'en') ||
    typeof e !== 'number' ||
    !Number.isInteger(e)
  ) {
    throw new ShareLinkError('malformed');
  }
  if (e <= nowSeconds) throw new ShareLinkError('expired');
  return { listingIds: ids as string[], locale: l, expiresAt: e };
}
