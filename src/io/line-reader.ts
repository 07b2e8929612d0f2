import { createReadStream } from 'node:fs';
import { TextDecoder } from 'node:util';
import { ImportError, messageOf } from '../catalog/import-error';

export interface Line {
  /** The line without its line break, a trailing `\r` or (on line 1) a byte-order mark. */
  readonly text: string;
  /** 1-based. */
  readonly lineNumber: number;
  /** False only for a last line that ends without a line break: callers may treat it as truncated. */
  readonly terminated: boolean;
}

export interface ReadLinesOptions {
  /** Read-chunk size in bytes (tests use tiny ones to split characters across chunks). */
  readonly highWaterMark?: number;
  /** Sees every raw chunk in file order, e.g. to hash the file while it streams by. */
  readonly onChunk?: (chunk: Buffer) => void;
  /** A longer line is rejected rather than buffered without bound. */
  readonly maxLineBytes?: number;
}

const NEWLINE = 0x0a;
const DEFAULT_CHUNK = 256 * 1024;
const DEFAULT_MAX_LINE = 64 * 1024 * 1024;

/**
 * Streams a UTF-8 text file line by line. Bytes are split at `\n` before decoding, and since 0x0a never occurs
 * inside a multi-byte UTF-8 sequence, each decoded block holds whole characters: a character split across read
 * chunks is carried over with the rest of its line. Decoding is fatal, so broken UTF-8 becomes an ImportError
 * naming its line; so does a file that cannot be read.
 */
export async function* readLines(path: string, options: ReadLinesOptions = {}): AsyncGenerator<Line> {
  const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
  const maxLineBytes = options.maxLineBytes ?? DEFAULT_MAX_LINE;
  let carry: Buffer[] = [];
  let carryBytes = 0;
  let lineNumber = 0;

  const stream = createReadStream(path, { highWaterMark: options.highWaterMark ?? DEFAULT_CHUNK });
  try {
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      options.onChunk?.(chunk);
      const lastNewline = chunk.lastIndexOf(NEWLINE);
      if (lastNewline === -1) {
        carry.push(chunk);
        carryBytes += chunk.length;
        if (carryBytes > maxLineBytes) {
          throw new ImportError(`line longer than ${maxLineBytes} bytes`, {
            file: path,
            line: lineNumber + 1,
          });
        }
        continue;
      }
      const head = chunk.subarray(0, lastNewline + 1);
      const block = carry.length === 0 ? head : Buffer.concat([...carry, head]);
      const rest = chunk.subarray(lastNewline + 1);
      carry = rest.length === 0 ? [] : [rest];
      carryBytes = rest.length;

      const text = decodeBlock(decoder, block, path, lineNumber, true);
      let start = 0;
      while (start < text.length) {
        const newline = text.indexOf('\n', start);
        lineNumber += 1;
        yield { text: lineText(text, start, newline, lineNumber), lineNumber, terminated: true };
        start = newline + 1;
      }
    }
    if (carry.length > 0) {
      const text = decodeBlock(decoder, Buffer.concat(carry), path, lineNumber, false);
      lineNumber += 1;
      yield { text: lineText(text, 0, text.length, lineNumber), lineNumber, terminated: false };
    }
  } catch (error) {
    if (!isSystemError(error)) throw error;
    throw new ImportError(`cannot read file: ${messageOf(error)}`, { file: path }, { cause: error });
  } finally {
    stream.destroy();
  }
}

/** ENOENT, EISDIR, EACCES and the like, as opposed to our own errors. */
function isSystemError(error: unknown): boolean {
  return typeof error === 'object' && error !== null && 'code' in error && typeof error.code === 'string';
}

/** Blank or whitespace-only lines are skipped by every line-based reader. */
export function isBlank(text: string): boolean {
  const first = text.charCodeAt(0);
  // Records start with a non-space character: answer those without trimming.
  if (first > 0x20 && first !== 0xa0 && first !== 0x3000 && first !== 0xfeff) return false;
  return text.trim().length === 0;
}

function lineText(text: string, start: number, end: number, lineNumber: number): string {
  if (end > start && text.charCodeAt(end - 1) === 0x0d) end -= 1;
  if (lineNumber === 1 && text.charCodeAt(start) === 0xfeff) start += 1;
  return text.slice(start, end);
}

/**
 * Decodes whole lines; on failure finds the first bad line (rare, so the slow search is fine). Blocks end at a
 * line break, so stream mode never holds bytes back; it is used because Node 20 decodes Japanese text faster in
 * it. The last block is decoded without it so that a character cut off at the end of the file is an error.
 */
function decodeBlock(
  decoder: TextDecoder,
  block: Uint8Array,
  file: string,
  linesBefore: number,
  stream: boolean,
): string {
  try {
    return decoder.decode(block, { stream });
  } catch {
    throw locateBadUtf8(block, file, linesBefore + 1);
  }
}

/**
 * Finds the first line of `bytes` (which starts at line `firstLine`) that is not valid UTF-8 and returns the
 * error to throw for it.
 */
export function locateBadUtf8(bytes: Uint8Array, file: string, firstLine: number): ImportError {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let line = firstLine;
  let start = 0;
  while (start <= buffer.length) {
    let end = buffer.indexOf(NEWLINE, start);
    if (end === -1) end = buffer.length;
    const bad = firstBadByte(buffer.subarray(start, end));
    if (bad !== undefined) {
      return new ImportError(`invalid UTF-8 at byte ${bad} of the line`, { file, line });
    }
    line += 1;
    start = end + 1;
  }
  return new ImportError('invalid UTF-8', { file, line: firstLine });
}

/** 1-based position where a fatal decoder first fails on `bytes`, or undefined when they decode fine. */
function firstBadByte(bytes: Uint8Array): number | undefined {
  const whole = new TextDecoder('utf-8', { fatal: true });
  try {
    whole.decode(bytes);
    return undefined;
  } catch {
    // Prefixes decoded in stream mode fail exactly from the first bad byte on: binary search for it.
    let low = 1;
    let high = bytes.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (decodes(bytes.subarray(0, middle))) low = middle + 1;
      else high = middle;
    }
    return low;
  }
}

function decodes(prefix: Uint8Array): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(prefix, { stream: true });
    return true;
  } catch {
    return false;
  }
}
