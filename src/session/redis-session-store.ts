import { createHash } from 'node:crypto';
import type { Redis } from 'ioredis';
import { isReplyError, toSessionStoreError } from './redis-error-mapping';
import { SessionStoreError } from './session-errors';
import type { SessionStore, StoredSession } from './session-store';
import { assertExpectedVersion, ttlToMilliseconds } from './store-arguments';

// A session is a hash: v = serialized state, n = version. The check, the write and the TTL happen in one script,
// so no other writer can slip in between. Returns the new version, or nil on conflict.
const CAS_SCRIPT = `
local current = redis.call('HGET', KEYS[1], 'n')
local expected = tonumber(ARGV[1])
if current then
  if tonumber(current) ~= expected then return false end
elseif expected ~= 0 then
  return false
end
local nextVersion = expected + 1
redis.call('HSET', KEYS[1], 'v', ARGV[2], 'n', nextVersion)
redis.call('PEXPIRE', KEYS[1], ARGV[3])
return nextVersion
`;
const CAS_SHA = createHash('sha1').update(CAS_SCRIPT).digest('hex');

export interface RedisSessionStoreOptions {
  /** Whether close() also closes the client. Default true: the store is the client's only user. */
  closeClient?: boolean;
}

export class RedisSessionStore implements SessionStore {
  private readonly closeClient: boolean;

  /** `client` is the process's one shared connection (see createRedisClient); the store never opens its own. */
  constructor(
    private readonly client: Redis,
    options: RedisSessionStoreOptions = {},
  ) {
    this.closeClient = options.closeClient ?? true;
  }

  async get(key: string): Promise<StoredSession | null> {
    let reply: Array<string | null>;
    try {
      reply = await this.client.hmget(key, 'v', 'n');
    } catch (error) {
      throw toSessionStoreError(error, 'get');
    }
    const value = reply[0] ?? null;
    const rawVersion = reply[1] ?? null;
    if (value === null && rawVersion === null) return null;
    const version = Number(rawVersion);
    if (value === null || !Number.isSafeInteger(version) || version < 1) {
      throw new SessionStoreError('Stored session entry is malformed', { context: { operation: 'get' } });
    }
    return { value, version };
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
      await this.client.ping();
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
