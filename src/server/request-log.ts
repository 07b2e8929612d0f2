import type { RequestHandler } from 'express';
import { parseTraceHeaders, traceLogFields, withLogContext, type Logger } from '../logging';

/** Probes answer every few seconds per pod: their successes would drown the log. */
const QUIET_WHEN_OK = new Set(['/healthz', '/readyz']);
const MAX_USER_AGENT = 200;

/**
 * One `request` line per HTTP request in Cloud Logging's shape (and its status to `observe`, probes excepted) (`httpRequest`), and the request's trace on
 * every line written while it is handled. The path is logged without its query string; no body, no address.
 */
export function requestLog(
  logger: Logger,
  projectId: string | null,
  observe?: (status: number) => void,
): RequestHandler {
  return (req, res, next) => {
    const started = performance.now();
    const trace = parseTraceHeaders(req.headers);
    const context = trace === null ? {} : traceLogFields(trace, projectId);
    res.once('finish', () => {
      const path = req.originalUrl.split('?', 1)[0]!;
      // Probes are not users: counting them would dilute the 5xx rate at quiet hours, and count /readyz's 503s.
      const probe = QUIET_WHEN_OK.has(path);
      if (!probe) observe?.(res.statusCode);
      if (res.statusCode < 400 && probe) return;
      const length = Number(res.getHeader('content-length'));
      const line = {
        ...context,
        httpRequest: {
          requestMethod: req.method,
          requestUrl: path,
          status: res.statusCode,
          ...(Number.isFinite(length) ? { responseSize: String(length) } : {}),
          userAgent: req.get('user-agent')?.slice(0, MAX_USER_AGENT),
          latency: `${((performance.now() - started) / 1000).toFixed(4)}s`,
          protocol: `HTTP/${req.httpVersion}`,
        },
      };
      if (res.statusCode >= 500) logger.warn('request', line);
      else logger.info('request', line);
    });
    withLogContext(context, next);
  };
}
