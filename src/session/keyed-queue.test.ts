import { KeyedQueue } from './keyed-queue';

function deferred(): { promise: Promise<void>; resolve: () => void } {
  let resolve!: () => void;
  const promise = new Promise<void>((r) => (resolve = r));
  return { promise, resolve };
}

describe('KeyedQueue', () => {
  it('runs tasks of one key one at a time, in arrival order', async () => {
    const queue = new KeyedQueue();
    const log: string[] = [];
    const gate = deferred();
    const first = queue.run('k', async () => {
      log.push('first:start');
      await gate.promise;
      log.push('first:end');
      return 1;
    });
    const second = queue.run('k', async () => {
      log.push('second');
      return 2;
    });
    await new Promise((r) => setImmediate(r));
    expect(log).toEqual(['first:start']);
    gate.resolve();
    expect(await Promise.all([first, second])).toEqual([1, 2]);
    expect(log).toEqual(['first:start', 'first:end', 'second']);
  });

  it('runs different keys concurrently', async () => {
    const queue = new KeyedQueue();
    const gate = deferred();
    const blocked = queue.run('a', () => gate.promise.then(() => 'a'));
    expect(await queue.run('b', async () => 'b')).toBe('b');
    gate.resolve();
    expect(await blocked).toBe('a');
  });

  it('keeps going after a failed task and forgets idle keys', async () => {
    const queue = new KeyedQueue();
    const failed = queue.run('k', async () => {
      throw new Error('boom');
    });
    const next = queue.run('k', async () => 'still runs');
    await expect(failed).rejects.toThrow('boom');
    expect(await next).toBe('still runs');
    await new Promise((r) => setImmediate(r));
    expect(queue.activeKeys).toBe(0);
  });
});
