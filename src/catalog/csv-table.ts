import type { Line } from '../io';
import { CsvLineError, parseCsvLine } from './csv-line';
import { ImportError } from './import-error';

export interface CsvColumns {
  /** Every one of these must be in the header. */
  readonly required: readonly string[];
  /** At least one of these must be in the header. */
  readonly anyOf?: readonly string[];
  /** Shown in errors as a sample header. */
  readonly example: string;
}

export interface CsvHeader {
  /** Lower-cased column name -> index; columns nobody asked for are kept but ignored. */
  readonly index: ReadonlyMap<string, number>;
  readonly names: readonly string[];
}

function csvFields(line: Line, file: string, context = ''): string[] {
  try {
    return parseCsvLine(line.text);
  } catch (error) {
    if (error instanceof CsvLineError) {
      throw new ImportError(`${context}${error.message}`, { file, line: line.lineNumber });
    }
    throw error;
  }
}

export function readCsvHeader(line: Line, file: string, columns: CsvColumns): CsvHeader {
  rejectUnterminated(line, file);
  const at = { file, line: line.lineNumber };
  const names = csvFields(line, file, 'bad header: ').map((name) => name.trim().toLowerCase());
  const index = new Map<string, number>();
  names.forEach((name, i) => {
    if (name === '') throw new ImportError(`bad header: column ${i + 1} has no name`, at);
    if (index.has(name))
      throw new ImportError(`bad header: duplicate column "${name}"`, { ...at, field: name });
    index.set(name, i);
  });
  for (const name of columns.required) {
    if (!index.has(name)) {
      throw new ImportError(`bad header: no "${name}" column (expected e.g. "${columns.example}")`, {
        ...at,
        field: name,
      });
    }
  }
  const anyOf = columns.anyOf ?? [];
  if (anyOf.length > 0 && !anyOf.some((name) => index.has(name))) {
    const wanted = anyOf.map((name) => `"${name}"`).join(' or ');
    throw new ImportError(`bad header: needs a ${wanted} column (expected e.g. "${columns.example}")`, at);
  }
  return { index, names };
}

/** The fields of a data row, checked against the header's width. */
export function readCsvRow(line: Line, file: string, header: CsvHeader): string[] {
  rejectUnterminated(line, file);
  const fields = csvFields(line, file);
  const at = { file, line: line.lineNumber };
  if (fields.length < header.names.length) {
    const reason = `missing field: the row has ${fields.length} of the header's ${header.names.length} columns`;
    throw new ImportError(reason, { ...at, field: header.names[fields.length] });
  }
  if (fields.length > header.names.length) {
    throw new ImportError(`the row has ${fields.length} fields, the header ${header.names.length}`, at);
  }
  return fields;
}

/** A column's trimmed value; an empty field or an absent column gives undefined. */
export function csvValue(fields: readonly string[], header: CsvHeader, name: string): string | undefined {
  const i = header.index.get(name);
  if (i === undefined) return undefined;
  const value = (fields[i] as string).trim();
  return value === '' ? undefined : value;
}

/** A CSV row cut short may still split into the right number of fields: only the missing line break tells. */
function rejectUnterminated(line: Line, file: string): void {
  if (!line.terminated) {
    throw new ImportError('truncated last line: the file does not end with a line break', {
      file,
      line: line.lineNumber,
    });
  }
}
