import { createHmac } from 'node:crypto';
import { verifyLineSignature } from './line-signature';

const SECRET = 'line-test-channel-secret';
// A follow event as LINE documents it; the signature is what LINE computes over these exact bytes.
const BODY = Buffer.from(
  '{"destination":"U0123456789abcdef0123456789abcdef","events":[{"type":"follow","mode":"active","timestamp":1764750000000,"source":{"type":"user","userId":"U4af4980629abcdef0123456789abcdef"},"webhookEventId":"01JDZ3A2V4K6M8N0P2R4T6V8X0","deliveryContext":{"isRedelivery":false},"replyToken":"nHuyWiB7yP5Zw52FIkcQobQuGDXCTA","follow":{"isUnblocked":false}}]}',
);
const SIGNATURE = createHmac('sha256', SECRET).update(BODY).digest('base64');

describe('verifyLineSignature', () => {
  it('accepts the exact base64 HMAC-SHA256 of the body', () => {
    expect(SIGNATURE).toMatch(/^[A-Za-z0-9+/]{43}=$/);
    expect(verifyLineSignature(BODY, SECRET, SIGNATURE)).toBe(true);
  });

  it('refuses another secret, another body, and a missing or empty header', () => {
    expect(verifyLineSignature(BODY, 'another-secret', SIGNATURE)).toBe(false);
    expect(verifyLineSignature(Buffer.concat([BODY, Buffer.from(' ')]), SECRET, SIGNATURE)).toBe(false);
    expect(verifyLineSignature(BODY, SECRET, undefined)).toBe(false);
    expect(verifyLineSignature(BODY, SECRET, '')).toBe(false);
  });

  it('refuses every other spelling of the same digest', () => {
    const variants = [
      `${SIGNATURE}!!`,
      `${SIGNATURE}=`,
      `${SIGNATURE}A`,
      `${SIGNATURE}.junk`,
      SIGNATURE.slice(0, -1),
      ` ${SIGNATURE}`,
      SIGNATURE.toLowerCase(),
      Buffer.from(SIGNATURE, 'base64').toString('base64url'),
      Buffer.from(SIGNATURE, 'base64').toString('hex'),
    ];
    for (const variant of variants) {
      expect({ variant, ok: verifyLineSignature(BODY, SECRET, variant) }).toEqual({ variant, ok: false });
    }
  });
});
