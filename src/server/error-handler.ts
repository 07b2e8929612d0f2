import type { ErrorRequestHandler, Request, RequestHandler, Response } from 'express';
import type { Logger } from '../logging';
import { toHttpError } from './http-error';

/** Unknown routes: a JSON 404 like every other error. */
export const notFound: RequestHandler = (_req, res) => {
  res.locals.errorCode = 'not_found';
  res.status(404).json({ error: { code: 'not_found', message: 'No such endpoint' } });
};

/** The final handler: maps any error to `{ error: { code, message } }`; internals go to the log only. */
export function errorHandler(logger: Logger): ErrorRequestHandler {
  const answer = errorAnswer(logger);
  return (error, req, res, _next) => answer(error, req, res);
}

/** The error handler's answer, for errors that arise outside the middleware chain (a timer). */
export function errorAnswer(logger: Logger): (error: unknown, req: Request, res: Response) => void {
  return (error, req, res) => {
    const mapped = toHttpError(error);
    if (mapped.internal) {
      logger.error('request failed', { method: req.method, path: req.path, err: error });
    }
    if (res.headersSent) {
      // Too late for a status: cut the response short so the client does not take it for complete.
      res.destroy();
      return;
    }
    res.locals.errorCode = mapped.code;
    for (const [name, value] of Object.entries(mapped.headers ?? {})) res.set(name, value);
    res.set('Cache-Control', 'no-store');
    res.status(mapped.status).json({ error: { code: mapped.code, message: mapped.message } });
  };
}
