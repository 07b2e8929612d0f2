import { RedirectTokenError } from './experiment-error';
import { signLink, verifyLink } from './redirect-token';

const SECRET = 'link-secret-for-tests-0123456789abcdef';
const claims = {
  listing: 'L1',
  user: 'a1b2c3d4e5f60718',
  conversation: 'a1b2c3d4e5f60718',
  channel: 'web',
  experiment: 'budget',
  variant: 'b',
  expires: 2_000_000_000,
  click: 'click-id-1',
};

function reason(fn: () => unknown): string {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(RedirectTokenError);
    return (error as RedirectTokenError).reason;
  }
  throw new Error('expected a refusal');
}

describe('link tokens', () => {
  const token = signLink(claims, SECRET);

  it('round-trip their claims, with any secret of a rotation', () => {
    expect(verifyLink(token, [SECRET], 1_999_999_999)).toEqual(claims);
    expect(verifyLink(token, ['new-secret-0123456789abcdef0123456789', SECRET], 1_999_999_999)).toEqual(
      claims,
    );
  });

  it('refuse a token past its expiry, unless expiry is not asked about', () => {
    expect(reason(() => verifyLink(token, [SECRET], 2_000_000_000))).toBe('expired');
    expect(verifyLink(token, [SECRET], null).listing).toBe('L1');
  });

  it('refuse a tampered payload, a tampered MAC and another secret', () => {
    const [payload, mac] = token.split('.') as [string, string];
    const other = Buffer.from(
      JSON.stringify(['L2', ...JSON.parse(Buffer.from(payload, 'base64url').toString()).slice(1)]),
    );
    expect(reason(() => verifyLink(`${other.toString('base64url')}.${mac}`, [SECRET], 0))).toBe('signature');
    const flipped = mac.slice(0, -2) + (mac.at(-2) === 'A' ? 'B' : 'A') + mac.at(-1);
    expect(reason(() => verifyLink(`${payload}.${flipped}`, [SECRET], 0))).toBe('signature');
    expect(
      reason(() => verifyLink(signLink(claims, 'someone-elses-secret-0123456789abcd'), [SECRET], 0)),
    ).toBe('signature');
  });

  it('refuse malformed tokens before any crypto, and a signed payload that is no link', () => {
    for (const bad of [
      '',
      'x',
      'a.b',
      `${'a'.repeat(2000)}.${'b'.repeat(43)}`,
      '../../etc/passwd',
      'https://evil.example',
    ]) {
      expect(reason(() => verifyLink(bad, [SECRET], 0))).toBe('malformed');
    }
    const payload = Buffer.from(JSON.stringify({ url: 'https://evil.example' })).toString('base64url');
    const { createHmac } = jest.requireActual<typeof import('node:crypto')>('node:crypto');
    const mac = createHmac('sha256', SECRET).update(payload).digest('base64url');
    expect(reason(() => verifyLink(`${payload}.${mac}`, [SECRET], 0))).toBe('malformed');
  });
});
