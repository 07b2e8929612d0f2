import { type CsvHeader, csvValue, ImportError, readCsvHeader, readCsvRow } from '../catalog';
import { CooccurrenceCounts } from '../engine';
import { isBlank, readLines } from '../io';

const COLUMNS = { required: ['job_type_a', 'job_type_b', 'users'], example: 'job_type_a,job_type_b,users' };

/**
 * Reads the co-view counts infra/bigquery/co-views.sql exports: CSV `job_type_a,job_type_b,users` (any column
 * order, other columns ignored, rows in any order) where
 *   ",,n"    (both types empty) is the number of users,
 *   "i,i,c"  is the number of users who viewed type i,
 *   "i,j,c"  is the number of users who viewed both i and j; i,j and j,i mean the same pair, given once.
 * Types and pairs without a row count zero. Every id must be one of `jobTypeIds`; the first bad row stops
 * the read with its file, line and field, as the view-log reader does.
 */
export async function readCoViewCounts(
  path: string,
  jobTypeIds: readonly string[],
): Promise<{ counts: CooccurrenceCounts; rows: number }> {
  const t = jobTypeIds.length;
  const typeIndex = new Map(jobTypeIds.map((id, i) => [id, i]));
  const counts = new CooccurrenceCounts(t);
  // The line each total, type and pair came from (0: not given): rejects repeats, places the final checks.
  const cellLines = new Uint32Array(t * t);
  let totalLine = 0;
  let header: CsvHeader | undefined;
  let rows = 0;
  for await (const line of readLines(path)) {
    if (isBlank(line.text)) continue;
    if (header === undefined) {
      header = readCsvHeader(line, path, COLUMNS);
      continue;
    }
    rows++;
    const fields = readCsvRow(line, path, header);
    const at = { file: path, line: line.lineNumber };
    const a = csvValue(fields, header, 'job_type_a');
    const b = csvValue(fields, header, 'job_type_b');
    const users = parseCount(csvValue(fields, header, 'users'), at);
    if (a === undefined && b === undefined) {
      if (totalLine !== 0) fail(at, undefined, `a second total row (the first is on line ${totalLine})`);
      totalLine = at.line;
      counts.users = users;
      continue;
    }
    const i = typeOf(a, 'job_type_a', typeIndex, at);
    const j = typeOf(b, 'job_type_b', typeIndex, at);
    const cell = Math.min(i, j) * t + Math.max(i, j);
    const first = cellLines[cell]!;
    if (first !== 0) {
      const what = i === j ? `job type "${a}"` : `pair "${a}","${b}" (in either order)`;
      fail(at, undefined, `${what} is given twice (first on line ${first})`);
    }
    cellLines[cell] = at.line;
    if (i === j) {
      counts.typeUsers[i] = users;
    } else {
      counts.pairUsers[i * t + j] = users;
      counts.pairUsers[j * t + i] = users;
    }
  }
  if (header === undefined) {
    throw new ImportError(`empty file: expected a header line such as "${COLUMNS.example}"`, { file: path });
  }
  if (totalLine === 0) {
    throw new ImportError('no total row (",,users" with both job types empty): is the export complete?', {
      file: path,
    });
  }
  checkConsistency(counts, jobTypeIds, cellLines, path);
  return { counts, rows };
}

function fail(at: { file: string; line: number }, field: string | undefined, reason: string): never {
  throw new ImportError(reason, { ...at, field });
}

function parseCount(text: string | undefined, at: { file: string; line: number }): number {
  if (text === undefined) fail(at, 'users', 'required field is missing');
  const value = Number(text);
  if (!/^[0-9]+$/.test(text) || !Number.isSafeInteger(value)) {
    fail(at, 'users', `must be a whole number of users (0 or more), got "${text}"`);
  }
  return value;
}

function typeOf(
  id: string | undefined,
  field: string,
  typeIndex: ReadonlyMap<string, number>,
  at: { file: string; line: number },
): number {
  if (id === undefined) {
    fail(at, field, 'required field is missing (only the total row leaves both job types empty)');
  }
  const i = typeIndex.get(id);
  if (i === undefined) {
    fail(at, field, `unknown job type id "${id}" (were the counts made with another catalogue?)`);
  }
  return i;
}

/**
 * Counts no log could give: more users of a type than users, or of a pair than of either type. Of all such
 * rows the one on the earliest line is reported.
 */
function checkConsistency(
  counts: CooccurrenceCounts,
  ids: readonly string[],
  cellLines: Uint32Array,
  file: string,
): void {
  const t = counts.typeCount;
  let worst: { line: number; reason: string } | undefined;
  const note = (line: number, reason: string) => {
    if (worst === undefined || line < worst.line) worst = { line, reason };
  };
  for (let i = 0; i < t; i++) {
    const line = cellLines[i * t + i]!;
    const c = counts.typeUsers[i]!;
    if (line !== 0 && c > counts.users) {
      note(line, `${c} users of job type "${ids[i]}" exceed the ${counts.users} users of the total row`);
    }
  }
  for (let i = 0; i < t; i++) {
    for (let j = i + 1; j < t; j++) {
      const line = cellLines[i * t + j]!;
      const c = counts.pair(i, j);
      if (line === 0 || c <= Math.min(counts.typeUsers[i]!, counts.typeUsers[j]!)) continue;
      const k = counts.typeUsers[i]! < counts.typeUsers[j]! ? i : j;
      const pair = `"${ids[i]}","${ids[j]}"`;
      note(
        line,
        `${c} users of the pair ${pair} exceed the ${counts.typeUsers[k]} users of "${ids[k]}" alone`,
      );
    }
  }
  if (worst !== undefined) throw new ImportError(worst.reason, { file, line: worst.line, field: 'users' });
}
