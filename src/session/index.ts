export type { SessionStore, StoredSession } from './session-store';
export { sessionKey, sessionKeyPrefix, escapeSessionId } from './session-key';
export { MemorySessionStore } from './memory-session-store';
export { RedisSessionStore, type CorruptEntryReason } from './redis-session-store';
export { createRedisClient, type RedisClientLogEntry } from './redis-client';
export { runSerialized } from './serialized-turns';
export { SessionStoreUnavailableError, SessionStoreFullError, SessionConflictError } from './session-errors';
