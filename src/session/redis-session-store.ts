import { createHash } from 'node:crypto';
import type { Redis } from 'ioredis';
import { isReplyError, toSessionStoreError } from './redis-error-mapping';
import { SessionStoreError } from './session-errors';
import type { SessionStore, StoredSession } from './session-store';
import { assertExpectedVersion, ttlToMilliseconds } from './store-arguments';

// A session is a hash: v = serialized state, n = version. The check, the write and the TTL happen in one script,
// so no other writer can slip in between. Returns the new version, or nil on conflict. An entry this store did not
// write (another type, or a hash without a value or a valid version) reads as absent, so a create (expected
// version 0) replaces it instead of failing on it until it expires.
const CAS_SCRIPT = `
local expected = tonumber(ARGV[1])
local kind = redis.call('TYPE', KEYS[1])['ok']
local current = 0
if kind == 'hash' then
  local fields = redis.call('HMGET', KEYS[1], 'v', 'n')
  local n = fields[2]
  if fields[1] and n and string.len(n) <= 15 and string.match(n, '^[1-9]%d*$') then
    current = tonumber(n)
  else
    current = -1
  end
elseif kind ~= 'none' then
  current = -1
end
if current == -1 then
  if expected ~= 0 then return false end
  redis.call('DEL', KEYS[1])
elseif current ~= expected then
  return false
end
local nextVersion = expected + 1
redis.call('HSET', KEYS[1], 'v', ARGV[2], 'n', nextVersion)
redis.call('PEXPIRE', KEYS[1], ARGV[3])
return nextVersion
`;
const CAS_SHA = createHash('sha1').update(CAS_SCRIPT).digest('hex');

/** The version field as this store writes it (a positive integer, as the script checks it too). */
const VERSION = /^[1-9][0-9]{0,14}$/;

/** Why an entry was not a session: another Redis type, or a hash without a value or a valid version. */
export type CorruptEntryReason = 'wrong_type' | 'malformed';

export interface RedisSessionStoreOptions {
  /** Whether close() also closes the client. Default true: the store is the client's only user. */
  closeClient?: boolean;
  /**
   * Told of every read that found an entry this store did not write. The entry reads as absent (the conversation
   * starts afresh) and the next save overwrites it. `key` is the raw key: hash it before logging it.
   */
  onCorruptEntry?: (key: string, reason: CorruptEntryReason) => void;
  /**
   * A key ping() writes (a short-lived "1"), so readiness sees what a turn would: a Redis that answers PING but
   * refuses writes (full with noeviction, a read-only replica) is not ready. Unset: ping() only PINGs.
   */
  readinessKey?: string;
}

/** How long the readiness key lives: it is rewritten by every readiness check. */
const READINESS_KEY_TTL_MS = 10_000;

export class RedisSessionStore implements SessionStore {
  private readonly closeClient: boolean;
  private readonly onCorruptEntry: (key: string, reason: CorruptEntryReason) => void;
  private readonly readinessKey: string | null;

  /** `client` is the process's one shared connection (see createRedisClient); the store never opens its own. */
  constructor(
    private readonly client: Redis,
    options: RedisSessionStoreOptions = {},
  ) {
    this.closeClient = options.closeClient ?? true;
    this.onCorruptEntry = options.onCorruptEntry ?? (() => undefined);
    this.readinessKey = options.readinessKey ?? null;
  }

  async get(key: string): Promise<StoredSession | null> {
    let reply: Array<string | null>;
    try {
      reply = await this.client.hmget(key, 'v', 'n');
    } catch (error) {
      if (isReplyError(error) && error.message.startsWith('WRONGTYPE'))
        return this.corrupt(key, 'wrong_type');
      throw toSessionStoreError(error, 'get');
    }
    const value = reply[0] ?? null;
    const rawVersion = reply[1] ?? null;
    if (value === null && rawVersion === null) return null;
    if (value === null || rawVersion === null || !VERSION.test(rawVersion))
      return this.corrupt(key, 'malformed');
    return { value, version: Number(rawVersion) };
  }

  async compareAndSet(
    key: string,
    expectedVersion: number,
    value: string,
    ttlSeconds: number,
  ): Promise<number | null> {
    assertExpectedVersion(expectedVersion);
    const argv = [String(expectedVersion), value, String(ttlToMilliseconds(ttlSeconds))];
    let reply: unknown;
    try {
      reply = await this.evalCas(key, argv);
    } catch (error) {
      throw toSessionStoreError(error, 'compareAndSet');
    }
    if (reply === null) return null;
    if (typeof reply !== 'number') {
      throw new SessionStoreError('Unexpected compare-and-set reply', {
        context: { operation: 'compareAndSet' },
      });
    }
    return reply;
  }

  async delete(key: string): Promise<void> {
    try {
      await this.client.del(key);
    } catch (error) {
      throw toSessionStoreError(error, 'delete');
    }
  }

  async ping(): Promise<void> {
    try {
      if (this.readinessKey === null) await this.client.ping();
      else await this.client.set(this.readinessKey, '1', 'PX', READINESS_KEY_TTL_MS);
    } catch (error) {
      throw toSessionStoreError(error, 'ping');
    }
  }

  async close(): Promise<void> {
    if (!this.closeClient || this.clientEnded()) return;
    try {
      await this.client.quit();
    } catch {
      // quit fails while disconnected; disconnect() also stops the reconnect loop.
      this.client.disconnect();
      return;
    }
    // Redis closes the socket right after acknowledging QUIT; wait for it so callers can exit cleanly.
    if (!this.clientEnded()) await new Promise((resolve) => this.client.once('end', resolve));
  }

  /** A corrupt entry is no session: reported, then read as absent (the compare-and-set script replaces it). */
  private corrupt(key: string, reason: CorruptEntryReason): null {
    try {
      this.onCorruptEntry(key, reason);
    } catch {
      // A broken observer must not turn a readable situation into a failed turn.
    }
    return null;
  }

  private clientEnded(): boolean {
    return this.client.status === 'end';
  }

  /** EVALSHA first (the script is cached server-side); after a restart or failover the cache is empty. */
  private async evalCas(key: string, argv: string[]): Promise<unknown> {
    try {
      return await this.client.evalsha(CAS_SHA, 1, key, ...argv);
    } catch (error) {
      if (!(isReplyError(error) && error.message.startsWith('NOSCRIPT'))) throw error;
      return await this.client.eval(CAS_SCRIPT, 1, key, ...argv);
    }
  }
}
