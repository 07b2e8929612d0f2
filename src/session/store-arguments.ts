import { SessionStoreError } from './session-errors';

/** Shared argument checks, so both backends reject the same misuse the same way. */
export function assertExpectedVersion(expectedVersion: number): void {
  if (!Number.isSafeInteger(expectedVersion) || expectedVersion < 0) {
    throw new SessionStoreError('expectedVersion must be a non-negative integer', {
      context: { expectedVersion },
    });
  }
}

/** Returns the TTL in whole milliseconds (at least 1). */
export function ttlToMilliseconds(ttlSeconds: number): number {
  if (!Number.isFinite(ttlSeconds) || ttlSeconds <= 0) {
    throw new SessionStoreError('ttlSeconds must be a positive number', { context: { ttlSeconds } });
  }
  return Math.max(1, Math.round(ttlSeconds * 1000));
}
