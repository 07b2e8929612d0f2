import { isBlank, readLines } from '../io';
import { type CsvHeader, csvValue, readCsvHeader, readCsvRow } from './csv-table';
import { ImportError } from './import-error';
import { fail } from './validate-fields';

/** A simulation target: the listing a simulated user is after. */
export interface TargetRecord {
  readonly userId: string;
  readonly listingId: string;
  readonly lineNumber: number;
}

const COLUMNS = { required: ['user_id', 'listing_id'], example: 'user_id,listing_id' };

/** Reads a CSV of simulation targets (header `user_id,listing_id`, any order, other columns ignored). */
export async function readTargets(path: string): Promise<TargetRecord[]> {
  const targets: TargetRecord[] = [];
  let header: CsvHeader | undefined;
  for await (const line of readLines(path)) {
    if (isBlank(line.text)) continue;
    if (header === undefined) {
      header = readCsvHeader(line, path, COLUMNS);
      continue;
    }
    const fields = readCsvRow(line, path, header);
    const at = { file: path, line: line.lineNumber };
    const userId = csvValue(fields, header, 'user_id') ?? fail(at, 'user_id', 'required field is missing');
    const listingId =
      csvValue(fields, header, 'listing_id') ?? fail(at, 'listing_id', 'required field is missing');
    targets.push({ userId, listingId, lineNumber: line.lineNumber });
  }
  if (header === undefined) {
    throw new ImportError(`empty file: expected a header line such as "${COLUMNS.example}"`, { file: path });
  }
  return targets;
}
