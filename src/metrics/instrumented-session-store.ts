import { SessionStoreFullError, type SessionStore, type StoredSession } from '../session';

/**
 * Tells `failed` of every store operation that rejects, then rethrows: behaviour is the wrapped store's. Every
 * ping (readiness) also tells `pinged` whether it found the store full.
 */
export class InstrumentedSessionStore implements SessionStore {
  constructor(
    private readonly inner: SessionStore,
    private readonly failed: (operation: string, error: unknown) => void,
    private readonly pinged: (full: boolean) => void = () => undefined,
  ) {}

  get(key: string): Promise<StoredSession | null> {
    return this.watch('get', this.inner.get(key));
  }

  compareAndSet(
    key: string,
    expectedVersion: number,
    value: string,
    ttlSeconds: number,
  ): Promise<number | null> {
    return this.watch('compareAndSet', this.inner.compareAndSet(key, expectedVersion, value, ttlSeconds));
  }

  delete(key: string): Promise<void> {
    return this.watch('delete', this.inner.delete(key));
  }

  async ping(): Promise<void> {
    try {
      await this.watch('ping', this.inner.ping());
    } catch (error) {
      this.pinged(error instanceof SessionStoreFullError);
      throw error;
    }
    this.pinged(false);
  }

  close(): Promise<void> {
    return this.inner.close();
  }

  private async watch<T>(operation: string, pending: Promise<T>): Promise<T> {
    try {
      return await pending;
    } catch (error) {
      this.failed(operation, error);
      throw error;
    }
  }
}
