/**
 * A small JSON syntax checker. JSON.parse does the real parsing; this exists because V8's errors do not always
 * say where the problem is, and because the loader needs the offset where each top-level array element starts
 * so that a bad record can be reported on its own line.
 */

export interface JsonSyntaxProblem {
  /** UTF-16 offset into the text where the problem was seen. */
  readonly offset: number;
  readonly reason: string;
}

const MAX_DEPTH = 512;

class Stop extends Error {
  constructor(readonly problem: JsonSyntaxProblem) {
    super(problem.reason);
  }
}

/** Offsets where each element of the top-level array starts, or the first syntax problem. */
export function scanJsonArray(text: string): { starts: number[] } | { problem: JsonSyntaxProblem } {
  const scanner = new Scanner(text);
  try {
    return { starts: scanner.topLevelArray() };
  } catch (error) {
    if (error instanceof Stop) return { problem: error.problem };
    throw error;
  }
}

/** The first syntax problem in a single JSON text, if any. */
export function findJsonSyntaxProblem(text: string): JsonSyntaxProblem | undefined {
  const scanner = new Scanner(text);
  try {
    scanner.skipSpace();
    scanner.value(0);
    scanner.end();
    return undefined;
  } catch (error) {
    if (error instanceof Stop) return error.problem;
    throw error;
  }
}

/** 1-based line of each offset; `offsets` must be ascending. */
export function linesOfOffsets(text: string, offsets: readonly number[]): number[] {
  const lines: number[] = [];
  let line = 1;
  let from = 0;
  for (const offset of offsets) {
    let newline = text.indexOf('\n', from);
    while (newline !== -1 && newline < offset) {
      line += 1;
      newline = text.indexOf('\n', newline + 1);
    }
    from = Math.max(from, offset);
    lines.push(line);
  }
  return lines;
}

class Scanner {
  private position = 0;

  constructor(private readonly text: string) {}

  topLevelArray(): number[] {
    this.skipSpace();
    if (this.peek() !== 0x5b) this.fail('expected the file to hold a JSON array ("[ ... ]")');
    this.position += 1;
    const starts: number[] = [];
    this.skipSpace();
    if (this.peek() === 0x5d) {
      this.position += 1;
    } else {
      for (;;) {
        this.skipSpace();
        starts.push(this.position);
        this.value(1);
        this.skipSpace();
        const next = this.peek();
        this.position += 1;
        if (next === 0x5d) break;
        if (next !== 0x2c) this.fail("expected ',' or ']' after an array element", this.position - 1);
      }
    }
    this.end();
    return starts;
  }

  end(): void {
    this.skipSpace();
    if (this.position < this.text.length) this.fail('unexpected content after the JSON value');
  }

  skipSpace(): void {
    const text = this.text;
    let p = this.position;
    for (;;) {
      const c = text.charCodeAt(p);
      if (c !== 0x20 && c !== 0x0a && c !== 0x0d && c !== 0x09) break;
      p += 1;
    }
    this.position = p;
  }

  value(depth: number): void {
    if (depth > MAX_DEPTH) this.fail('nested too deeply');
    const c = this.peek();
    if (c === 0x7b) this.object(depth + 1);
    else if (c === 0x5b) this.array(depth + 1);
    else if (c === 0x22) this.string();
    else if (c === 0x2d || (c >= 0x30 && c <= 0x39)) this.number();
    else if (c === 0x74) this.literal('true');
    else if (c === 0x66) this.literal('false');
    else if (c === 0x6e) this.literal('null');
    else this.unexpected();
  }

  private object(depth: number): void {
    this.position += 1;
    this.skipSpace();
    if (this.peek() === 0x7d) {
      this.position += 1;
      return;
    }
    for (;;) {
      this.skipSpace();
      if (this.peek() !== 0x22) this.fail('expected a property name in double quotes');
      this.string();
      this.skipSpace();
      if (this.peek() !== 0x3a) this.fail("expected ':' after a property name");
      this.position += 1;
      this.skipSpace();
      this.value(depth);
      this.skipSpace();
      const next = this.peek();
      if (next === 0x7d) break;
      if (next !== 0x2c) this.fail("expected ',' or '}' after a property value");
      this.position += 1;
    }
    this.position += 1;
  }

  private array(depth: number): void {
    this.position += 1;
    this.skipSpace();
    if (this.peek() === 0x5d) {
      this.position += 1;
      return;
    }
    for (;;) {
      this.skipSpace();
      this.value(depth);
      this.skipSpace();
      const next = this.peek();
      if (next === 0x5d) break;
      if (next !== 0x2c) this.fail("expected ',' or ']' after an array element");
      this.position += 1;
    }
    this.position += 1;
  }

  private string(): void {
    const text = this.text;
    const start = this.position;
    let p = start + 1;
    for (;;) {
      if (p >= text.length) this.fail('unterminated string', start);
      const c = text.charCodeAt(p);
      if (c === 0x22) break;
      if (c < 0x20) this.fail('line break or control character inside a string', p);
      if (c === 0x5c) {
        const e = text.charCodeAt(p + 1);
        if (e === 0x75) {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(p + 2, p + 6))) this.fail('bad \\u escape', p);
          p += 6;
          continue;
        }
        if ('"\\/bfnrt'.indexOf(text.charAt(p + 1)) === -1 || Number.isNaN(e)) this.fail('bad escape', p);
        p += 2;
        continue;
      }
      p += 1;
    }
    this.position = p + 1;
  }

  private number(): void {
    const match = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
    match.lastIndex = this.position;
    const found = match.exec(this.text);
    if (found === null) this.fail('invalid number');
    this.position += found[0].length;
    const next = this.text.charAt(this.position);
    if (/[0-9.eE+-]/.test(next)) this.fail('invalid number');
  }

  private literal(word: string): void {
    if (this.text.startsWith(word, this.position)) this.position += word.length;
    else this.unexpected();
  }

  private unexpected(): never {
    if (this.position >= this.text.length) this.fail('unexpected end of input');
    const character = String.fromCodePoint(this.text.codePointAt(this.position) ?? 0);
    this.fail(`unexpected character ${JSON.stringify(character)}`);
  }

  private peek(): number {
    return this.text.charCodeAt(this.position);
  }

  private fail(reason: string, offset = this.position): never {
    if (offset >= this.text.length && reason.startsWith('expected'))
      reason = `unexpected end of input: ${reason}`;
    throw new Stop({ offset: Math.min(offset, this.text.length), reason });
  }
}
