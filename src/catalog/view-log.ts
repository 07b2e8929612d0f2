import { extname } from 'node:path';
import { isBlank, readLines } from '../io';
import { type CsvHeader, csvValue, readCsvHeader, readCsvRow } from './csv-table';
import { ImportError } from './import-error';
import { parseJsonLine } from './json-input';
import {
  type At,
  fail,
  type JsonObject,
  type Mutable,
  optionalString,
  recordObject,
  requiredString,
  typeName,
} from './validate-fields';

/** One line of a training view log: a user (or session) looked at a listing or a job type. */
export interface ViewRecord {
  readonly userId: string;
  readonly listingId?: string;
  readonly jobTypeId?: string;
  readonly timestamp?: string;
  /** Where the record is, so the caller can report ids the catalogue does not know. */
  readonly lineNumber: number;
}

type LogFormat = 'csv' | 'jsonl';

export interface ReadViewLogOptions {
  /** Overrides the choice by extension (`.csv`, `.jsonl`, `.ndjson`) or, failing that, by first character. */
  readonly format?: LogFormat;
}

const COLUMNS = {
  required: ['user_id'],
  anyOf: ['listing_id', 'job_type_id'],
  example: 'user_id,listing_id',
};

/**
 * Streams a view log: CSV with a header naming `user_id` and `listing_id` and/or `job_type_id` (optional
 * `timestamp`, any order, other columns ignored), or JSON Lines with the same keys. Ids are not checked here.
 */
export async function* readViewLog(
  path: string,
  options: ReadViewLogOptions = {},
): AsyncGenerator<ViewRecord> {
  let format = options.format ?? formatOfExtension(path);
  let header: CsvHeader | undefined;
  for await (const line of readLines(path)) {
    if (isBlank(line.text)) continue;
    format ??= line.text.trimStart().startsWith('{') ? 'jsonl' : 'csv';
    if (format === 'jsonl') {
      yield viewFromJson(parseJsonLine(line, path), { file: path, line: line.lineNumber });
    } else if (header === undefined) {
      header = readCsvHeader(line, path, COLUMNS);
    } else {
      yield viewFromCsv(readCsvRow(line, path, header), header, { file: path, line: line.lineNumber });
    }
  }
  if (format !== 'jsonl' && header === undefined) {
    throw new ImportError(`empty file: expected a header line such as "${COLUMNS.example}"`, { file: path });
  }
}

function formatOfExtension(path: string): LogFormat | undefined {
  const extension = extname(path).toLowerCase();
  if (extension === '.csv') return 'csv';
  if (extension === '.jsonl' || extension === '.ndjson') return 'jsonl';
  return undefined;
}

function viewFromCsv(fields: readonly string[], header: CsvHeader, at: At): ViewRecord {
  const userId = csvValue(fields, header, 'user_id');
  if (userId === undefined) fail(at, 'user_id', 'required field is missing');
  return view(
    at,
    userId,
    csvValue(fields, header, 'listing_id'),
    csvValue(fields, header, 'job_type_id'),
    csvValue(fields, header, 'timestamp'),
    header.index.has('listing_id') ? 'listing_id' : 'job_type_id',
  );
}

function viewFromJson(value: unknown, at: At): ViewRecord {
  const record = recordObject(value, at);
  return view(
    at,
    requiredString(record, 'user_id', at),
    optionalString(record, 'listing_id', at),
    optionalString(record, 'job_type_id', at),
    jsonTimestamp(record, at),
    'listing_id',
  );
}

/** Epoch numbers are common in exported logs; they are kept as their decimal text. */
function jsonTimestamp(record: JsonObject, at: At): string | undefined {
  const value = record['timestamp'];
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) fail(at, 'timestamp', 'must be a finite number');
    return String(value);
  }
  if (value !== undefined && value !== null && typeof value !== 'string') {
    fail(at, 'timestamp', `must be a string or a number, got ${typeName(value)}`);
  }
  return optionalString(record, 'timestamp', at);
}

function view(
  at: At,
  userId: string,
  listingId: string | undefined,
  jobTypeId: string | undefined,
  timestamp: string | undefined,
  idField: string,
): ViewRecord {
  if (listingId === undefined && jobTypeId === undefined) {
    fail(at, idField, 'required field is missing (a view needs a listing_id or a job_type_id)');
  }
  const record: Mutable<ViewRecord> = { userId, lineNumber: at.line };
  if (listingId !== undefined) record.listingId = listingId;
  if (jobTypeId !== undefined) record.jobTypeId = jobTypeId;
  if (timestamp !== undefined) record.timestamp = timestamp;
  return record;
}
