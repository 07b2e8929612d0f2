import { TextDecoder } from 'node:util';
import { locateBadUtf8, type Line } from '../io';
import { ImportError } from './import-error';
import { findJsonSyntaxProblem, linesOfOffsets, scanJsonArray } from './json-scan';

/** The elements of a JSON-array file together with the line where each one starts. */
export interface JsonArrayElements {
  readonly values: readonly unknown[];
  readonly lines: readonly number[];
}

/** Decodes (strict UTF-8, optional BOM) and parses a file holding one JSON array. */
export function parseJsonArrayFile(bytes: Uint8Array, file: string): JsonArrayElements {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw locateBadUtf8(bytes, file, 1);
  }
  const scanned = scanJsonArray(text);
  if ('problem' in scanned) {
    const [line] = linesOfOffsets(text, [scanned.problem.offset]);
    throw new ImportError(`invalid JSON: ${scanned.problem.reason}`, { file, line });
  }
  const values = JSON.parse(text) as unknown[];
  return { values, lines: linesOfOffsets(text, scanned.starts) };
}

/** Parses one JSON Lines record; a syntax error names the column, and an unterminated last line is "truncated". */
export function parseJsonLine(line: Line, file: string): unknown {
  try {
    return JSON.parse(line.text);
  } catch {
    const problem = findJsonSyntaxProblem(line.text);
    const detail =
      problem === undefined
        ? 'invalid JSON'
        : `invalid JSON at column ${problem.offset + 1}: ${problem.reason}`;
    const reason = line.terminated ? detail : `truncated last line (no line break at the end): ${detail}`;
    throw new ImportError(reason, { file, line: line.lineNumber });
  }
}
