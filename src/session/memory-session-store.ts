import { SessionStoreError, SessionStoreUnavailableError } from './session-errors';
import type { SessionStore, StoredSession } from './session-store';
import { assertExpectedVersion, ttlToMilliseconds } from './store-arguments';

export interface MemorySessionStoreOptions {
  /** Milliseconds clock; injected so tests can move time. */
  now?: () => number;
  /** Upper bound on stored entries; the least recently written entry goes first. Default 10,000. */
  maxEntries?: number;
  /** How many of the oldest entries each write inspects for expiry. Default 64. */
  sweepBatch?: number;
}

interface Entry {
  value: string;
  version: number;
  expiresAt: number;
}

/**
 * Sessions in a Map, for laptops and tests. Map order is write order (a write re-inserts its key), so the front
 * holds the least recently written entries: they are the ones swept for expiry and evicted at the bound.
 */
export class MemorySessionStore implements SessionStore {
  private readonly entries = new Map<string, Entry>();
  private readonly now: () => number;
  private readonly maxEntries: number;
  private readonly sweepBatch: number;
  private closed = false;

  constructor(options: MemorySessionStoreOptions = {}) {
    this.now = options.now ?? Date.now;
    this.maxEntries = positiveInteger('maxEntries', options.maxEntries ?? 10_000);
    this.sweepBatch = positiveInteger('sweepBatch', options.sweepBatch ?? 64);
  }

  /** Entries held, including expired ones not yet evicted. */
  get size(): number {
    return this.entries.size;
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

    this.entries.delete(key);
    this.sweep();
    while (this.entries.size >= this.maxEntries) {
      const oldest = this.entries.keys().next();
      if (oldest.done === true) break;
      this.entries.delete(oldest.value);
    }
    const version = expectedVersion + 1;
    this.entries.set(key, { value, version, expiresAt: this.now() + ttlMs });
    return version;
  }

  async delete(key: string): Promise<void> {
    this.assertOpen('delete');
    this.entries.delete(key);
  }

  async ping(): Promise<void> {
    this.assertOpen('ping');
  }

  async close(): Promise<void> {
    this.closed = true;
    this.entries.clear();
  }

  private liveEntry(key: string): Entry | undefined {
    const entry = this.entries.get(key);
    if (entry === undefined) return undefined;
    if (entry.expiresAt <= this.now()) {
      this.entries.delete(key);
      return undefined;
    }
    return entry;
  }

  /** Bounded work per write: look at the oldest few entries and drop the expired ones. */
  private sweep(): void {
    const now = this.now();
    let inspected = 0;
    for (const [key, entry] of this.entries) {
      if (inspected++ >= this.sweepBatch) break;
      if (entry.expiresAt <= now) this.entries.delete(key);
    }
  }

  private assertOpen(operation: string): void {
    if (this.closed) {
      throw new SessionStoreUnavailableError('Session store is closed', { context: { operation } });
    }
  }
}

function positiveInteger(name: string, value: number): number {
  if (!Number.isSafeInteger(value) || value < 1) {
    throw new SessionStoreError(`${name} must be a positive integer`, { context: { [name]: value } });
  }
  return value;
}
