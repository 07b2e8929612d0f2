import { createHmac, timingSafeEqual } from 'node:crypto';
import { ConversionRefusedError } from './experiment-error';

export const TIMESTAMP_HEADER = 'x-soudan-timestamp';
export const SIGNATURE_HEADER = 'x-soudan-signature';

/** `sha256=` + hex HMAC-SHA256 of `<timestamp>.<raw body>`: what a job site sends (see README). */
export function signConversion(secret: string, timestamp: number, rawBody: Buffer | string): string {
  const hmac = createHmac('sha256', secret).update(`${timestamp}.`).update(rawBody);
  return `sha256=${hmac.digest('hex')}`;
}

/**
 * Checks a conversion report before its body is parsed: the signature over the raw bytes with any of `secrets`
 * (constant time), then the timestamp within `maxAgeSeconds` either way (a replay of an old report is refused
 * even with a good signature).
 */
export function verifyConversion(
  secrets: readonly string[],
  headers: { timestamp: string | undefined; signature: string | undefined },
  rawBody: Buffer,
  nowSeconds: number,
  maxAgeSeconds: number,
): void {
  const { timestamp, signature } = headers;
  if (timestamp === undefined || signature === undefined) {
    throw new ConversionRefusedError('unsigned', 'X-Soudan-Timestamp and X-Soudan-Signature are required');
  }
  if (!/^\d{1,12}$/.test(timestamp) || !/^sha256=[0-9a-f]{64}$/.test(signature)) {
    throw new ConversionRefusedError('signature', 'The signature does not verify');
  }
  const given = Buffer.from(signature.slice('sha256='.length), 'hex');
  const seconds = Number(timestamp);
  const valid = secrets.some((secret) => {
    const expected = Buffer.from(signConversion(secret, seconds, rawBody).slice('sha256='.length), 'hex');
    return timingSafeEqual(expected, given);
  });
  if (!valid) throw new ConversionRefusedError('signature', 'The signature does not verify');
  if (seconds < nowSeconds - maxAgeSeconds) {
    throw new ConversionRefusedError('stale', 'The timestamp is outside the accepted window');
  }
  if (seconds > nowSeconds + maxAgeSeconds) {
    throw new ConversionRefusedError('future', 'The timestamp is outside the accepted window');
  }
}
