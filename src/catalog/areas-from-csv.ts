import { CsvLineError, parseCsvLine } from './csv-line';
import { ImportError } from './import-error';
import type { Municipality, Prefecture } from './types';

/** Names used in error messages; the function itself reads no files. */
export interface AreaCsvNames {
  readonly prefectures: string;
  readonly municipalities: string;
}

const DEFAULT_NAMES: AreaCsvNames = {
  prefectures: 'prefectures-jp.csv',
  municipalities: 'municipalities-jp.csv',
};

/** Hiragana, katakana, the long-vowel mark and the space between a city and its ward. */
const KANA = /^[\u3041-\u309f\u30a0-\u30ff ]+$/u;

interface Row {
  readonly line: number;
  get(column: string): string;
}

/**
 * Converts code4fukui/localgovjp's prefectures-jp.csv and municipalities-jp.csv (CC0) into `Prefecture[]`:
 * prefectures in pid order, each with its municipalities in file order. Designated-city wards keep their full
 * name (「札幌市 中央区」) next to the city itself.
 */
export function areasFromCsv(
  prefecturesCsv: string,
  municipalitiesCsv: string,
  names: AreaCsvNames = DEFAULT_NAMES,
): Prefecture[] {
  const byPid = new Map<number, { prefecture: Prefecture; municipalities: Municipality[] }>();
  for (const row of csvRows(prefecturesCsv, names.prefectures)) {
    const file = names.prefectures;
    const pid = integer(row, 'pid', file);
    if (byPid.has(pid)) throw new ImportError(`duplicate pid ${pid}`, { file, line: row.line, field: 'pid' });
    const municipalities: Municipality[] = [];
    const prefecture: Prefecture = {
      name: text(row, 'pref', file),
      reading: kana(row, 'prefkana', file),
      shortName: text(row, 'prefshort', file),
      shortReading: kana(row, 'prefshortkana', file),
      nameEn: text(row, 'pref_en', file),
      lat: coordinate(row, 'lat', file),
      lng: coordinate(row, 'lng', file),
      municipalities,
    };
    byPid.set(pid, { prefecture, municipalities });
  }

  for (const row of csvRows(municipalitiesCsv, names.municipalities)) {
    const file = names.municipalities;
    const pid = integer(row, 'pid', file);
    const entry = byPid.get(pid);
    if (entry === undefined) {
      throw new ImportError(`no prefecture with pid ${pid}`, { file, line: row.line, field: 'pid' });
    }
    const pref = text(row, 'pref', file);
    if (pref !== entry.prefecture.name) {
      const reason = `pid ${pid} is ${entry.prefecture.name}, not ${pref}`;
      throw new ImportError(reason, { file, line: row.line, field: 'pref' });
    }
    const name = text(row, 'city', file);
    if (entry.municipalities.some((m) => m.name === name)) {
      throw new ImportError(`duplicate municipality ${name}`, { file, line: row.line, field: 'city' });
    }
    entry.municipalities.push({
      name,
      reading: kana(row, 'citykana', file),
      lat: coordinate(row, 'lat', file),
      lng: coordinate(row, 'lng', file),
    });
  }

  return [...byPid.entries()].sort(([a], [b]) => a - b).map(([, entry]) => entry.prefecture);
}

function* csvRows(csv: string, file: string): Generator<Row> {
  const lines = csv.replace(/^\uFEFF/, '').split('\n');
  let header: Map<string, number> | undefined;
  let headerLine = 1;
  for (let i = 0; i < lines.length; i += 1) {
    const line = i + 1;
    const textLine = (lines[i] as string).replace(/\r$/, '');
    if (textLine.trim() === '') continue;
    let fields: string[];
    try {
      fields = parseCsvLine(textLine);
    } catch (error) {
      if (error instanceof CsvLineError) throw new ImportError(error.message, { file, line });
      throw error;
    }
    if (header === undefined) {
      header = new Map(fields.map((name, index) => [name.trim(), index]));
      headerLine = line;
      continue;
    }
    if (fields.length !== header.size) {
      throw new ImportError(`expected ${header.size} fields, got ${fields.length}`, { file, line });
    }
    const columns = header;
    const columnsLine = headerLine;
    yield {
      line,
      get(column) {
        const index = columns.get(column);
        if (index === undefined)
          throw new ImportError(`missing column "${column}"`, { file, line: columnsLine });
        return (fields[index] as string).trim();
      },
    };
  }
  if (header === undefined) throw new ImportError('empty file', { file });
}

function text(row: Row, column: string, file: string): string {
  const value = row.get(column);
  if (value === '') throw new ImportError('empty value', { file, line: row.line, field: column });
  return value;
}

function kana(row: Row, column: string, file: string): string {
  const value = text(row, column, file);
  if (!KANA.test(value)) {
    throw new ImportError(`not a kana reading: ${value}`, { file, line: row.line, field: column });
  }
  return value;
}

function integer(row: Row, column: string, file: string): number {
  const value = text(row, column, file);
  if (!/^\d+$/.test(value))
    throw new ImportError(`not an integer: ${value}`, { file, line: row.line, field: column });
  return Number(value);
}

function coordinate(row: Row, column: string, file: string): number {
  const value = Number(text(row, column, file));
  if (!Number.isFinite(value)) {
    throw new ImportError(`not a number: ${row.get(column)}`, { file, line: row.line, field: column });
  }
  return value;
}
