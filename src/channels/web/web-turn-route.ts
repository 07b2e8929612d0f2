import express, { type NextFunction, type Request, type Response } from 'express';
import type { SessionStore } from '../../session';
import { hashId, type Logger } from '../../logging';
import {
  latencyMs,
  runChannelTurn,
  type ChannelObserver,
  type DialoguePort,
  type RateLimiter,
} from '../shared';
import { authorizeTurn, type AccessKind, type WebAccess } from './conversation-access';
import { parseTurnRequest } from './turn-request';
import { createShareToken } from '../../share/share-token';
import { toTurnResponse } from './turn-response';
import { RateLimitedError, UnsupportedMediaTypeError, type RateLimitScope } from './web-errors';

const WEB_CHANNEL = 'web';
const TURN_PATH = '/api/v1/turns';
export const MAX_BODY_BYTES = 16 * 1024;

export interface WebTurnRouteDeps {
  store: SessionStore;
  dialogue: DialoguePort;
  logger: Logger;
  namespace: string;
  ttlSeconds: number;
  observer?: ChannelObserver;
  /** Origin relative job links resolve against, without a trailing slash. */
  publicBaseUrl: string;
  /** null = not limited. `newConversation` is keyed by client address, like `client`, with its own buckets. */
  limits: {
    client: RateLimiter | null;
    conversation: RateLimiter | null;
    newConversation?: RateLimiter | null;
  };
  /** Keys of share links (`/s/:token`); none: no share link in the answers. */
  shareKeys?: readonly Buffer[];
  /** Who may use which conversation: issued ids and their tokens, and the QA token. */
  access: WebAccess;
}

/** What the turn log line says about the request; filled in as the request gets further. */
interface TurnLogFields {
  conversation?: string;
  turn?: number;
  act?: string;
  input?: string;
  access?: AccessKind;
}

/**
 * `POST /api/v1/turns`. Cheap checks first (client rate limit, content type, size), then the body, then whether
 * the client may use the conversation (its token, or the QA token; none: a new conversation is issued), then the
 * conversation's rate limit, then the turn. Errors are thrown as typed errors: the server's error handler turns
 * them into status codes. Exactly one log line per request, written when the response is finished.
 */
export function webTurnRouter(deps: WebTurnRouteDeps): express.Router {
  const router = express.Router();
  if (deps.access.perProcessSecret) {
    deps.logger.warn(
      'web conversation tokens are signed with a secret made up for this process (WEB_CONVERSATION_SECRET unset; not production): they stop working when it restarts',
    );
  }
  const parseJson = express.json({ limit: MAX_BODY_BYTES, inflate: false, strict: true, type: () => true });

  router.post(
    TURN_PATH,
    (req, res, next) => logWhenFinished(deps.logger, req, res, next),
    (req, _res, next) => {
      limit(deps.limits.client, clientAddress(req), 'client');
      if (!isJson(req.headers['content-type'])) {
        throw new UnsupportedMediaTypeError('Content-Type must be application/json');
      }
      next();
    },
    parseJson,
    async (req: Request, res: Response) => {
      const log = res.locals.turnLog as TurnLogFields;
      const request = parseTurnRequest(req.body);
      log.input = request.input.kind;
      if (request.conversationId !== null) log.conversation = hashId(request.conversationId);
      const granted = authorizeTurn(deps.access, request, req.get('authorization'));
      const { conversationId } = granted;
      const { input } = request;
      log.conversation = hashId(conversationId);
      log.access = granted.access;
      limit(deps.limits.conversation, conversationId, 'conversation');
      // A new conversation is a new stored entry: one client address may create only so many.
      const newConversations = deps.limits.newConversation ?? null;
      const result = await runChannelTurn(deps, WEB_CHANNEL, conversationId, input, {
        admitNewConversation: () => limit(newConversations, clientAddress(req), 'newConversation'),
      });
      log.turn = result.turn;
      log.act = result.reply.act;
      if (result.discardedUnreadableState) {
        deps.logger.warn('unreadable web session replaced', { conversation: log.conversation });
      }
      res.set('Cache-Control', 'no-store');
      const shareUrl =
        result.reply.jobs.length > 0 && deps.shareKeys !== undefined && deps.shareKeys.length > 0
          ? `/s/${createShareToken(
              deps.shareKeys,
              { listingIds: result.reply.jobs.map((j) => j.id), locale: result.reply.locale ?? 'ja' },
              Date.now() / 1000,
            )}`
          : null;
      res.json(toTurnResponse(granted, result.turn, result.reply, deps.publicBaseUrl, shareUrl));
    },
  );
  router.all(TURN_PATH, (_req, res) => {
    res.set('Allow', 'POST');
    res.status(405).json({ error: { code: 'method_not_allowed', message: 'Use POST for this endpoint' } });
  });
  return router;
}

const REFUSAL: Record<RateLimitScope, string> = {
  client: 'Too many requests for this client; retry later',
  conversation: 'Too many requests for this conversation; retry later',
  newConversation: 'Too many new conversations from this client; retry later',
};

function limit(limiter: RateLimiter | null, key: string, scope: RateLimitScope): void {
  if (limiter === null) return;
  const verdict = limiter.take(key);
  if (!verdict.allowed) throw new RateLimitedError(REFUSAL[scope], verdict.retryAfterSeconds, scope);
}

/** The client's address as TRUST_PROXY resolves it (X-Forwarded-For behind a trusted proxy). */
function clientAddress(req: Request): string {
  return req.ip ?? req.socket.remoteAddress ?? 'unknown';
}

/** `application/json`, with or without parameters (the JSON parser refuses charsets other than UTF-8). */
function isJson(contentType: string | undefined): boolean {
  if (contentType === undefined) return false;
  const essence = contentType.split(';', 1)[0]!.trim().toLowerCase();
  return essence === 'application/json';
}

function logWhenFinished(logger: Logger, _req: Request, res: Response, next: NextFunction): void {
  const started = performance.now();
  const fields: TurnLogFields = {};
  res.locals.turnLog = fields;
  res.once('finish', () => {
    const errorCode = res.locals.errorCode as string | undefined;
    logger.info('turn', {
      channel: 'web',
      ...fields,
      // The same outcome names as the turn metric where they overlap; otherwise the error code.
      outcome: res.statusCode === 200 ? 'ok' : (errorCode ?? 'failed'),
      status: res.statusCode,
      latencyMs: latencyMs(started),
      errorCode,
    });
  });
  res.once('close', () => {
    if (!res.writableFinished) {
      logger.info('turn aborted by client', {
        channel: 'web',
        ...fields,
        latencyMs: latencyMs(started),
      });
    }
  });
  next();
}
