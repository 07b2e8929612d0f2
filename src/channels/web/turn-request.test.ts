import { parseTurnRequest } from './turn-request';
import { InvalidTurnRequestError } from './web-errors';

function failure(body: unknown): { message: string; field: unknown } {
  try {
    parseTurnRequest(body);
  } catch (error) {
    expect(error).toBeInstanceOf(InvalidTurnRequestError);
    return { message: (error as Error).message, field: (error as InvalidTurnRequestError).context.field };
  }
  throw new Error('expected InvalidTurnRequestError');
}

describe('parseTurnRequest', () => {
  it('turns the three request forms into TurnInputs', () => {
    expect(parseTurnRequest({ conversationId: 'qa-001', event: 'start' })).toEqual({
      conversationId: 'qa-001',
      conversationToken: null,
      input: { kind: 'start' },
    });
    expect(parseTurnRequest({ conversationId: 'a.b:c_d-e', text: ' はい ', locale: 'en' })).toEqual({
      conversationId: 'a.b:c_d-e',
      conversationToken: null,
      input: { kind: 'text', text: 'はい', locale: 'en' },
    });
    expect(
      parseTurnRequest({ conversationId: 'x', conversationToken: 'T_k-1', postback: ' raw value ' }),
    ).toEqual({
      conversationId: 'x',
      conversationToken: 'T_k-1',
      input: { kind: 'postback', value: ' raw value ' },
    });
  });

  it('leaves conversationId and conversationToken out when a new conversation is asked for', () => {
    expect(parseTurnRequest({ event: 'start' })).toEqual({
      conversationId: null,
      conversationToken: null,
      input: { kind: 'start' },
    });
    expect(parseTurnRequest({ text: 'はい' })).toMatchObject({ conversationId: null });
  });

  it('names the field that is wrong', () => {
    expect(failure({ conversationId: '', event: 'start' })).toEqual({
      message: '"conversationId" must be a string of 1 to 128 characters from A-Z a-z 0-9 _ . : -',
      field: 'conversationId',
    });
    expect(failure({ conversationId: 'a', conversationToken: 'a b', event: 'start' }).field).toBe(
      'conversationToken',
    );
    expect(failure({ conversationToken: 7, event: 'start' }).field).toBe('conversationToken');
    expect(failure({ conversationId: 'a', text: 'x', postback: 'y' })).toEqual({
      message: 'Exactly one of "event", "text" or "postback" is required, got text and postback',
      field: 'text,postback',
    });
    expect(failure({ conversationId: 'a' }).message).toBe(
      'Exactly one of "event", "text" or "postback" is required, got none',
    );
    expect(failure({ conversationId: 'a', event: 'start', locale: 'de' }).field).toBe('locale');
    expect(failure({ conversationId: 'a', postback: 'p'.repeat(301) }).field).toBe('postback');
    expect(failure([]).field).toBe('(body)');
  });

  it('reads own fields only', () => {
    const body = Object.create({ conversationId: 'inherited', event: 'start' }) as object;
    expect(failure(body).field).toBe('event');
  });
});
