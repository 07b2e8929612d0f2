import { join } from 'node:path';
import express from 'express';
import type { Redis } from 'ioredis';
import type { Catalog } from '../catalog';
import {
  channelTurnDeps,
  type ChannelObserver,
  type DialoguePort,
  type TurnTap,
  type JobLinker,
  type JobEventSink,
} from '../channels/shared';
import { MemorySavedJobsStore, type SavedJobsStore } from '../saved';
import { jobEventLog } from './job-event-log';
import { sharePageRouter } from './share-page';
import { shareKeys } from '../share/share-token';
import { webAccessSettings, webTurnRouter } from '../channels/web';
import { PACKAGE_ROOT } from '../cli/paths';
import { linkBaseUrl, type Config } from '../config';
import type { Logger } from '../logging';
import type { SessionStore } from '../session';
import { benchFloorRouter } from './bench-floor-route';
import { catalogRouter } from './catalog-route';
import { QA_EXPORT_SCRIPT, renderChatPage } from './chat-page';
import { LOCALES_DIR } from './dialogue-binding';
import { createRenderer, type Renderer } from '../i18n';
import { bodyDeadline } from './body-deadline';
import { errorAnswer, errorHandler, notFound } from './error-handler';
import { healthRouter } from './health-routes';
import { requestLog } from './request-log';
import { securityHeaders } from './security-headers';
import { TokenBuckets } from './token-buckets';

export const PUBLIC_DIR = join(PACKAGE_ROOT, 'public');

/** Shared with the server that runs the app: shutdown flips `draining`. */
export interface Lifecycle {
  draining: boolean;
}

export interface AppDeps {
  config: Config;
  logger: Logger;
  /** The dialogue context, bound: see createDialoguePort. */
  dialogue: DialoguePort;
  /** `listings` feeds the share page (`/s/:token`); without them it says the jobs are no longer listed. */
  catalog: Pick<Catalog, 'jobTypes' | 'conditions'> & Partial<Pick<Catalog, 'listings'>>;
  store: SessionStore;
  /** Saved jobs. Default: in memory, for this app only. */
  saved?: SavedJobsStore;
  /** Choices, saves and removals, recorded. Default: a `job event` log line each. */
  jobEvents?: JobEventSink;
  lifecycle?: Lifecycle;
  /** Metrics: HTTP responses here, turns and signatures in the channels. Default: none. */
  observer?: AppObserver;
  /** Experiments: each turn's variant dialogue and events. Default: none. */
  tap?: TurnTap;
  linker?: JobLinker;
}

interface AppObserver extends ChannelObserver {
  httpResponse(status: number): void;
}

export interface AppOptions {
  /** Where the chat page's files are. Default: `public/` in the package. */
  publicDir?: string;
  /** Benchmark only: mounts POST /bench/floor (one Redis GET + SET). Never set in production code paths. */
  benchFloor?: Redis;
  /** Platform webhooks (see channelRouters), mounted before the web API. */
  channels?: readonly express.Router[];
  /** The process's renderer, for the chat page's words. Default: one reading the bundled locales. */
  renderer?: Renderer;
  /** Job links (/r/:token) and conversion reports (see experiment-routers.ts), mounted before the web API. */
  experimentRouters?: readonly express.Router[];
}

/** The HTTP app: API, health, chat page. No listening, no loading: startServer does that. */
export function createApp(deps: AppDeps, options: AppOptions = {}): express.Express {
  const { config, logger, store } = deps;
  const lifecycle = deps.lifecycle ?? { draining: false };
  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', config.server.trustProxyHops === 0 ? false : config.server.trustProxyHops);
  app.set('json spaces', 0);

  app.use(
    requestLog(
      logger,
      config.log.gcpProject,
      deps.observer && ((status) => deps.observer?.httpResponse(status)),
    ),
  );
  app.use(bodyDeadline(config.server.bodyTimeoutMs, errorAnswer(logger)));
  app.use(securityHeaders);
  app.use((_req, res, next) => {
    // While draining, keep-alive clients are told to reconnect (to another pod) after this response.
    if (lifecycle.draining) res.set('Connection', 'close');
    next();
  });
  app.use(
    healthRouter({
      dataLoaded: () => deps.catalog.jobTypes.length > 0,
      store,
      draining: () => lifecycle.draining,
    }),
  );
  app.use(catalogRouter(deps.catalog));
  for (const router of options.experimentRouters ?? []) app.use(router);
  for (const router of options.channels ?? []) app.use(router);
  app.use(
    webTurnRouter({
      ...channelTurnDeps({
        config: { session: config.session, logConversations: config.log.conversations },
        store,
        dialogue: deps.dialogue,
        observer: deps.observer,
        tap: deps.tap,
        linker: deps.linker,
        logger,
        saved: deps.saved ?? new MemorySavedJobsStore({ ttlSeconds: config.session.savedJobsTtlSeconds }),
        jobEvents: deps.jobEvents ?? jobEventLog(logger),
      }),
      logger,
      publicBaseUrl: linkBaseUrl(config),
      limits: rateLimits(config),
      shareKeys: shareKeys(config.web.conversationSecrets),
      access: webAccessSettings(config.web),
    }),
  );
  const renderer = options.renderer ?? createRenderer(LOCALES_DIR);
  app.use(
    sharePageRouter({
      keys: shareKeys(config.web.conversationSecrets),
      listings: new Map((deps.catalog.listings ?? []).map((listing) => [listing.id, listing])),
      renderer,
      baseUrl: linkBaseUrl(config),
    }),
  );
  if (options.benchFloor !== undefined)
    app.use(benchFloorRouter(options.benchFloor, config.session.namespace));
  const publicDir = options.publicDir ?? PUBLIC_DIR;
  // "Download this conversation as a test" (public/qa-export.js): development mode only, not even served elsewhere.
  const qaExport = config.nodeEnv === 'development';
  const page = renderChatPage(publicDir, renderer, { qaExport });
  if (!qaExport) app.get(QA_EXPORT_SCRIPT, notFound);
  app.get(['/', '/index.html'], (_req, res) => {
    res.set('Cache-Control', 'no-cache').type('html').send(page);
  });
  app.use(
    express.static(publicDir, {
      index: false,
      dotfiles: 'ignore',
      redirect: false,
      setHeaders: (res) => res.setHeader('Cache-Control', 'no-cache'),
    }),
  );
  app.use(notFound);
  app.use(errorHandler(logger));
  return app;
}

function rateLimits(
  config: Config,
): Record<'client' | 'conversation' | 'newConversation', TokenBuckets | null> {
  const { enabled, client, conversation, newConversation, maxTracked } = config.rateLimit;
  if (!enabled) return { client: null, conversation: null, newConversation: null };
  return {
    client: new TokenBuckets({ ...client, maxKeys: maxTracked }),
    conversation: new TokenBuckets({ ...conversation, maxKeys: maxTracked }),
    newConversation: new TokenBuckets({ ...newConversation, maxKeys: maxTracked }),
  };
}
