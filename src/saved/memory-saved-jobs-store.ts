import { MAX_SAVED_JOBS, type SavedJobsStore } from './saved-jobs-store';

export interface MemorySavedJobsStoreOptions {
  readonly ttlSeconds: number;
  /** Users kept at most; at the bound the one changed longest ago goes. Default 10,000. */
  readonly maxUsers?: number;
  /** Milliseconds clock; injected so tests can move time. */
  readonly now?: () => number;
}

interface Entry {
  ids: string[];
  expiresAt: number;
}

/** Saved jobs in memory, for laptops and tests: bounded, expiring as Redis would expire them. */
export class MemorySavedJobsStore implements SavedJobsStore {
  private readonly users = new Map<string, Entry>();
  private readonly now: () => number;
  private readonly maxUsers: number;

  constructor(private readonly options: MemorySavedJobsStoreOptions) {
    this.now = options.now ?? Date.now;
    this.maxUsers = options.maxUsers ?? 10_000;
  }

  list(userKey: string): Promise<readonly string[]> {
    return Promise.resolve([...(this.live(userKey)?.ids ?? [])]);
  }

  add(userKey: string, listingId: string): Promise<void> {
    const ids = (this.live(userKey)?.ids ?? []).filter((id) => id !== listingId);
    this.write(userKey, [listingId, ...ids].slice(0, MAX_SAVED_JOBS));
    return Promise.resolve();
  }

  remove(userKey: string, listingId: string): Promise<void> {
    const entry = this.live(userKey);
    if (entry !== undefined)
      this.write(
        userKey,
        entry.ids.filter((id) => id !== listingId),
      );
    return Promise.resolve();
  }

  clear(userKey: string): Promise<void> {
    this.users.delete(userKey);
    return Promise.resolve();
  }

  close(): Promise<void> {
    this.users.clear();
    return Promise.resolve();
  }

  private live(userKey: string): Entry | undefined {
    const entry = this.users.get(userKey);
    if (entry !== undefined && entry.expiresAt <= this.now()) {
      this.users.delete(userKey);
      return undefined;
    }
    return entry;
  }

  private write(userKey: string, ids: string[]): void {
    this.users.delete(userKey);
    if (ids.length === 0) return;
    // Map order is write order: the first key is the one changed longest ago.
    while (this.users.size >= this.maxUsers) this.users.delete(this.users.keys().next().value!);
    this.users.set(userKey, { ids, expiresAt: this.now() + this.options.ttlSeconds * 1000 });
  }
}
