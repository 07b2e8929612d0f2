import { join } from 'node:path';
import express, { type Request, type Response } from 'express';
import type { ConversationV3, ConversationV3App } from '@assistant/conversation';
import type { Catalog } from '../../catalog';
import { PACKAGE_ROOT } from '../../cli/paths';
import type { GoogleSettings } from '../../config';
import { SoudanError } from '../../errors';
import { createRenderer, type Renderer } from '../../i18n';
import { channelTurnDeps, type PlatformChannelDeps } from '../shared';
import { createGoogleApp, GOOGLE_CHANNEL } from './google-app';
import { GOOGLE_HANDLERS } from './google-intents';
import { SpokenReadings } from '../shared';

export const GOOGLE_PATH = '/webhooks/google';
const MAX_BODY_BYTES = 64 * 1024;

export type GoogleRouterDeps = PlatformChannelDeps<Pick<Catalog, 'prefectures'>, GoogleSettings>;

export interface GoogleWebhook {
  readonly router: express.Router;
  /** The Actions app (tests reach its OAuth2 client to put certificates in its cache). */
  readonly app: ConversationV3App<ConversationV3>;
}

/** The body verified, but it is not a webhook request this project sends. */
class InvalidGoogleRequestError extends SoudanError {
  readonly code = 'invalid_request';
}

const HANDLER_NAMES = new Set<string>(Object.values(GOOGLE_HANDLERS));
const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** `POST /webhooks/google`. See googleWebhook. */
export interface GoogleRouterOptions {
  readonly renderer?: Renderer;
  /**
   * The ID token certificates (kid -> PEM) to trust instead of Google's (a QA lab's, see QA_TRUST_FILE); the
   * token is still checked against GOOGLE_PROJECT_ID by the SDK's own client.
   */
  readonly certificates?: Readonly<Record<string, string>>;
}

export function googleRouter(deps: GoogleRouterDeps, options: GoogleRouterOptions = {}): express.Router {
  return googleWebhook(deps, options).router;
}

/**
 * The Actions Builder webhook: JSON body, the JWT in `google-assistant-signature` checked against the project id
 * (403 otherwise), then the body's shape (400 for anything this project would not send), then one turn.
 */
export function googleWebhook(deps: GoogleRouterDeps, options: GoogleRouterOptions = {}): GoogleWebhook {
  const { config, logger } = deps;
  const { projectId } = config.own;
  if (projectId === null) {
    logger.warn('google webhook runs without request verification (allowed outside production only)', {
      channel: GOOGLE_CHANNEL,
    });
  }
  const app = createGoogleApp({
    ...channelTurnDeps(deps),
    logger,
    projectId,
    view: {
      renderer: options.renderer ?? createRenderer(join(PACKAGE_ROOT, 'locales')),
      readings: new SpokenReadings(deps.catalog.prefectures),
      publicBaseUrl: config.linkBaseUrl,
    },
  });
  if (options.certificates !== undefined) trustCertificates(app, options.certificates);
  // Runs after the signature check and before the handler.
  app.middleware((conv) => checkShape(conv.request));

  const router = express.Router();
  router.post(
    GOOGLE_PATH,
    express.json({ limit: MAX_BODY_BYTES, strict: true, inflate: false, type: () => true }),
    async (req: Request, res: Response) => {
      const started = performance.now();
      const refuse = (status: number, code: string, message: string) => {
        logger.warn('google request refused', {
          channel: GOOGLE_CHANNEL,
          status,
          code,
          latencyMs: Math.round((performance.now() - started) * 10) / 10,
        });
        res.set('Cache-Control', 'no-store');
        res.status(status).json({ error: { code, message } });
      };
      let result;
      try {
        result = await app.handler(isRecord(req.body) ? req.body : {}, req.headers as Record<string, string>);
      } catch (error) {
        // Our handlers never throw: this is the shape check, or a handler name the project does not have.
        refuse(
          400,
          'invalid_request',
          error instanceof InvalidGoogleRequestError ? error.message : 'Unknown handler',
        );
        return;
      }
      if (result.status === 401 || result.status === 403) {
        deps.observer?.signatureRejected(GOOGLE_CHANNEL);
        refuse(result.status, 'forbidden', 'The request is not signed by Google for this project');
        return;
      }
      res.set('Cache-Control', 'no-store');
      res.status(result.status).json(result.body);
    },
  );
  return { router, app };
}

/**
 * Fills the OAuth2 client's certificate cache (google-auth-library's certificateCache, PEM format) and marks it
 * as never expiring, so these keys and no others verify the tokens: the same check, other keys.
 */
function trustCertificates(
  app: ConversationV3App<ConversationV3>,
  certificates: Readonly<Record<string, string>>,
): void {
  const client = app._client as unknown as Record<string, unknown> | undefined;
  if (client === undefined) return;
  client.certificateCache = { ...certificates };
  client.certificateExpiry = new Date(8.64e15);
  client.certificateCacheFormat = 'PEM';
}

function checkShape(body: unknown): void {
  if (!isRecord(body)) throw new InvalidGoogleRequestError('The body must be a JSON object');
  const handler = body.handler;
  if (!isRecord(handler) || typeof handler.name !== 'string' || !HANDLER_NAMES.has(handler.name)) {
    throw new InvalidGoogleRequestError("handler.name must be one of the project's webhook handlers");
  }
  const session = body.session;
  if (!isRecord(session) || typeof session.id !== 'string' || session.id === '') {
    throw new InvalidGoogleRequestError('session.id is required');
  }
  if (session.params !== undefined && session.params !== null && !isRecord(session.params)) {
    throw new InvalidGoogleRequestError('session.params must be an object');
  }
  if (body.intent !== undefined && !isRecord(body.intent)) {
    throw new InvalidGoogleRequestError('intent must be an object');
  }
}
