import { parseAnswer } from './parse-answer';
import { ENGLISH_ROWS } from './testing/answer-table-en';
import { HARD_ROWS } from './testing/answer-table-hard';
import { BLIND_ROWS } from './testing/answer-table-blind';
import { MORE_ROWS } from './testing/answer-table-more';
import { LEXICON_ROWS, type AnswerRow } from './testing/answer-table-lexicon';
import { TRAP_ROWS } from './testing/answer-table-traps';

const ALL_ROWS: readonly AnswerRow[] = [
  ...LEXICON_ROWS,
  ...TRAP_ROWS,
  ...HARD_ROWS,
  ...MORE_ROWS,
  ...BLIND_ROWS,
  ...ENGLISH_ROWS,
];

function describeContext(row: AnswerRow): string {
  const [, context] = row;
  return context.afterOffer === true ? `${context.locale}, after an offer` : context.locale;
}

describe('parseAnswer: labelled table', () => {
  it('has enough rows, with English ones', () => {
    expect(ALL_ROWS.length).toBeGreaterThanOrEqual(220);
    expect(ALL_ROWS.filter(([, c]) => c.locale === 'en').length).toBeGreaterThanOrEqual(20);
  });

  it('reads at least 97% of the table right, and lists what it misreads', () => {
    const wrong = ALL_ROWS.map((row) => ({ row, got: parseAnswer(row[0], row[1]) })).filter(
      ({ row, got }) => got !== row[2],
    );
    const accuracy = 1 - wrong.length / ALL_ROWS.length;
    const lines = wrong.map(
      ({ row, got }) => `  「${row[0]}」 (${describeContext(row)}): expected ${row[2]}, got ${got}`,
    );
    console.log(
      `parseAnswer accuracy ${(accuracy * 100).toFixed(1)}% over ${ALL_ROWS.length} rows` +
        (lines.length > 0 ? `; misread:\n${lines.join('\n')}` : '; nothing misread'),
    );
    expect(accuracy).toBeGreaterThanOrEqual(0.97);
  });
});

describe('parseAnswer: traps', () => {
  it.each(TRAP_ROWS.map((row) => [row[0], describeContext(row), row[2], row] as const))(
    '「%s」 (%s) -> %s',
    (_text, _context, expected, row) => {
      expect(parseAnswer(row[0], row[1])).toBe(expected);
    },
  );
});

describe('parseAnswer: edges', () => {
  it('treats 「やっぱり」 alone as no answer (it is the undo command) but reads 「やっぱりいいえ」', () => {
    expect(parseAnswer('やっぱり', { locale: 'ja' })).toBeNull();
    expect(parseAnswer('やっぱりいいえ', { locale: 'ja' })).toBe('no');
  });

  it('reads only the start of a very long reply', () => {
    const long = 'はい' + 'あ'.repeat(10_000) + 'いいえ';
    expect(parseAnswer(long, { locale: 'ja' })).toBe('yes');
  });
});
