import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

/** Bytes of randomness in an issued conversation id: 128 bits, 22 characters of base64url. */
const ISSUED_ID_BYTES = 16;
/** Domain separation, so these HMACs can never be mistaken for another use of the same key. */
const CONTEXT = 'soudan/web-conversation-token/v1\n';

/**
 * The web chat's conversation ids and the tokens bound to them. An id is random (the service issues it); its
 * token is the HMAC-SHA256 of the id under the server's secret, so any replica holding the secret can check it
 * without a store lookup, and nobody without it can make one. Several secrets during a rotation: the first signs,
 * any verifies.
 */
export class ConversationTokens {
  private readonly keys: readonly Buffer[];

  constructor(secrets: readonly string[]) {
    if (secrets.length === 0) throw new RangeError('ConversationTokens needs at least one secret');
    this.keys = secrets.map((secret) => Buffer.from(secret, 'utf8'));
  }

  /** A fresh conversation id: 128 random bits, base64url (fits the API's conversationId pattern). */
  issueId(): string {
    return randomBytes(ISSUED_ID_BYTES).toString('base64url');
  }

  /** The token for an id, under the current (first) secret: 43 characters of base64url. */
  tokenFor(conversationId: string): string {
    return this.mac(this.keys[0]!, conversationId).toString('base64url');
  }

  /** Whether `token` is the id's token under any of the secrets; constant time for tokens of the right length. */
  verify(conversationId: string, token: string): boolean {
    const given = Buffer.from(token, 'utf8');
    let ok = false;
    for (const key of this.keys) {
      const expected = Buffer.from(this.mac(key, conversationId).toString('base64url'), 'utf8');
      // The length is public (always 43); comparing every key keeps the time independent of which one matched.
      if (given.length === expected.length && timingSafeEqual(given, expected)) ok = true;
    }
    return ok;
  }

  private mac(key: Buffer, conversationId: string): Buffer {
    return createHmac('sha256', key).update(CONTEXT).update(conversationId, 'utf8').digest();
  }
}
