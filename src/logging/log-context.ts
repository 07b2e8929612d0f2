import { AsyncLocalStorage } from 'node:async_hooks';
import type { LogFields } from './logger';

/**
 * Fields every log line written while handling one request carries (the trace), without handing a logger
 * through every call. Express keeps the async context through its body parsers (checked in request-log.test.ts).
 */
const storage = new AsyncLocalStorage<LogFields>();

export function withLogContext<T>(fields: LogFields, run: () => T): T {
  return storage.run(fields, run);
}

export function currentLogContext(): LogFields | undefined {
  return storage.getStore();
}
