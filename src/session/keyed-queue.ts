/**
 * Runs tasks one at a time per key and concurrently across keys. A key's entry is dropped as soon as its last
 * task settles, so idle conversations cost nothing.
 */
export class KeyedQueue {
  private readonly tails = new Map<string, Promise<void>>();

  /** Keys with a task running or waiting. */
  get activeKeys(): number {
    return this.tails.size;
  }

  run<T>(key: string, task: () => Promise<T>): Promise<T> {
    const previous = this.tails.get(key) ?? Promise.resolve();
    const result = previous.then(task);
    // The tail never rejects: one failed turn must not poison the turns queued behind it.
    const tail = result.then(
      () => undefined,
      () => undefined,
    );
    this.tails.set(key, tail);
    void tail.then(() => {
      if (this.tails.get(key) === tail) this.tails.delete(key);
    });
    return result;
  }
}
