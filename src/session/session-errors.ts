import { SoudanError } from '../errors';

type ErrorOptions = { cause?: unknown; context?: Record<string, unknown> };

/** The store could not be reached or did not answer in time. Transient: the caller should ask the user to retry. */
export class SessionStoreUnavailableError extends SoudanError {
  constructor(message: string, options: ErrorOptions & { context: { operation: string } }) {
    super(message, options);
  }
}

/**
 * The store answers but refuses writes for want of memory (Redis at `maxmemory` with `noeviction`: `OOM …`).
 * Transient like any unavailability (the user is asked to retry); readiness reports it as its own state.
 */
export class SessionStoreFullError extends SessionStoreUnavailableError {}

/** The store answered, but the request or the stored data was wrong (bad argument, malformed entry). */
export class SessionStoreError extends SoudanError {
  constructor(message: string, options: ErrorOptions = {}) {
    super(message, options);
  }
}

/** A turn kept losing the compare-and-set race to other writers and gave up. */
export class SessionConflictError extends SoudanError {
  constructor(message: string, options: ErrorOptions & { context: { attempts: number } }) {
    super(message, options);
  }
}

/** A namespace part of a session key (env or channel) is not a plain identifier, or an id is unusable. */
export class InvalidSessionKeyError extends SoudanError {
  constructor(message: string, options: ErrorOptions = {}) {
    super(message, options);
  }
}
