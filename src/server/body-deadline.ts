import type { Request, RequestHandler, Response } from 'express';
import { SoudanError } from '../errors';

/** A request's body did not arrive whole within HTTP_BODY_TIMEOUT_MS of its headers. */
export class RequestBodyTimeoutError extends SoudanError {
  constructor(timeoutMs: number) {
    super('The request body did not arrive in time', { context: { timeoutMs } });
  }
}

/**
 * Gives every request `timeoutMs` from its headers to the end of its body. When the time is up and the body is
 * still incomplete, `answer` gets a RequestBodyTimeoutError (the error handler's 408) and the connection closes
 * after the answer, whatever the route's body reader is still waiting for. Node's own requestTimeout is only
 * checked on a timer and answers a bare 408; this one fires on time and in the API's error shape.
 */
export function bodyDeadline(
  timeoutMs: number,
  answer: (error: RequestBodyTimeoutError, req: Request, res: Response) => void,
): RequestHandler {
  return (req, res, next) => {
    if (req.complete) {
      next();
      return;
    }
    const timer = setTimeout(() => {
      if (req.complete || res.headersSent || res.destroyed) return;
      res.set('Connection', 'close');
      answer(new RequestBodyTimeoutError(timeoutMs), req, res);
    }, timeoutMs);
    const stop = (): void => clearTimeout(timer);
    req.once('end', stop);
    res.once('finish', stop);
    res.once('close', stop);
    next();
  };
}
