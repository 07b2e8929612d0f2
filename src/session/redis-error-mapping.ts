import { SoudanError } from '../errors';
import { SessionStoreError, SessionStoreFullError, SessionStoreUnavailableError } from './session-errors';

/** Server replies that mean "cannot serve right now" rather than "your request is wrong". */
const UNAVAILABLE_REPLY =
  /^(LOADING|BUSY|MASTERDOWN|READONLY|TRYAGAIN|CLUSTERDOWN|OOM|NOAUTH|WRONGPASS|NOPERM)\b/;

/**
 * Maps whatever ioredis threw to our errors. Anything that is not a Redis reply (closed stream, offline queue
 * disabled, "Command timed out", retries exhausted, socket errors) means the store could not be reached.
 */
export function toSessionStoreError(error: unknown, operation: string): SoudanError {
  if (error instanceof SoudanError) return error;
  if (isReplyError(error) && error.message.startsWith('OOM')) {
    return new SessionStoreFullError(`Session store full during ${operation}`, {
      cause: error,
      context: { operation },
    });
  }
  if (
    isReplyError(error) &&
    !UNAVAILABLE_REPLY.test(error.message) &&
    !/max number of clients/i.test(error.message)
  ) {
    return new SessionStoreError(`Redis refused session ${operation}`, {
      cause: error,
      context: { operation },
    });
  }
  return new SessionStoreUnavailableError(`Session store unavailable during ${operation}`, {
    cause: error,
    context: { operation },
  });
}

export function isReplyError(error: unknown): error is Error {
  return error instanceof Error && error.name === 'ReplyError';
}
