import type { Redis } from 'ioredis';
import { toSessionStoreError } from '../session/redis-error-mapping';
import { MAX_SAVED_JOBS, type SavedJobsStore } from './saved-jobs-store';

export interface RedisSavedJobsStoreOptions {
  readonly ttlSeconds: number;
  /** Whether close() also closes the client. Default false: the client is the session store's. */
  readonly closeClient?: boolean;
  /** Milliseconds clock for the order of saving. Default Date.now. */
  readonly now?: () => number;
}

/**
 * Saved jobs in Redis: one sorted set per user, scored by when each job was saved, so the newest come first and
 * saving again moves a job to the front. Every change renews the key's TTL and trims the set to MAX_SAVED_JOBS,
 * in one MULTI, so no reader sees a set without its TTL.
 */
export class RedisSavedJobsStore implements SavedJobsStore {
  private readonly now: () => number;

  constructor(
    private readonly redis: Redis,
    private readonly options: RedisSavedJobsStoreOptions,
  ) {
    this.now = options.now ?? Date.now;
  }

  async list(userKey: string): Promise<readonly string[]> {
    try {
      return await this.redis.zrevrange(userKey, 0, MAX_SAVED_JOBS - 1);
    } catch (error) {
      throw toSessionStoreError(error, 'saved.list');
    }
  }

  async add(userKey: string, listingId: string): Promise<void> {
    await this.run('saved.add', (multi) =>
      multi
        .zadd(userKey, this.now(), listingId)
        .zremrangebyrank(userKey, 0, -(MAX_SAVED_JOBS + 1))
        .expire(userKey, this.options.ttlSeconds),
    );
  }

  async remove(userKey: string, listingId: string): Promise<void> {
    await this.run('saved.remove', (multi) =>
      multi.zrem(userKey, listingId).expire(userKey, this.options.ttlSeconds),
    );
  }

  async clear(userKey: string): Promise<void> {
    try {
      await this.redis.del(userKey);
    } catch (error) {
      throw toSessionStoreError(error, 'saved.clear');
    }
  }

  async close(): Promise<void> {
    if (this.options.closeClient === true) await this.redis.quit();
  }

  private async run(
    operation: string,
    build: (multi: ReturnType<Redis['multi']>) => ReturnType<Redis['multi']>,
  ): Promise<void> {
    let results: [Error | null, unknown][] | null;
    try {
      results = await build(this.redis.multi()).exec();
    } catch (error) {
      throw toSessionStoreError(error, operation);
    }
    const failed = results?.find(([error]) => error !== null)?.[0];
    if (results === null || failed)
      throw toSessionStoreError(failed ?? new Error('transaction aborted'), operation);
  }
}
