import { createHmac, timingSafeEqual } from 'node:crypto';

/** Base64 of a 32-byte HMAC-SHA256: 43 characters and one `=`, nothing else. */
const CANONICAL_SIGNATURE = /^[A-Za-z0-9+/]{43}=$/;

/**
 * Whether `x-line-signature` is exactly the base64 HMAC-SHA256 of the raw body under the channel secret, as LINE
 * sends it. The SDK's validateSignature decodes the header leniently (Node's base64 decoder skips characters it
 * does not know and stops at padding), so `<signature>!!` or `<signature>==` passed; here the header text itself
 * must be the canonical form, compared in constant time.
 */
export function verifyLineSignature(
  rawBody: Buffer,
  channelSecret: string,
  header: string | undefined,
): boolean {
  if (header === undefined || !CANONICAL_SIGNATURE.test(header)) return false;
  const expected = createHmac('sha256', channelSecret).update(rawBody).digest('base64');
  // Both are 44 ASCII characters here, so the comparison's length check reveals nothing.
  return timingSafeEqual(Buffer.from(header, 'ascii'), Buffer.from(expected, 'ascii'));
}
