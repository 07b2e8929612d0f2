import { SoudanError } from '../../errors';

/** The request body is JSON but its fields are wrong. `code` is the API's error code (see DESIGN §4). */
export class InvalidTurnRequestError extends SoudanError {
  readonly code = 'invalid_request';

  constructor(message: string, field: string) {
    super(message, { context: { field } });
  }
}

/** The request is not `Content-Type: application/json`. */
export class UnsupportedMediaTypeError extends SoudanError {
  readonly code = 'unsupported_media_type';
}

/** A token bucket ran dry; the caller may try again after `retryAfterSeconds`. */
export class RateLimitedError extends SoudanError {
  readonly code = 'rate_limited';

  constructor(
    message: string,
    readonly retryAfterSeconds: number,
    scope: 'client' | 'conversation',
  ) {
    super(message, { context: { scope, retryAfterSeconds } });
  }
}
