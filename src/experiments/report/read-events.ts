import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { ImportError } from '../../catalog/import-error';
import { readLines } from '../../io';
import { EVENT_MESSAGE } from '../event-sink';
import { EVENT_NAMES } from '../events';
import { UserRowBuilder, type ReportEvent, type UserRow } from './user-rows';

const NAMES: ReadonlySet<string> = new Set(EVENT_NAMES);

/**
 * Reads event lines from a file, or every `*.jsonl` / `*.json` / `*.log` file of a directory (sorted), into
 * per-user rows. Other log lines in the same stream (the service's own) are passed over; a line that claims to be
 * an experiment event but is not one is an ImportError naming its file and line.
 */
export async function readUserRows(
  path: string,
): Promise<{ rows: UserRow[]; experiments: string[]; events: number }> {
  const files = (await stat(path)).isDirectory()
    ? (await readdir(path))
        .filter((f) => /\.(jsonl|json|log)$/.test(f))
        .sort()
        .map((f) => join(path, f))
    : [path];
  const builder = new UserRowBuilder();
  const experiments = new Set<string>();
  let events = 0;
  for (const file of files) {
    for await (const line of readLines(file)) {
      if (!line.text.includes(EVENT_MESSAGE)) continue;
      let value: unknown;
      try {
        value = JSON.parse(line.text);
      } catch {
        continue;
      }
      if (!isRecord(value) || value.message !== EVENT_MESSAGE) continue;
      const event = asEvent(value);
      if (event === null) throw new ImportError('not an experiment event', { file, line: line.lineNumber });
      if (event.experiment !== null) experiments.add(event.experiment);
      builder.add(event);
      events++;
    }
  }
  return { rows: builder.build(), experiments: [...experiments].sort(), events };
}

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
const optionalText = (v: unknown): v is string | null =>
  v === null || v === undefined || typeof v === 'string';

function asEvent(v: Record<string, unknown>): ReportEvent | null {
  const { event, at, user, experiment, variant, shown, application } = v;
  if (typeof event !== 'string' || !NAMES.has(event)) return null;
  if (typeof at !== 'string' || typeof user !== 'string') return null;
  if (!optionalText(experiment) || !optionalText(variant)) return null;
  if (shown !== undefined && !(Number.isSafeInteger(shown) && (shown as number) >= 0)) return null;
  if (application !== undefined && typeof application !== 'string') return null;
  return {
    event: event as ReportEvent['event'],
    at,
    user,
    experiment: experiment ?? null,
    variant: variant ?? null,
    shown: shown as number | undefined,
    application: application as string | undefined,
  };
}
