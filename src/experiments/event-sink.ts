import { createWriteStream, mkdirSync, type WriteStream } from 'node:fs';
import { dirname } from 'node:path';
import type { EventSink, ExperimentEvent } from './events';

/** The `message` of every event line: the Cloud Logging sink's filter selects on it. */
export const EVENT_MESSAGE = 'experiment event';

/**
 * One event as one line in Cloud Logging's structured shape: severity, message and time are read by the agent,
 * everything else lands in `jsonPayload` and from there, through the log sink, in BigQuery.
 */
export function eventLine(event: ExperimentEvent): string {
  return JSON.stringify({ severity: 'INFO', message: EVENT_MESSAGE, time: event.at, ...event }) + '\n';
}

/**
 * Events on stdout, whatever LOG_LEVEL says (they are data, not diagnostics). Writes never wait: a slow reader
 * leaves lines in the process's buffer, and the logging agent's own buffer holds them while BigQuery is slow.
 */
export function stdoutEventSink(
  write: (line: string) => void = (l) => void process.stdout.write(l),
): EventSink {
  return { write: (event) => write(eventLine(event)) };
}

export interface FileEventSink extends EventSink {
  /** Flushes and closes the file. */
  close(): Promise<void>;
}

/** Events appended to a local file (a laptop, a test): the same lines, ready for `soudan report --events FILE`. */
export function fileEventSink(path: string, onError: (error: Error) => void): FileEventSink {
  mkdirSync(dirname(path), { recursive: true });
  const stream: WriteStream = createWriteStream(path, { flags: 'a' });
  stream.on('error', onError);
  return {
    write: (event) => void stream.write(eventLine(event)),
    close: () => new Promise((resolve) => stream.end(() => resolve())),
  };
}
