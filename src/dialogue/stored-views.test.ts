import { answerId, answerKind, answerLevel, encodeAnswer, isRefused, isStated, isWanted } from './answers';
import { decodeQuestion, encodeQuestion, questionIs } from './question';
import type { AnswerTuple, OpenTuple, UndoMark } from './state';
import { decodeUndoMark, encodeUndoMark } from './undo-mark';

describe('the open question', () => {
  const stored: readonly OpenTuple[] = [
    ['a'],
    ['w'],
    [
      'p',
      '府中',
      [
        ['東京都', '府中市'],
        ['広島県', '府中市'],
      ],
    ],
    ['t', 'cafe'],
    ['c', 'daily-pay'],
    ['r'],
    ['o'],
  ];

  it('decodes each stored form into its named kind and encodes back to the same JSON', () => {
    const kinds = stored.map((open) => decodeQuestion(open)?.kind);
    expect(kinds).toEqual(['area', 'work', 'place', 'jobType', 'condition', 'results', 'startOver']);
    for (const open of stored)
      expect(JSON.stringify(encodeQuestion(decodeQuestion(open)))).toBe(JSON.stringify(open));
    expect(decodeQuestion(null)).toBeNull();
    expect(encodeQuestion(null)).toBeNull();
  });

  it('names the subject and the places', () => {
    expect(decodeQuestion(['c', 'daily-pay'])).toEqual({ kind: 'condition', id: 'daily-pay' });
    expect(decodeQuestion(['p', '府中', [['東京都', '府中市']]])).toEqual({
      kind: 'place',
      surface: '府中',
      places: [['東京都', '府中市']],
    });
  });

  it('tells whether an open question is of some kinds', () => {
    expect(questionIs({ kind: 'results' }, 'results', 'startOver')).toBe(true);
    expect(questionIs({ kind: 'area' }, 'results')).toBe(false);
    expect(questionIs(null, 'results')).toBe(false);
  });
});

describe('an undo mark', () => {
  it('decodes into named fields and encodes back to the same JSON', () => {
    const mark: UndoMark = [2, 1, 3, ['東京都', '渋谷区'], ['t', 'cafe'], ['L000001', 'L000002'], 1];
    expect(decodeUndoMark(mark)).toEqual({
      answers: 2,
      rejected: 1,
      asked: 3,
      area: ['東京都', '渋谷区'],
      question: { kind: 'jobType', id: 'cafe' },
      shown: ['L000001', 'L000002'],
      page: 1,
    });
    expect(JSON.stringify(encodeUndoMark(decodeUndoMark(mark)))).toBe(JSON.stringify(mark));
    const empty: UndoMark = [0, 0, 0, null, null, [], 0];
    expect(JSON.stringify(encodeUndoMark(decodeUndoMark(empty)))).toBe(JSON.stringify(empty));
  });
});

describe('an answer', () => {
  it('is read by name', () => {
    const stated: AnswerTuple = ['t', 'cafe', 0, 1];
    const asked: AnswerTuple = ['c', 'daily-pay', 3];
    expect([answerKind(stated), answerId(stated), answerLevel(stated), isStated(stated)]).toEqual([
      'jobType',
      'cafe',
      'yes',
      true,
    ]);
    expect([answerKind(asked), answerId(asked), answerLevel(asked), isStated(asked)]).toEqual([
      'condition',
      'daily-pay',
      'probablyNo',
      false,
    ]);
  });

  it('is wanted on a yes or probably yes, refused on a no or probably no, neither on a dontKnow', () => {
    const levels = [0, 1, 2, 3, 4] as const;
    expect(levels.map((level) => isWanted(['c', 'x', level]))).toEqual([true, true, false, false, false]);
    expect(levels.map((level) => isRefused(['c', 'x', level]))).toEqual([false, false, false, true, true]);
  });

  it('is written in the stored form', () => {
    expect(encodeAnswer('t', 'cafe', 'yes', true)).toEqual(['t', 'cafe', 0, 1]);
    expect(encodeAnswer('c', 'daily-pay', 'dontKnow', false)).toEqual(['c', 'daily-pay', 2]);
  });
});
