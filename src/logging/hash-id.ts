import { createHash } from 'node:crypto';

/** Without a configured salt, a fixed prefix still keeps raw ids out of logs (but a salt stops dictionary look-ups). */
const DEFAULT_SALT = 'soudan/log-id/v1';
const HASH_HEX_CHARS = 16;

let processSalt = DEFAULT_SALT;

/** Sets the process-wide salt once at start-up (from LOG_HASH_SALT); null restores the default. */
export function setIdHashSalt(salt: string | null): void {
  processSalt = salt === null || salt === '' ? DEFAULT_SALT : salt;
}

/**
 * What logs carry instead of a user or conversation id: sha256(salt + NUL + id), 16 hex characters (64 bits).
 * Stable within a deployment, so one conversation's lines can be followed, but not reversible.
 */
export function hashId(id: string): string {
  return createHash('sha256')
    .update(processSalt)
    .update('\0')
    .update(id)
    .digest('hex')
    .slice(0, HASH_HEX_CHARS);
}
