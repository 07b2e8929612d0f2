import { findJsonSyntaxProblem, linesOfOffsets, scanJsonArray } from './json-scan';

describe('scanJsonArray', () => {
  it('finds where each top-level element starts, skipping brackets inside strings', () => {
    const text = '[\n {"a": "]}[,"},\n  [1, 2],\n\n  "x\\"]",\n  -1.5e3, true, null\n]';
    const scanned = scanJsonArray(text);
    if (!('starts' in scanned)) throw new Error(scanned.problem.reason);
    expect(scanned.starts.map((start) => text.slice(start, start + 3))).toEqual([
      '{"a',
      '[1,',
      '"x\\',
      '-1.',
      'tru',
      'nul',
    ]);
    expect(linesOfOffsets(text, scanned.starts)).toEqual([2, 3, 5, 6, 6, 6]);
  });

  it('accepts an empty array and surrounding white space', () => {
    expect(scanJsonArray(' \n[ ]\n')).toEqual({ starts: [] });
  });

  it.each([
    ['[1,]', 3, 'unexpected character "]"'],
    ['[1 2]', 3, "expected ',' or ']' after an array element"],
    ['[{"a" 1}]', 6, "expected ':' after a property name"],
    ['[{"a":1,}]', 8, 'expected a property name in double quotes'],
    ['["a\nb"]', 3, 'line break or control character inside a string'],
    ['["abc', 1, 'unterminated string'],
    ['[01]', 2, 'invalid number'],
    ['[1.]', 2, 'invalid number'],
    ['["\\x"]', 2, 'bad escape'],
    ['[tru]', 1, 'unexpected character "t"'],
    ['[1] x', 4, 'unexpected content after the JSON value'],
    ['', 0, 'expected the file to hold a JSON array ("[ ... ]")'],
  ])('reports %j at offset %d', (text, offset, reason) => {
    const scanned = scanJsonArray(text);
    expect('problem' in scanned && scanned.problem.offset).toBe(offset);
    expect('problem' in scanned && scanned.problem.reason).toContain(reason);
  });

  it('agrees with JSON.parse on what is valid', () => {
    for (const text of ['{"a":[1,{"b":"c"}]}', '"\\u00e9"', '-0.5E+2', '{"a":1', '[1,2', '{"a":"\\u12"}']) {
      const parses = (() => {
        try {
          JSON.parse(text);
          return true;
        } catch {
          return false;
        }
      })();
      expect(findJsonSyntaxProblem(text) === undefined).toBe(parses);
    }
  });
});
