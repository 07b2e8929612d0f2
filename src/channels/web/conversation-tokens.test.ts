import { createHmac } from 'node:crypto';
import { ConversationTokens } from './conversation-tokens';

const SECRET = 'web-conversation-secret-for-tests-0123456789';

describe('ConversationTokens', () => {
  const tokens = new ConversationTokens([SECRET]);

  it('issues distinct 128-bit ids that fit the API pattern', () => {
    const ids = new Set(Array.from({ length: 1000 }, () => tokens.issueId()));
    expect(ids.size).toBe(1000);
    for (const id of ids) {
      expect(id).toMatch(/^[A-Za-z0-9_-]{22}$/);
      expect(Buffer.from(id, 'base64url')).toHaveLength(16);
    }
  });

  it('binds a token to its id with HMAC-SHA256 under the secret, domain-separated', () => {
    const token = tokens.tokenFor('Zm9vYmFyYmF6cXV4cXV1eA');
    expect(token).toBe(
      createHmac('sha256', SECRET)
        .update('soudan/web-conversation-token/v1\nZm9vYmFyYmF6cXV4cXV1eA')
        .digest('base64url'),
    );
    expect(tokens.verify('Zm9vYmFyYmF6cXV4cXV1eA', token)).toBe(true);
    expect(tokens.verify('Zm9vYmFyYmF6cXV4cXV1eB', token)).toBe(false);
    expect(tokens.verify('Zm9vYmFyYmF6cXV4cXV1eA', `${token}A`)).toBe(false);
    expect(tokens.verify('Zm9vYmFyYmF6cXV4cXV1eA', token.slice(0, -1))).toBe(false);
    expect(tokens.verify('Zm9vYmFyYmF6cXV4cXV1eA', '')).toBe(false);
    expect(
      new ConversationTokens(['another-secret-of-enough-length-000000']).verify(
        'Zm9vYmFyYmF6cXV4cXV1eA',
        token,
      ),
    ).toBe(false);
  });

  it('signs with the first secret and accepts any during a rotation', () => {
    const next = 'next-web-conversation-secret-0123456789abc';
    const rotating = new ConversationTokens([next, SECRET]);
    const id = tokens.issueId();
    expect(rotating.verify(id, tokens.tokenFor(id))).toBe(true);
    expect(rotating.tokenFor(id)).toBe(new ConversationTokens([next]).tokenFor(id));
    expect(tokens.verify(id, rotating.tokenFor(id))).toBe(false);
  });

  it('needs a secret', () => {
    expect(() => new ConversationTokens([])).toThrow(RangeError);
  });
});
