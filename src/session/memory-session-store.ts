import { SessionStoreError, SessionStoreUnavailableError } from './session-errors';
import type { SessionStore, StoredSession } from './session-store';
import { assertExpectedVersion, ttlToMilliseconds } from './store-arguments';

export interface MemorySessionStoreOptions {
  /** Milliseconds clock; injected so tests can move time. */
  now?: () => number;
  /** Upper bound on stored entries. Default 10,000. */
  maxEntries?: number;
  /** How many of the oldest entries of each segment a write inspects for expiry. Default 64. */
  sweepBatch?: number;
  /** Share of maxEntries kept for conversations that came back (written again). Default 0.8. */
  returningShare?: number;
}

interface Entry {
  value: string;
  version: number;
  expiresAt: number;
}

/**
 * Sessions in memory, for laptops and tests, bounded by `maxEntries` and evicted by age, least recently written
 * (idle longest) first, in two segments so that a flood of new conversations cannot push out the people using it:
 *
 * - `returning`: conversations written again after they were created (someone came back and answered), up to
 *   `returningShare` of the bound. Over that share, the one idle longest moves to the back of `fresh` (a second
 *   chance, as in a segmented LRU cache).
 * - `fresh`: conversations written once (a `start` nobody continued), and those moved out of `returning`.
 *
 * At the bound, expired entries go first, then the idle-longest `fresh` one; a `returning` one only when `fresh`
 * is empty. So new conversations compete with each other for at least a fifth of the store, and an active
 * conversation is only evicted when it is the idle longest. A turn is a write (read, then compare-and-set), so
 * "recently written" is "recently used". Map order is write order: a write re-inserts its key at the back.
 */
export class MemorySessionStore implements SessionStore {
  private readonly fresh = new Map<string, Entry>();
  private readonly returning = new Map<string, Entry>();
  private readonly now: () => number;
  private readonly maxEntries: number;
  private readonly maxReturning: number;
  private readonly sweepBatch: number;
  private closed = false;

  constructor(options: MemorySessionStoreOptions = {}) {
    this.now = options.now ?? Date.now;
    this.maxEntries = positiveInteger('maxEntries', options.maxEntries ?? 10_000);
    this.sweepBatch = positiveInteger('sweepBatch', options.sweepBatch ?? 64);
    const share = options.returningShare ?? 0.8;
    if (!(share >= 0 && share <= 1)) {
      throw new SessionStoreError('returningShare must be from 0 to 1', {
        context: { returningShare: share },
      });
    }
    this.maxReturning = Math.floor(this.maxEntries * share);
  }

  /** Entries held, including expired ones not yet evicted. */
  get size(): number {
    return this.fresh.size + this.returning.size;
  }

  async get(key: string): Promise<StoredSession | null> {
    this.assertOpen('get');
    const entry = this.liveEntry(key);
    return entry ? { value: entry.value, version: entry.version } : null;
  }

  async compareAndSet(
    key: string,
    expectedVersion: number,
    value: string,
    ttlSeconds: number,
  ): Promise<number | null> {
    this.assertOpen('compareAndSet');
    assertExpectedVersion(expectedVersion);
    const ttlMs = ttlToMilliseconds(ttlSeconds);
    const current = this.liveEntry(key);
    if ((current?.version ?? 0) !== expectedVersion) return null;

    this.fresh.delete(key);
    this.returning.delete(key);
    this.sweep(this.fresh);
    this.sweep(this.returning);
    while (this.size >= this.maxEntries) {
      if (!dropOldest(this.fresh) && !dropOldest(this.returning)) break;
    }
    const version = expectedVersion + 1;
    const entry = { value, version, expiresAt: this.now() + ttlMs };
    if (current === undefined) {
      this.fresh.set(key, entry);
    } else {
      this.returning.set(key, entry);
      while (this.returning.size > this.maxReturning) {
        const oldest = this.returning.entries().next();
        if (oldest.done === true) break;
        this.returning.delete(oldest.value[0]);
        this.fresh.set(oldest.value[0], oldest.value[1]);
      }
    }
    return version;
  }

  async delete(key: string): Promise<void> {
    this.assertOpen('delete');
    this.fresh.delete(key);
    this.returning.delete(key);
  }

  async ping(): Promise<void> {
    this.assertOpen('ping');
  }

  async close(): Promise<void> {
    this.closed = true;
    this.fresh.clear();
    this.returning.clear();
  }

  private liveEntry(key: string): Entry | undefined {
    const segment = this.fresh.has(key) ? this.fresh : this.returning;
    const entry = segment.get(key);
    if (entry === undefined) return undefined;
    if (entry.expiresAt <= this.now()) {
      segment.delete(key);
      return undefined;
    }
    return entry;
  }

  /** Bounded work per write: look at the oldest few entries and drop the expired ones. */
  private sweep(segment: Map<string, Entry>): void {
    const now = this.now();
    let inspected = 0;
    for (const [key, entry] of segment) {
      if (inspected++ >= this.sweepBatch) break;
      if (entry.expiresAt <= now) segment.delete(key);
    }
  }

  private assertOpen(operation: string): void {
    if (this.closed) {
      throw new SessionStoreUnavailableError('Session store is closed', { context: { operation } });
    }
  }
}

/** Drops the least recently written entry; false when there is none. */
function dropOldest(segment: Map<string, Entry>): boolean {
  const oldest = segment.keys().next();
  if (oldest.done === true) return false;
  segment.delete(oldest.value);
  return true;
}

function positiveInteger(name: string, value: number): number {
  if (!Number.isSafeInteger(value) || value < 1) {
    throw new SessionStoreError(`${name} must be a positive integer`, { context: { [name]: value } });
  }
  return value;
}
