import {
  MemorySessionStore,
  SessionStoreFullError,
  SessionStoreUnavailableError,
  type SessionStore,
} from '../session';
import { InstrumentedSessionStore } from './instrumented-session-store';

/** A store whose every operation fails as an unreachable Redis does. */
class DownStore implements SessionStore {
  private fail(operation: string): Promise<never> {
    return Promise.reject(new SessionStoreUnavailableError('down', { context: { operation } }));
  }
  get = () => this.fail('get');
  compareAndSet = () => this.fail('compareAndSet');
  delete = () => this.fail('delete');
  ping = () => this.fail('ping');
  close = () => Promise.resolve();
}

describe('InstrumentedSessionStore', () => {
  it('passes results through untouched and reports nothing while the store works', async () => {
    const failures: string[] = [];
    const store = new InstrumentedSessionStore(new MemorySessionStore(), (op) => failures.push(op));
    expect(await store.compareAndSet('soudan:test:web:a', 0, 'v', 60)).toBe(1);
    expect(await store.get('soudan:test:web:a')).toEqual({ value: 'v', version: 1 });
    expect(await store.compareAndSet('soudan:test:web:a', 0, 'w', 60)).toBeNull();
    await store.delete('soudan:test:web:a');
    await store.ping();
    expect(failures).toEqual([]);
  });

  it('reports each failed operation and rethrows the same error', async () => {
    const failures: [string, unknown][] = [];
    const store = new InstrumentedSessionStore(new DownStore(), (op, error) => failures.push([op, error]));
    await expect(store.get('k')).rejects.toThrow(SessionStoreUnavailableError);
    await expect(store.compareAndSet('k', 0, 'v', 1)).rejects.toThrow(SessionStoreUnavailableError);
    await expect(store.ping()).rejects.toThrow(SessionStoreUnavailableError);
    expect(failures.map(([op]) => op)).toEqual(['get', 'compareAndSet', 'ping']);
    expect(failures[0]![1]).toBeInstanceOf(SessionStoreUnavailableError);
  });

  it('tells after every ping whether the store was full', async () => {
    const checks: boolean[] = [];
    const inner = new MemorySessionStore();
    const store = new InstrumentedSessionStore(
      inner,
      () => undefined,
      (full) => checks.push(full),
    );
    await store.ping();
    inner.ping = () => Promise.reject(new SessionStoreFullError('OOM', { context: { operation: 'ping' } }));
    await expect(store.ping()).rejects.toThrow(SessionStoreFullError);
    inner.ping = () =>
      Promise.reject(new SessionStoreUnavailableError('down', { context: { operation: 'ping' } }));
    await expect(store.ping()).rejects.toThrow(SessionStoreUnavailableError);
    expect(checks).toEqual([false, true, false]);
  });
});
