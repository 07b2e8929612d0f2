import type { LogLevel } from '../config';
import { currentLogContext } from './log-context';

export type LogFields = Readonly<Record<string, unknown>>;

export interface Logger {
  debug(msg: string, fields?: LogFields): void;
  info(msg: string, fields?: LogFields): void;
  warn(msg: string, fields?: LogFields): void;
  error(msg: string, fields?: LogFields): void;
  /** Whether a line at `level` would be written (skip building costly fields otherwise). */
  enabled(level: Exclude<LogLevel, 'silent'>): boolean;
  /** A logger that adds `fields` to every line. */
  child(fields: LogFields): Logger;
}

export interface LoggerOptions {
  level?: LogLevel;
  /** Receives one complete JSON line (with its newline). Default: process.stdout. */
  write?: (line: string) => void;
  now?: () => Date;
}

const RANK: Record<LogLevel, number> = { debug: 10, info: 20, warn: 30, error: 40, silent: Infinity };
/** Cloud Logging reads `severity`, `message` and `time` from a JSON line on stdout (structured logging). */
const SEVERITY = { debug: 'DEBUG', info: 'INFO', warn: 'WARNING', error: 'ERROR' } as const;
const RESERVED = new Set(['severity', 'time', 'message']);
/**
 * Field names whose values are dropped whatever a caller passes: a defence, not a licence to pass secrets. Booleans
 * pass (`hasToken: true`): one bit cannot carry a secret, and `[redacted]` would hide the fact the field reports.
 */
const SECRET_FIELD = /(password|secret|token|authorization|cookie|salt|redisurl)/i;

/**
 * JSON lines on stdout in Cloud Logging's shape: `{"severity","time","message",...context,...fields}`, where the
 * context is the current request's (its trace; see log-context.ts). Fields never override severity, time or
 * message.
 */
export function createLogger(options: LoggerOptions = {}): Logger {
  const threshold = RANK[options.level ?? 'info'];
  const write = options.write ?? ((line: string) => void process.stdout.write(line));
  const now = options.now ?? (() => new Date());
  return makeLogger({}, threshold, write, now);
}

function makeLogger(
  base: LogFields,
  threshold: number,
  write: (line: string) => void,
  now: () => Date,
): Logger {
  const log = (level: Exclude<LogLevel, 'silent'>, msg: string, fields?: LogFields): void => {
    if (RANK[level] < threshold) return;
    const record: Record<string, unknown> = {
      severity: SEVERITY[level],
      time: now().toISOString(),
      message: msg,
    };
    for (const source of [currentLogContext() ?? {}, base, fields ?? {}]) {
      for (const [key, value] of Object.entries(source)) {
        if (RESERVED.has(key) || value === undefined) continue;
        record[key] = SECRET_FIELD.test(key) && typeof value !== 'boolean' ? '[redacted]' : serialize(value);
      }
    }
    let line: string;
    try {
      line = JSON.stringify(record);
    } catch {
      line = JSON.stringify({
        severity: record.severity,
        time: record.time,
        message: msg,
        logError: 'fields not serializable',
      });
    }
    try {
      write(line + '\n');
    } catch {
      // Logging must never take a request down.
    }
  };
  return {
    debug: (msg, fields) => log('debug', msg, fields),
    info: (msg, fields) => log('info', msg, fields),
    warn: (msg, fields) => log('warn', msg, fields),
    error: (msg, fields) => log('error', msg, fields),
    enabled: (level) => RANK[level] >= threshold,
    child: (fields) => makeLogger({ ...base, ...fields }, threshold, write, now),
  };
}

/** Errors become plain objects (JSON.stringify drops their fields); bigints become strings. */
function serialize(value: unknown): unknown {
  if (value instanceof Error) return describeError(value);
  if (typeof value === 'bigint') return value.toString();
  return value;
}

/** name, message, the SoudanError context and the cause chain (a few levels), plus the stack. */
function describeError(error: Error, depth = 0): Record<string, unknown> {
  const described: Record<string, unknown> = { name: error.name, message: error.message };
  const context = (error as { context?: unknown }).context;
  if (context !== null && typeof context === 'object' && Object.keys(context).length > 0) {
    described.context = context;
  }
  const code = (error as { code?: unknown }).code;
  if (typeof code === 'string' || typeof code === 'number') described.code = code;
  if (error.cause instanceof Error && depth < 3) described.cause = describeError(error.cause, depth + 1);
  if (depth === 0 && error.stack !== undefined) described.stack = error.stack;
  return described;
}

/** A logger that writes nothing, for tests and tools. */
export const silentLogger: Logger = createLogger({ level: 'silent', write: () => undefined });
