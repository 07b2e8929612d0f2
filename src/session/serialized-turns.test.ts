import { MemorySessionStore } from './memory-session-store';
import { runSerialized } from './serialized-turns';
import { SessionConflictError, SessionStoreUnavailableError } from './session-errors';
import type { SessionStore } from './session-store';

const TTL = 60;
const noSleep = async (): Promise<void> => undefined;

/** Appends n to a JSON array state and answers with the array length after the append. */
function append(n: number) {
  return (current: string | null) => {
    const list = current === null ? [] : (JSON.parse(current) as number[]);
    list.push(n);
    return { next: JSON.stringify(list), result: list.length };
  };
}

/** A store whose writes lose to `interloper` the first `times` times, as if another replica wrote in between. */
function racedStore(inner: SessionStore, times: number, interloper: (key: string) => Promise<void>) {
  let remaining = times;
  const store: SessionStore = {
    get: (key) => inner.get(key),
    compareAndSet: async (key, expected, value, ttl) => {
      if (remaining > 0) {
        remaining--;
        await interloper(key);
      }
      return inner.compareAndSet(key, expected, value, ttl);
    },
    delete: (key) => inner.delete(key),
    ping: () => inner.ping(),
    close: () => inner.close(),
  };
  return store;
}

describe('runSerialized', () => {
  it('creates the session on the first turn and updates it afterwards', async () => {
    const store = new MemorySessionStore();
    expect(await runSerialized(store, 'k', TTL, append(1))).toBe(1);
    expect(await runSerialized(store, 'k', TTL, append(2))).toBe(2);
    expect(await store.get('k')).toEqual({ value: '[1,2]', version: 2 });
  });

  it('runs turns of one conversation in this process one at a time, in arrival order', async () => {
    const store = new MemorySessionStore();
    let active = 0;
    let maxActive = 0;
    const slowAppend = (n: number) => async (current: string | null) => {
      active++;
      maxActive = Math.max(maxActive, active);
      await new Promise((r) => setTimeout(r, 1));
      active--;
      return append(n)(current);
    };
    const results = await Promise.all([1, 2, 3, 4].map((n) => runSerialized(store, 'k', TTL, slowAppend(n))));
    expect(results).toEqual([1, 2, 3, 4]);
    expect(maxActive).toBe(1);
    expect((await store.get('k'))?.value).toBe('[1,2,3,4]');
  });

  it('does not hold one conversation behind another', async () => {
    const store = new MemorySessionStore();
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    const blocked = runSerialized(store, 'a', TTL, async (c) => {
      await gate;
      return append(1)(c);
    });
    expect(await runSerialized(store, 'b', TTL, append(9))).toBe(1);
    release();
    expect(await blocked).toBe(1);
  });

  it('re-reads and re-applies when another writer got in first, so neither answer is lost', async () => {
    const inner = new MemorySessionStore();
    const store = racedStore(inner, 1, async (key) => {
      await runSerialized(inner, key, TTL, append(100));
    });
    const seen: Array<string | null> = [];
    const conflicts: number[] = [];
    const sleeps: number[] = [];
    const result = await runSerialized(
      store,
      'k',
      TTL,
      (current) => {
        seen.push(current);
        return append(1)(current);
      },
      {
        random: () => 0.5,
        sleep: async (ms) => void sleeps.push(ms),
        onConflict: (a) => conflicts.push(a),
      },
    );
    expect(seen).toEqual([null, '[100]']);
    expect(result).toBe(2);
    expect(conflicts).toEqual([1]);
    expect(sleeps).toEqual([3.75]); // base 5: half fixed (2.5) + 0.5 of the jitter half (1.25)
    expect(await inner.get('k')).toEqual({ value: '[100,1]', version: 2 });
  });

  it('backs off exponentially up to the cap and gives up with SessionConflictError', async () => {
    const inner = new MemorySessionStore();
    let n = 0;
    const store = racedStore(inner, Infinity, async (key) => {
      await runSerialized(inner, key, TTL, append(1000 + n++));
    });
    const sleeps: number[] = [];
    const run = runSerialized(store, 'k', TTL, append(1), {
      maxAttempts: 5,
      baseDelayMs: 10,
      maxDelayMs: 50,
      random: () => 1,
      sleep: async (ms) => void sleeps.push(ms),
    });
    await expect(run).rejects.toThrow(SessionConflictError);
    await expect(run).rejects.toMatchObject({ context: { attempts: 5 } });
    expect(sleeps).toEqual([10, 20, 40, 50]);
    expect(JSON.parse((await inner.get('k'))?.value ?? '[]')).not.toContain(1);
  });

  it('passes apply errors to the caller without writing, and later turns still run', async () => {
    const store = new MemorySessionStore();
    const failing = runSerialized(store, 'k', TTL, () => {
      throw new Error('bad turn');
    });
    const next = runSerialized(store, 'k', TTL, append(7));
    await expect(failing).rejects.toThrow('bad turn');
    expect(await next).toBe(1);
    expect(await store.get('k')).toEqual({ value: '[7]', version: 1 });
  });

  it('does not retry when the store is unavailable', async () => {
    const inner = new MemorySessionStore();
    let gets = 0;
    const store: SessionStore = {
      ...racedStore(inner, 0, noSleep),
      get: async () => {
        gets++;
        throw new SessionStoreUnavailableError('down', { context: { operation: 'get' } });
      },
    };
    await expect(runSerialized(store, 'k', TTL, append(1), { sleep: noSleep })).rejects.toThrow(
      SessionStoreUnavailableError,
    );
    expect(gets).toBe(1);
  });
});
