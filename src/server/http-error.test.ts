import {
  ConversationTokenRequiredError,
  InvalidConversationTokenError,
  InvalidQaTokenError,
  InvalidTurnRequestError,
  RateLimitedError,
} from '../channels/web';
import { SessionConflictError, SessionStoreUnavailableError } from '../session';
import { RequestBodyTimeoutError } from './body-deadline';
import { toHttpError } from './http-error';

describe('toHttpError', () => {
  it('maps our errors to the documented statuses and codes', () => {
    expect(toHttpError(new InvalidTurnRequestError('bad', 'text'))).toEqual({
      status: 400,
      code: 'invalid_request',
      message: 'bad',
    });
    expect(toHttpError(new RateLimitedError('slow down', 7, 'client'))).toEqual({
      status: 429,
      code: 'rate_limited',
      message: 'slow down',
      headers: { 'Retry-After': '7' },
    });
    expect(
      toHttpError(
        new SessionStoreUnavailableError('ECONNREFUSED 10.0.0.1', { context: { operation: 'get' } }),
      ),
    ).toMatchObject({ status: 503, code: 'session_store_unavailable', headers: { 'Retry-After': '2' } });
    expect(toHttpError(new SessionConflictError('x', { context: { attempts: 10 } }))).toMatchObject({
      status: 503,
      code: 'conversation_busy',
    });
    expect(toHttpError(new RequestBodyTimeoutError(10_000))).toEqual({
      status: 408,
      code: 'request_timeout',
      message: 'The request body did not arrive in time',
      headers: { Connection: 'close' },
    });
  });

  it('maps conversation access: 403 for a missing or foreign conversation token, 401 for a wrong QA token', () => {
    expect(toHttpError(new ConversationTokenRequiredError('needs its token'))).toEqual({
      status: 403,
      code: 'conversation_token_required',
      message: 'needs its token',
    });
    expect(toHttpError(new InvalidConversationTokenError('not its token'))).toEqual({
      status: 403,
      code: 'invalid_conversation_token',
      message: 'not its token',
    });
    expect(toHttpError(new InvalidQaTokenError('not the QA token'))).toEqual({
      status: 401,
      code: 'invalid_qa_token',
      message: 'not the QA token',
      headers: { 'WWW-Authenticate': 'Bearer realm="soudan QA", error="invalid_token"' },
    });
  });

  it('maps body-parser errors by type and hides their messages', () => {
    const tooLarge = Object.assign(new Error('request entity too large: 20000 > 16384'), {
      type: 'entity.too.large',
      status: 413,
    });
    expect(toHttpError(tooLarge)).toEqual({
      status: 413,
      code: 'payload_too_large',
      message: 'The body must be at most 16384 bytes',
    });
    const parse = Object.assign(new SyntaxError('Unexpected token } in JSON at position 7'), {
      type: 'entity.parse.failed',
      status: 400,
    });
    expect(toHttpError(parse)).toEqual({
      status: 400,
      code: 'invalid_json',
      message: 'The body is not valid JSON',
    });
  });

  it('turns anything else into a 500 without details', () => {
    expect(toHttpError(new Error('/srv/app/secret.ts exploded'))).toEqual({
      status: 500,
      code: 'internal_error',
      message: 'Something went wrong on our side',
      internal: true,
    });
    expect(toHttpError(Object.assign(new Error('x'), { status: 502 }))).toMatchObject({ status: 500 });
    expect(toHttpError('a string')).toMatchObject({ status: 500 });
  });
});
