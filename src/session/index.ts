export type { SessionStore, StoredSession } from './session-store';
export { sessionKey, sessionKeyPrefix, escapeSessionId } from './session-key';
export { MemorySessionStore, type MemorySessionStoreOptions } from './memory-session-store';
export {
  RedisSessionStore,
  type CorruptEntryReason,
  type RedisSessionStoreOptions,
} from './redis-session-store';
export {
  createRedisClient,
  type RedisClientLogEntry,
  type RedisClientLogger,
  type RedisClientOptions,
} from './redis-client';
export {
  runSerialized,
  type RunSerializedOptions,
  type TurnApply,
  type TurnOutcome,
} from './serialized-turns';
export {
  SessionStoreUnavailableError,
  SessionStoreFullError,
  SessionStoreError,
  SessionConflictError,
  InvalidSessionKeyError,
} from './session-errors';
