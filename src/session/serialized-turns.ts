import { KeyedQueue } from './keyed-queue';
import { SessionConflictError } from './session-errors';
import type { SessionStore } from './session-store';

interface TurnOutcome<T> {
  /** Serialized state to store. */
  next: string;
  /** What the turn hands back to its caller (e.g. the reply). */
  result: T;
}

/**
 * Computes the next state from the current one (null = no session yet). It may run more than once for one turn
 * when another writer got in first, so it must have no side effects: send replies after runSerialized returns.
 */
export type TurnApply<T> = (current: string | null) => TurnOutcome<T> | Promise<TurnOutcome<T>>;

export interface RunSerializedOptions {
  /** Read-apply-write attempts before SessionConflictError. Default 10. */
  maxAttempts?: number;
  /** Backoff after the first conflict; doubles per conflict up to maxDelayMs. Defaults 5 and 200. */
  baseDelayMs?: number;
  maxDelayMs?: number;
  /** Source of jitter in [0, 1). Default Math.random. */
  random?: () => number;
  sleep?: (ms: number) => Promise<void>;
  /** Called after each lost compare-and-set (for metrics). */
  onConflict?: (attempt: number) => void;
}

// One queue per store instance: a store instance stands for one process's view of the sessions.
const queues = new WeakMap<SessionStore, KeyedQueue>();

function queueFor(store: SessionStore): KeyedQueue {
  let queue = queues.get(store);
  if (queue === undefined) {
    queue = new KeyedQueue();
    queues.set(store, queue);
  }
  return queue;
}

const defaultSleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Runs one turn against the stored state: read, apply, compare-and-set; on a lost race re-read and re-apply.
 * Turns for one key in this process queue behind each other; writers elsewhere are handled by the version check.
 * Store errors (e.g. SessionStoreUnavailableError) propagate at once: a write whose outcome is unknown must not
 * be retried, or the turn could apply twice.
 */
export function runSerialized<T>(
  store: SessionStore,
  key: string,
  ttlSeconds: number,
  apply: TurnApply<T>,
  options: RunSerializedOptions = {},
): Promise<T> {
  return queueFor(store).run(key, () => applyWithRetries(store, key, ttlSeconds, apply, options));
}

async function applyWithRetries<T>(
  store: SessionStore,
  key: string,
  ttlSeconds: number,
  apply: TurnApply<T>,
  options: RunSerializedOptions,
): Promise<T> {
  const maxAttempts = options.maxAttempts ?? 10;
  const baseDelayMs = options.baseDelayMs ?? 5;
  const maxDelayMs = options.maxDelayMs ?? 200;
  const random = options.random ?? Math.random;
  const sleep = options.sleep ?? defaultSleep;

  for (let attempt = 1; ; attempt++) {
    const stored = await store.get(key);
    const { next, result } = await apply(stored?.value ?? null);
    const version = await store.compareAndSet(key, stored?.version ?? 0, next, ttlSeconds);
    if (version !== null) return result;

    options.onConflict?.(attempt);
    if (attempt >= maxAttempts) {
      throw new SessionConflictError(`Session write kept conflicting after ${attempt} attempts`, {
        context: { attempts: attempt },
      });
    }
    // Half fixed, half jitter: the loser waits long enough for the winner to move on, and two losers spread out.
    const ceiling = Math.min(maxDelayMs, baseDelayMs * 2 ** (attempt - 1));
    await sleep(ceiling / 2 + random() * (ceiling / 2));
  }
}
