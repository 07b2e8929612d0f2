import { ConversionRefusedError } from './experiment-error';
import { signConversion, verifyConversion } from './conversion-signature';

const SECRET = 'conversion-secret-0123456789abcdef0123';
const body = Buffer.from('{"applicationId":"A-1","click":"x.y"}');
const NOW = 1_800_000_000;

function reason(headers: { timestamp?: string; signature?: string }, raw = body): string | null {
  try {
    verifyConversion([SECRET], { timestamp: headers.timestamp, signature: headers.signature }, raw, NOW, 300);
    return null;
  } catch (error) {
    expect(error).toBeInstanceOf(ConversionRefusedError);
    return (error as ConversionRefusedError).reason;
  }
}

describe('conversion signatures', () => {
  it('accept the HMAC of timestamp and raw body within the window', () => {
    expect(
      reason({ timestamp: String(NOW - 299), signature: signConversion(SECRET, NOW - 299, body) }),
    ).toBeNull();
  });

  it('refuse a missing header, another body, another secret, and a replay outside the window', () => {
    const sig = signConversion(SECRET, NOW, body);
    expect(reason({ timestamp: String(NOW) })).toBe('unsigned');
    expect(reason({ timestamp: String(NOW), signature: sig }, Buffer.from(body.toString() + ' '))).toBe(
      'signature',
    );
    expect(
      reason({
        timestamp: String(NOW),
        signature: signConversion('another-secret-0123456789abcdef0123', NOW, body),
      }),
    ).toBe('signature');
    expect(reason({ timestamp: String(NOW + 1), signature: sig })).toBe('signature');
    expect(reason({ timestamp: String(NOW), signature: sig.toUpperCase() })).toBe('signature');
    expect(reason({ timestamp: String(NOW - 301), signature: signConversion(SECRET, NOW - 301, body) })).toBe(
      'stale',
    );
    expect(reason({ timestamp: String(NOW + 301), signature: signConversion(SECRET, NOW + 301, body) })).toBe(
      'future',
    );
  });
});
