import type { ConnectionOptions } from 'node:tls';
import { Redis, type RedisOptions } from 'ioredis';
import { SessionStoreError } from './session-errors';

export interface RedisClientLogEntry {
  level: 'warn' | 'info';
  message: string;
  error?: Error;
  /** Connection errors swallowed by the rate limit since the previous entry. */
  suppressed: number;
}

export type RedisClientLogger = (entry: RedisClientLogEntry) => void;

export interface RedisClientOptions {
  /** Where connection errors go, at most one per errorLogIntervalMs. Default: console.warn. */
  log?: RedisClientLogger;
  errorLogIntervalMs?: number;
  /** Defaults 3000 / 1500 / 2000 ms. */
  connectTimeoutMs?: number;
  commandTimeoutMs?: number;
  maxBackoffMs?: number;
  now?: () => number;
  /** TLS settings for rediss:// URLs, e.g. `{ ca }` for a managed Redis with a private CA. Unused for redis://. */
  tls?: ConnectionOptions;
}

/**
 * The one Redis client a process shares. It fails fast instead of queueing while disconnected (callers turn that
 * into a polite "please try again"), never re-sends a command after a disconnect (a compare-and-set whose outcome
 * is unknown must not run twice), and keeps reconnecting forever, so it heals when Redis comes back.
 */
export function createRedisClient(url: string, options: RedisClientOptions = {}): Redis {
  const protocol = redisUrlProtocol(url);
  const maxBackoffMs = options.maxBackoffMs ?? 2000;
  const redisOptions: RedisOptions = {
    connectTimeout: options.connectTimeoutMs ?? 3000,
    commandTimeout: options.commandTimeoutMs ?? 1500,
    enableOfflineQueue: false,
    maxRetriesPerRequest: 0,
    autoResendUnfulfilledCommands: false,
    retryStrategy: (attempt) => reconnectDelay(attempt, maxBackoffMs),
    keepAlive: 10_000,
    // disconnect() on an already-dead socket otherwise holds the process for ioredis's default 2 s at shutdown.
    disconnectTimeout: 500,
    connectionName: 'soudan',
    // Explicit, because ioredis itself only recognises a lower-case "rediss://" prefix.
    ...(protocol === 'rediss:' ? { tls: options.tls ?? {} } : {}),
  };
  const client = new Redis(url, redisOptions);
  const limiter = new ErrorLogLimiter(
    options.log ?? defaultLog,
    options.errorLogIntervalMs ?? 30_000,
    options.now ?? Date.now,
  );
  // Without an 'error' listener a connection error would be an unhandled 'error' event.
  client.on('error', (error: Error) => limiter.error(error));
  client.on('ready', () => limiter.recovered());
  return client;
}

/** Exponential from 50 ms, capped; always a number so ioredis never stops reconnecting. */
export function reconnectDelay(attempt: number, maxBackoffMs: number): number {
  return Math.min(maxBackoffMs, 50 * 2 ** Math.min(Math.max(attempt - 1, 0), 16));
}

function redisUrlProtocol(url: string): 'redis:' | 'rediss:' {
  let protocol: string;
  try {
    protocol = new URL(url).protocol;
  } catch {
    // No cause attached: URL errors echo the input, and the input may hold a password.
    throw new SessionStoreError('REDIS_URL is not a valid URL');
  }
  if (protocol !== 'redis:' && protocol !== 'rediss:') {
    throw new SessionStoreError('REDIS_URL must start with redis:// or rediss://', { context: { protocol } });
  }
  return protocol;
}

/** Logs the first connection error, then at most one per interval with a count of the rest; notes recovery. */
export class ErrorLogLimiter {
  private lastLoggedAt = Number.NEGATIVE_INFINITY;
  private suppressed = 0;
  private failing = false;

  constructor(
    private readonly log: RedisClientLogger,
    private readonly intervalMs: number,
    private readonly now: () => number,
  ) {}

  error(error: Error): void {
    this.failing = true;
    const at = this.now();
    if (at - this.lastLoggedAt < this.intervalMs) {
      this.suppressed++;
      return;
    }
    this.lastLoggedAt = at;
    this.emit({ level: 'warn', message: 'Redis connection error', error, suppressed: this.suppressed });
  }

  recovered(): void {
    if (!this.failing) return;
    this.failing = false;
    this.emit({ level: 'info', message: 'Redis connection ready again', suppressed: this.suppressed });
    this.lastLoggedAt = Number.NEGATIVE_INFINITY;
  }

  private emit(entry: RedisClientLogEntry): void {
    this.suppressed = 0;
    try {
      this.log(entry);
    } catch {
      // A broken logger must not turn a Redis outage into a crash.
    }
  }
}

function defaultLog(entry: RedisClientLogEntry): void {
  const detail = entry.error ? `: ${entry.error.message}` : '';
  const more = entry.suppressed > 0 ? ` (${entry.suppressed} more not shown)` : '';
  console.warn(`[session] ${entry.message}${detail}${more}`);
}
