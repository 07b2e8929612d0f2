import { toSessionStoreError } from './redis-error-mapping';
import { SessionStoreError, SessionStoreFullError, SessionStoreUnavailableError } from './session-errors';

function replyError(message: string): Error {
  const error = new Error(message);
  error.name = 'ReplyError';
  return error;
}

describe('toSessionStoreError', () => {
  it.each([
    new Error("Stream isn't writeable and enableOfflineQueue options is false"),
    new Error('Command timed out'),
    new Error('Connection is closed.'),
    Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:6379'), { code: 'ECONNREFUSED' }),
    replyError('LOADING Redis is loading the dataset in memory'),
    replyError('READONLY You cannot write against a read only replica.'),
    replyError('ERR max number of clients reached'),
    'not even an Error',
  ])('treats %p as the store being unavailable', (cause) => {
    const mapped = toSessionStoreError(cause, 'get');
    expect(mapped).toBeInstanceOf(SessionStoreUnavailableError);
    expect(mapped.cause).toBe(cause);
    expect(mapped.context).toEqual({ operation: 'get' });
  });

  it('tells a full store (OOM) apart, still as an unavailable one', () => {
    for (const message of [
      "OOM command not allowed when used memory > 'maxmemory'.",
      "OOM command not allowed when used memory > 'maxmemory'. script: bd6f30, on @user_script:1.",
    ]) {
      const mapped = toSessionStoreError(replyError(message), 'compareAndSet');
      expect(mapped).toBeInstanceOf(SessionStoreFullError);
      expect(mapped).toBeInstanceOf(SessionStoreUnavailableError);
      expect(mapped.context).toEqual({ operation: 'compareAndSet' });
    }
    expect(toSessionStoreError(new Error('OOM'), 'get')).not.toBeInstanceOf(SessionStoreFullError);
  });

  it('treats other replies as a bad request or bad data', () => {
    const cause = replyError('WRONGTYPE Operation against a key holding the wrong kind of value');
    const mapped = toSessionStoreError(cause, 'compareAndSet');
    expect(mapped).toBeInstanceOf(SessionStoreError);
    expect(mapped).not.toBeInstanceOf(SessionStoreUnavailableError);
    expect(mapped.context).toEqual({ operation: 'compareAndSet' });
  });

  it('passes our own errors through', () => {
    const own = new SessionStoreError('x');
    expect(toSessionStoreError(own, 'get')).toBe(own);
  });
});
