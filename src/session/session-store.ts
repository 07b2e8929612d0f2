/** One stored conversation: the serialized JSON state and the version the next write must name. */
export interface StoredSession {
  value: string;
  version: number;
}

/**
 * The port every session backend implements. Versions start at 1 for a new entry and grow by one per write;
 * version 0 means "absent". Implementations turn transport failures into SessionStoreUnavailableError.
 */
export interface SessionStore {
  get(key: string): Promise<StoredSession | null>;
  /**
   * Writes value iff the stored version equals expectedVersion (0 = must not exist). Returns the new version or
   * null on conflict. TTL refreshed on every write.
   */
  compareAndSet(
    key: string,
    expectedVersion: number,
    value: string,
    ttlSeconds: number,
  ): Promise<number | null>;
  delete(key: string): Promise<void>;
  /**
   * For /readyz: resolves when the store answers (and, where it can tell, would take a write); rejects with
   * SessionStoreFullError when it is out of memory, another SessionStoreUnavailableError when it cannot be reached.
   */
  ping(): Promise<void>;
  close(): Promise<void>;
}
