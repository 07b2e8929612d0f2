import {
  ConversationTokenRequiredError,
  InvalidConversationTokenError,
  InvalidQaTokenError,
  InvalidTurnRequestError,
  MAX_BODY_BYTES,
  RateLimitedError,
  UnsupportedMediaTypeError,
} from '../channels/web';
import { SessionConflictError, SessionStoreUnavailableError } from '../session';
import { RequestBodyTimeoutError } from './body-deadline';

/** What a client sees for an error: `{ error: { code, message } }` with this status and these headers. */
export interface HttpError {
  status: number;
  code: string;
  message: string;
  headers?: Record<string, string>;
  /** Our fault, not the client's: log it with its stack. */
  internal?: boolean;
}

const STORE_RETRY_AFTER_SECONDS = 2;
const BUSY_RETRY_AFTER_SECONDS = 1;

/** body-parser's and the router's errors carry a `type` (body-parser) and a `status`. */
const BODY_ERRORS: Record<string, Omit<HttpError, 'status'> & { status: number }> = {
  'entity.parse.failed': { status: 400, code: 'invalid_json', message: 'The body is not valid JSON' },
  'entity.too.large': {
    status: 413,
    code: 'payload_too_large',
    message: `The body must be at most ${MAX_BODY_BYTES} bytes`,
  },
  'charset.unsupported': {
    status: 415,
    code: 'unsupported_media_type',
    message: 'The body must be UTF-8 encoded JSON',
  },
  'encoding.unsupported': {
    status: 415,
    code: 'unsupported_media_type',
    message: 'Content-Encoding is not supported; send the body uncompressed',
  },
  'request.aborted': {
    status: 400,
    code: 'bad_request',
    message: 'The request body was not received completely',
  },
  'request.size.invalid': {
    status: 400,
    code: 'bad_request',
    message: 'The request body does not match its Content-Length',
  },
};

const CODE_BY_STATUS: Record<number, string> = {
  400: 'bad_request',
  404: 'not_found',
  405: 'method_not_allowed',
  408: 'request_timeout',
  413: 'payload_too_large',
  415: 'unsupported_media_type',
};

/** The one place errors become status codes (DESIGN §1: only the HTTP layer does this). */
export function toHttpError(error: unknown): HttpError {
  if (error instanceof InvalidTurnRequestError) {
    return { status: 400, code: error.code, message: error.message };
  }
  if (error instanceof ConversationTokenRequiredError || error instanceof InvalidConversationTokenError) {
    return { status: 403, code: error.code, message: error.message };
  }
  if (error instanceof InvalidQaTokenError) {
    return {
      status: 401,
      code: error.code,
      message: error.message,
      headers: { 'WWW-Authenticate': 'Bearer realm="soudan QA", error="invalid_token"' },
    };
  }
  if (error instanceof UnsupportedMediaTypeError) {
    return { status: 415, code: error.code, message: error.message };
  }
  if (error instanceof RateLimitedError) {
    return {
      status: 429,
      code: error.code,
      message: error.message,
      headers: { 'Retry-After': String(error.retryAfterSeconds) },
    };
  }
  if (error instanceof SessionStoreUnavailableError) {
    return {
      status: 503,
      code: 'session_store_unavailable',
      message: 'The session store is unavailable; retry shortly',
      headers: { 'Retry-After': String(STORE_RETRY_AFTER_SECONDS) },
    };
  }
  if (error instanceof SessionConflictError) {
    return {
      status: 503,
      code: 'conversation_busy',
      message: 'Too many simultaneous turns for this conversation; retry shortly',
      headers: { 'Retry-After': String(BUSY_RETRY_AFTER_SECONDS) },
    };
  }
  if (error instanceof RequestBodyTimeoutError) {
    return {
      status: 408,
      code: 'request_timeout',
      message: 'The request body did not arrive in time',
      headers: { Connection: 'close' },
    };
  }
  const type = (error as { type?: unknown } | null)?.type;
  if (typeof type === 'string' && Object.hasOwn(BODY_ERRORS, type)) return { ...BODY_ERRORS[type]! };
  const status = clientStatus(error);
  if (status !== null) {
    return {
      status,
      code: CODE_BY_STATUS[status] ?? 'bad_request',
      message: 'The request could not be processed',
    };
  }
  return { status: 500, code: 'internal_error', message: 'Something went wrong on our side', internal: true };
}

/** A 4xx status an Express-internal error carries (e.g. a malformed %-escape in the path), else null. */
function clientStatus(error: unknown): number | null {
  if (error === null || typeof error !== 'object') return null;
  const { status, statusCode } = error as { status?: unknown; statusCode?: unknown };
  const value = typeof status === 'number' ? status : statusCode;
  return typeof value === 'number' && value >= 400 && value < 500 ? value : null;
}
