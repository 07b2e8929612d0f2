import { CsvLineError, parseCsvLine } from './csv-line';

describe('parseCsvLine', () => {
  it.each([
    ['a,b,c', ['a', 'b', 'c']],
    ['', ['']],
    ['a,,', ['a', '', '']],
    ['"a,b",c', ['a,b', 'c']],
    ['"say ""hi""",x', ['say "hi"', 'x']],
    ['x,""', ['x', '']],
    ['"a",', ['a', '']],
    ['ab"c,d', ['ab"c', 'd']],
  ])('splits %j', (line, fields) => {
    expect(parseCsvLine(line)).toEqual(fields);
  });

  it.each([
    ['a,"b', 'unterminated quoted field', 3],
    ['"a"b,c', 'expected "," after a closing quote', 4],
  ])('rejects %j', (line, reason, column) => {
    expect(() => parseCsvLine(line)).toThrow(new CsvLineError(reason, column));
    try {
      parseCsvLine(line);
    } catch (error) {
      expect(error).toMatchObject({ reason, column });
    }
  });
});
