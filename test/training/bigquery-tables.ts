import { parseCsvLine } from '../../src/catalog';

/** A cell of a BigQuery table; `bq load` of a CSV leaves NULL where a field is empty. */
export type Cell = string | null;

interface ViewRow {
  readonly user_id: Cell;
  readonly listing_id: Cell;
  readonly job_type_id: Cell;
  readonly timestamp: Cell;
}

interface CatalogRow {
  readonly listing_id: Cell;
  readonly job_type_id: Cell;
}

export interface CountRow {
  readonly job_type_a: Cell;
  readonly job_type_b: Cell;
  readonly users: number;
}

/** What infra/bigquery/co-views.sql reads: its two tables and its one query parameter. */
interface CoViewsInput {
  readonly views: readonly ViewRow[];
  readonly catalog: readonly CatalogRow[];
  readonly skipUnknown: boolean;
}

/** One way of running the query: the SQL text under SQLite, or its steps restated in TypeScript. */
export type CoViewsQuery = (input: CoViewsInput) => CountRow[];

/** The rows `bq load --source_format=CSV --skip_leading_rows=1` makes of a CSV file with a header. */
export function loadCsv(text: string): Record<string, Cell>[] {
  const [header, ...lines] = text.split('\n').filter((line) => line !== '');
  const names = parseCsvLine(header!);
  return lines.map((line) => {
    const fields = parseCsvLine(line);
    return Object.fromEntries(names.map((name, i) => [name, fields[i] === '' ? null : fields[i]!]));
  });
}

/** The file `bq extract --destination_format=CSV` writes: a header, NULL as an empty field, RFC 4180 quotes. */
export function extractCsv(rows: readonly CountRow[]): string {
  const field = (value: Cell | number) => {
    const text = value === null ? '' : String(value);
    return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
  };
  const lines = rows.map((r) => [r.job_type_a, r.job_type_b, r.users].map(field).join(','));
  return ['job_type_a,job_type_b,users', ...lines].join('\n') + '\n';
}
