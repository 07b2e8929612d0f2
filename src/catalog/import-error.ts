import { SoudanError } from '../errors';

export interface ImportErrorLocation {
  /** The file as the caller named it (relative or absolute). */
  readonly file: string;
  /** 1-based line; absent when the problem is the file as a whole (unreadable, empty). */
  readonly line?: number;
  /** Path of the offending field inside the record, e.g. `jobTypeIds[1]` or `wage.max`. */
  readonly field?: string;
}

/**
 * A data file the project imports is malformed. The message reads like
 * `data/catalog/listings.jsonl:12: field "jobTypeIds[1]": unknown job type id "cafee"` so an operator can jump
 * straight to the record.
 */
export class ImportError extends SoudanError {
  readonly file: string;
  readonly line: number | undefined;
  readonly field: string | undefined;
  /** The message without the location prefix. */
  readonly reason: string;

  constructor(reason: string, location: ImportErrorLocation, options: { cause?: unknown } = {}) {
    super(formatMessage(reason, location), {
      cause: options.cause,
      context: { file: location.file, line: location.line, field: location.field },
    });
    this.file = location.file;
    this.line = location.line;
    this.field = location.field;
    this.reason = reason;
  }
}

function formatMessage(reason: string, { file, line, field }: ImportErrorLocation): string {
  const where = line === undefined ? file : `${file}:${line}`;
  return field === undefined ? `${where}: ${reason}` : `${where}: field "${field}": ${reason}`;
}

/** The message of a caught error; duck-typed because errors from Node's core may come from another realm. */
export function messageOf(error: unknown): string {
  if (
    typeof error === 'object' &&
    error !== null &&
    'message' in error &&
    typeof error.message === 'string'
  ) {
    return error.message;
  }
  return String(error);
}
