import { join } from 'node:path';
import { messagingApi } from '@line/bot-sdk';
import { createShareToken, shareKeys } from '../../share/share-token';
import type { Reply } from '../../dialogue/types';
import express, { type Request, type Response } from 'express';
import type { Catalog } from '../../catalog';
import { PACKAGE_ROOT } from '../../cli/paths';
import { createRenderer, type Renderer } from '../../i18n';
import type { LineSettings } from '../../config';
import { channelTurnDeps, type PlatformChannelDeps } from '../shared';
import { LINE_CHANNEL, LineEventHandler } from './line-event-handler';
import { readWebhookBody } from './line-events';
import { lineSender } from './line-sender';
import { verifyLineSignature } from './line-signature';

const LINE_WEBHOOK_PATH = '/webhooks/line';
/** LINE bodies are small; a burst of events is still far below this. */
const MAX_LINE_BODY_BYTES = 1024 * 1024;

export type LineChannelDeps = PlatformChannelDeps<Pick<Catalog, 'conditions'>, LineSettings>;

export interface LineChannelOptions {
  /** Default: the bundled locales. */
  readonly renderer?: Renderer;
  /** Milliseconds clock event timestamps are judged by. Default: Date.now. */
  readonly now?: () => number;
}

/**
 * `POST /webhooks/line`. The signature is checked over the raw bytes, strictly (401, nothing processed, when it
 * fails); events older than LINE_EVENT_MAX_AGE_SECONDS or already handled are acknowledged without a turn;
 * then every event is handled before the 200, so a slow store shows up as LINE's timeout, not as lost turns.
 * Everything after the signature check answers 200: LINE would redeliver anything else, and a failed turn has
 * already been apologised for in the chat. An empty router when the channel is off (see LineSettings).
 */
export function lineRouter(deps: LineChannelDeps, options: LineChannelOptions = {}): express.Router {
  const router = express.Router();
  const logger = deps.logger.child({ component: 'line' });
  const settings = deps.config.own;
  if (!settings.enabled) {
    logger.info('line channel off', { reason: settings.reason });
    return router;
  }
  const secret = settings.channelSecret;
  if (secret === null) {
    logger.warn('line channel on WITHOUT signature verification (LINE_CHANNEL_SECRET unset; not production)');
  } else {
    logger.info('line channel on', {
      apiBaseUrl: settings.apiBaseUrl,
      verifySignature: true,
      eventMaxAgeSeconds: settings.eventMaxAgeSeconds,
    });
  }
  const renderer = options.renderer ?? createRenderer(join(PACKAGE_ROOT, 'locales'));
  const { config } = deps;
  const client = new messagingApi.MessagingApiClient({
    channelAccessToken: settings.channelAccessToken,
    baseURL: settings.apiBaseUrl,
  });
  const handler = new LineEventHandler({
    turns: channelTurnDeps(deps),
    logger,
    sender: lineSender(client, logger),
    view: {
      locale: 'ja',
      renderer,
      conditions: new Map(deps.catalog.conditions.map((c) => [c.id, c])),
      publicBaseUrl: config.linkBaseUrl,
      shareUrl: shareUrlFor(shareKeys(config.shareSecrets), config.linkBaseUrl),
    },
    maxEventAgeSeconds: settings.eventMaxAgeSeconds,
    now: options.now,
  });

  router.post(
    LINE_WEBHOOK_PATH,
    express.raw({ type: () => true, limit: MAX_LINE_BODY_BYTES }),
    async (req: Request, res: Response) => {
      const raw = Buffer.isBuffer(req.body) ? req.body : Buffer.alloc(0);
      if (secret !== null) {
        const signature = req.get('x-line-signature');
        if (!verifyLineSignature(raw, secret, signature)) {
          logger.warn('line webhook refused: bad or missing signature', { hasSignature: Boolean(signature) });
          deps.observer?.signatureRejected(LINE_CHANNEL);
          res.status(401).json({ error: { code: 'invalid_signature', message: 'Signature check failed' } });
          return;
        }
      }
      let body: unknown;
      try {
        body = JSON.parse(raw.toString('utf8'));
      } catch {
        body = undefined;
      }
      const read = readWebhookBody(body);
      if ('malformed' in read) {
        logger.warn('line webhook body malformed: acknowledged', { why: read.malformed, bytes: raw.length });
      } else {
        await handler.handleAll(read.events);
      }
      res.status(200).json({});
    },
  );
  router.all(LINE_WEBHOOK_PATH, (_req, res) => {
    res.set('Allow', 'POST');
    res.status(405).json({ error: { code: 'method_not_allowed', message: 'Use POST for this endpoint' } });
  });
  return router;
}

/** An absolute share page link for the jobs of a reply (none when it shows none). */
function shareUrlFor(keys: readonly Buffer[], baseUrl: string): (reply: Reply) => string | null {
  return (reply) =>
    reply.jobs.length === 0 || keys.length === 0
      ? null
      : `${baseUrl}/s/${createShareToken(
          keys,
          { listingIds: reply.jobs.map((j) => j.id), locale: reply.locale ?? 'ja' },
          Date.now() / 1000,
        )}`;
}
