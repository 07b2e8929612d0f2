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

/** What a bucket is kept for: requests per client address, turns per conversation, new conversations per client. */
export type RateLimitScope = 'client' | 'conversation' | 'newConversation';

/** A token bucket ran dry; the caller may try again after `retryAfterSeconds`. */
export class RateLimitedError extends SoudanError {
  readonly code = 'rate_limited';

  constructor(
    message: string,
    readonly retryAfterSeconds: number,
    scope: RateLimitScope,
  ) {
    super(message, { context: { scope, retryAfterSeconds } });
  }
}

/**
 * A conversationId came without its conversationToken (and without the QA token): the id is someone else's, an
 * old page's, or guessed. The service issues ids; a client may not pick one.
 */
export class ConversationTokenRequiredError extends SoudanError {
  readonly code = 'conversation_token_required';
}

/** The conversationToken is not the one the service issued for that conversationId. */
export class InvalidConversationTokenError extends SoudanError {
  readonly code = 'invalid_conversation_token';
}

/** `Authorization: Bearer …` that is not WEB_QA_TOKEN, or WEB_QA_TOKEN is not set. */
export class InvalidQaTokenError extends SoudanError {
  readonly code = 'invalid_qa_token';
}
