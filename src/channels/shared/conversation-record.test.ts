import { decodeRecord, encodeRecord } from './conversation-record';

describe('conversation record', () => {
  it('round-trips the turn counter and the dialogue state', () => {
    const stored = encodeRecord({ turn: 3, dialogue: { v: 1, q: ['t', 'cafe'] } });
    expect(decodeRecord(stored)).toEqual({ turn: 3, dialogue: { v: 1, q: ['t', 'cafe'] } });
  });

  it('reads anything else as no conversation', () => {
    for (const stored of [
      '',
      '{',
      'null',
      '[]',
      '{"turn":1}',
      '{"f":2,"turn":1}',
      '{"f":1,"turn":-1}',
      '{"f":1,"turn":1.5}',
    ]) {
      expect(decodeRecord(stored)).toBeNull();
    }
    expect(decodeRecord(null)).toBeNull();
  });
});
