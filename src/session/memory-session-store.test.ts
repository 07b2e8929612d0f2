import { MemorySessionStore } from './memory-session-store';
import { SessionStoreError, SessionStoreUnavailableError } from './session-errors';

function fakeClock(start = 1_000_000): { now: () => number; advance: (ms: number) => void } {
  let t = start;
  return { now: () => t, advance: (ms) => (t += ms) };
}

describe('MemorySessionStore', () => {
  describe('compare-and-set', () => {
    it('creates with expected version 0 and then requires the current version', async () => {
      const store = new MemorySessionStore();
      expect(await store.get('k')).toBeNull();
      expect(await store.compareAndSet('k', 0, '{"n":1}', 60)).toBe(1);
      expect(await store.get('k')).toEqual({ value: '{"n":1}', version: 1 });

      expect(await store.compareAndSet('k', 0, 'lost', 60)).toBeNull();
      expect(await store.compareAndSet('k', 2, 'lost', 60)).toBeNull();
      expect(await store.get('k')).toEqual({ value: '{"n":1}', version: 1 });

      expect(await store.compareAndSet('k', 1, '{"n":2}', 60)).toBe(2);
      expect(await store.get('k')).toEqual({ value: '{"n":2}', version: 2 });
    });

    it('refuses a non-zero expected version for a missing key', async () => {
      const store = new MemorySessionStore();
      expect(await store.compareAndSet('k', 1, 'x', 60)).toBeNull();
      expect(await store.get('k')).toBeNull();
    });

    it('keeps keys independent and forgets deleted ones', async () => {
      const store = new MemorySessionStore();
      await store.compareAndSet('a', 0, 'A', 60);
      await store.compareAndSet('b', 0, 'B', 60);
      await store.delete('a');
      await store.delete('never-there');
      expect(await store.get('a')).toBeNull();
      expect(await store.get('b')).toEqual({ value: 'B', version: 1 });
      expect(await store.compareAndSet('a', 0, 'A2', 60)).toBe(1);
    });

    it('rejects bad arguments with SessionStoreError', async () => {
      const store = new MemorySessionStore();
      await expect(store.compareAndSet('k', -1, 'x', 60)).rejects.toThrow(SessionStoreError);
      await expect(store.compareAndSet('k', 1.5, 'x', 60)).rejects.toThrow(SessionStoreError);
      await expect(store.compareAndSet('k', 0, 'x', 0)).rejects.toThrow(SessionStoreError);
      await expect(store.compareAndSet('k', 0, 'x', Number.NaN)).rejects.toThrow(SessionStoreError);
      expect(() => new MemorySessionStore({ maxEntries: 0 })).toThrow(SessionStoreError);
    });
  });

  describe('TTL', () => {
    it('expires an entry when its TTL has passed and refreshes the TTL on every write', async () => {
      const clock = fakeClock();
      const store = new MemorySessionStore({ now: clock.now });
      await store.compareAndSet('k', 0, 'v1', 10);
      clock.advance(9_999);
      expect(await store.get('k')).toEqual({ value: 'v1', version: 1 });

      await store.compareAndSet('k', 1, 'v2', 10);
      clock.advance(9_999);
      expect(await store.get('k')).toEqual({ value: 'v2', version: 2 });
      clock.advance(1);
      expect(await store.get('k')).toBeNull();
      expect(store.size).toBe(0);
    });

    it('treats an expired entry as absent for compare-and-set', async () => {
      const clock = fakeClock();
      const store = new MemorySessionStore({ now: clock.now });
      await store.compareAndSet('k', 0, 'old', 1);
      clock.advance(1_000);
      expect(await store.compareAndSet('k', 1, 'stale writer', 1)).toBeNull();
      expect(await store.compareAndSet('k', 0, 'fresh', 1)).toBe(1);
    });

    it('sweeps expired entries on writes, a bounded number at a time', async () => {
      const clock = fakeClock();
      const store = new MemorySessionStore({ now: clock.now, sweepBatch: 3 });
      for (let i = 0; i < 5; i++) await store.compareAndSet(`old${i}`, 0, 'x', 1);
      clock.advance(1_000);
      await store.compareAndSet('new0', 0, 'x', 60);
      expect(store.size).toBe(3); // three swept, two expired left, plus the new one
      await store.compareAndSet('new1', 0, 'x', 60);
      expect(store.size).toBe(2);
    });
  });

  describe('size bound', () => {
    it('never holds more than maxEntries, evicting the least recently written', async () => {
      const store = new MemorySessionStore({ maxEntries: 3 });
      await store.compareAndSet('a', 0, 'A', 60);
      await store.compareAndSet('b', 0, 'B', 60);
      await store.compareAndSet('c', 0, 'C', 60);
      await store.compareAndSet('a', 1, 'A2', 60); // 'a' is now the most recently written
      await store.compareAndSet('d', 0, 'D', 60);
      expect(store.size).toBe(3);
      expect(await store.get('b')).toBeNull();
      expect(await store.get('a')).toEqual({ value: 'A2', version: 2 });
      expect(await store.get('c')).toEqual({ value: 'C', version: 1 });
      expect(await store.get('d')).toEqual({ value: 'D', version: 1 });

      for (let i = 0; i < 100; i++) await store.compareAndSet(`k${i}`, 0, 'x', 60);
      expect(store.size).toBe(3);
    });

    it('lets a flood of new conversations push out only other new ones, never one that came back', async () => {
      const store = new MemorySessionStore({ maxEntries: 100 });
      // Someone in the middle of a conversation: created, then answered.
      await store.compareAndSet('active', 0, 'turn 1', 60);
      await store.compareAndSet('active', 1, 'turn 2', 60);
      for (let i = 0; i < 10_000; i++) await store.compareAndSet(`flood-${i}`, 0, 'x', 60);
      expect(store.size).toBe(100);
      expect(await store.get('active')).toEqual({ value: 'turn 2', version: 2 });
      // The newest of the flood are there, the oldest went first.
      expect(await store.get('flood-9999')).not.toBeNull();
      expect(await store.get('flood-0')).toBeNull();
    });

    it('keeps room for new conversations when every entry came back, evicting the idle longest', async () => {
      const store = new MemorySessionStore({ maxEntries: 10 });
      for (let i = 0; i < 10; i++) {
        await store.compareAndSet(`c${i}`, 0, 'x', 60);
        await store.compareAndSet(`c${i}`, 1, 'y', 60);
      }
      expect(store.size).toBe(10);
      await store.compareAndSet('new', 0, 'x', 60);
      expect(store.size).toBe(10);
      expect(await store.get('c0')).toBeNull();
      expect(await store.get('new')).not.toBeNull();
      for (let i = 1; i < 10; i++) expect(await store.get(`c${i}`)).not.toBeNull();
    });

    it('with returningShare 0 is a plain least-recently-written bound', async () => {
      const store = new MemorySessionStore({ maxEntries: 2, returningShare: 0 });
      await store.compareAndSet('a', 0, 'x', 60);
      await store.compareAndSet('a', 1, 'y', 60);
      await store.compareAndSet('b', 0, 'x', 60);
      await store.compareAndSet('c', 0, 'x', 60);
      expect(await store.get('a')).toBeNull();
      expect(() => new MemorySessionStore({ returningShare: 1.5 })).toThrow(SessionStoreError);
    });

    it('prefers dropping expired entries over live ones', async () => {
      const clock = fakeClock();
      const store = new MemorySessionStore({ now: clock.now, maxEntries: 2 });
      await store.compareAndSet('short', 0, 'x', 1);
      await store.compareAndSet('long', 0, 'x', 60);
      clock.advance(1_000);
      await store.compareAndSet('new', 0, 'x', 60);
      expect(await store.get('long')).not.toBeNull();
      expect(await store.get('new')).not.toBeNull();
    });
  });

  it('answers ping while open and rejects every call once closed', async () => {
    const store = new MemorySessionStore();
    await store.compareAndSet('k', 0, 'x', 60);
    await expect(store.ping()).resolves.toBeUndefined();
    await store.close();
    await expect(store.ping()).rejects.toThrow(SessionStoreUnavailableError);
    await expect(store.get('k')).rejects.toMatchObject({
      name: 'SessionStoreUnavailableError',
      context: { operation: 'get' },
    });
    await expect(store.compareAndSet('k', 0, 'x', 60)).rejects.toThrow(SessionStoreUnavailableError);
    await expect(store.delete('k')).rejects.toThrow(SessionStoreUnavailableError);
  });
});
