import { join } from 'node:path';
import {
  ConfigurationBotFrameworkAuthentication,
  ConfigurationServiceClientCredentialFactory,
  type ConfigurationBotFrameworkAuthenticationOptions,
} from 'botbuilder';
import express, { type Request, type Response } from 'express';
import type { Catalog } from '../../catalog';
import { PACKAGE_ROOT } from '../../cli/paths';
import { createRenderer, type Renderer } from '../../i18n';
import type { TeamsSettings } from '../../config';
import { channelTurnDeps, type PlatformChannelDeps } from '../shared';
import { serviceUrlAllowed } from './service-url-policy';
import { CheckedCloudAdapter } from './teams-adapter';
import { TEAMS_CHANNEL, TeamsBot } from './teams-bot';
import type { TeamsView } from './teams-cards';
import { TeamsServiceUrlNotAllowedError, teamsErrorResponse } from './teams-errors';

const TEAMS_WEBHOOK_PATH = '/webhooks/teams';
const MAX_TEAMS_BODY_BYTES = 256 * 1024;

export type TeamsChannelDeps = PlatformChannelDeps<Pick<Catalog, 'conditions'>, TeamsSettings>;

export interface TeamsChannelOptions {
  /** Default: the bundled locales. */
  readonly renderer?: Renderer;
  /** Bot Framework endpoint overrides (OpenID metadata, issuer …): tests point them at a local server. */
  readonly authOverrides?: ConfigurationBotFrameworkAuthenticationOptions;
  /** How long the token check (key download included) may take before a 503. Default: DEFAULT_AUTH_TIMEOUT_MS. */
  readonly authTimeoutMs?: number;
}

/** The bot and its view, for the TestAdapter and the router alike. */
export function createTeamsBot(deps: TeamsChannelDeps, renderer: Renderer): TeamsBot {
  const conditions = new Map(deps.catalog.conditions.map((c) => [c.id, c]));
  const publicBaseUrl = deps.config.linkBaseUrl;
  const views = new Map<string, TeamsView>();
  return new TeamsBot({
    turns: channelTurnDeps(deps),
    logger: deps.logger.child({ component: 'teams' }),
    renderer,
    view: (locale) => {
      let view = views.get(locale);
      if (view === undefined) {
        view = { locale, renderer, conditions, publicBaseUrl };
        views.set(locale, view);
      }
      return view;
    },
  });
}

/**
 * `POST /webhooks/teams` through botbuilder's CloudAdapter: it checks the Bot Framework JWT (401 when missing,
 * bad or expired; 503 when the keys to check it with cannot be fetched) unless the channel runs in emulator mode,
 * and answers `deliveryMode: expectReplies` in the body. Outside production an activity whose serviceUrl is not
 * loopback or listed is refused with 403 before anything is sent (see service-url-policy.ts). Errors answer
 * `{ error: { code, message } }` with generic words. An empty router when the channel is off (see TeamsSettings).
 */
export function teamsRouter(deps: TeamsChannelDeps, options: TeamsChannelOptions = {}): express.Router {
  const router = express.Router();
  const logger = deps.logger.child({ component: 'teams' });
  const settings = deps.config.own;
  if (!settings.enabled) {
    logger.info('teams channel off', { reason: settings.reason });
    return router;
  }
  const credentials = settings.credentials ?? {
    MicrosoftAppId: '',
    MicrosoftAppPassword: '',
    MicrosoftAppType: 'MultiTenant',
    MicrosoftAppTenantId: '',
  };
  const { replyTargets } = settings;
  if (settings.credentials === null) {
    logger.warn(
      'teams channel in emulator mode: requests are NOT authenticated (MICROSOFT_APP_ID unset; not production)',
    );
  } else {
    logger.info('teams channel on', { appType: credentials.MicrosoftAppType, verifyJwt: true });
  }
  logger.info('teams replies go to', {
    serviceUrls:
      replyTargets.origins === null ? 'any the token vouches for' : [...replyTargets.origins].join(', '),
    loopback: replyTargets.loopback,
  });
  const adapter = new CheckedCloudAdapter(
    new ConfigurationBotFrameworkAuthentication(
      { ...credentials, ...options.authOverrides },
      new ConfigurationServiceClientCredentialFactory(credentials),
    ),
  );
  adapter.logger = logger;
  if (options.authTimeoutMs !== undefined) adapter.authTimeoutMs = options.authTimeoutMs;
  adapter.onAuthFailure = () => deps.observer?.signatureRejected(TEAMS_CHANNEL);
  adapter.onTurnError = async (_context, error) => {
    logger.error('teams turn error', { err: error });
  };
  const bot = createTeamsBot(deps, options.renderer ?? createRenderer(join(PACKAGE_ROOT, 'locales')));

  router.post(
    TEAMS_WEBHOOK_PATH,
    express.json({ limit: MAX_TEAMS_BODY_BYTES, type: () => true }),
    async (req: Request, res: Response) => {
      const problem = activityProblem(req.body);
      if (problem !== null) {
        logger.warn('teams activity malformed: refused', { why: problem });
        res.status(400).json({ error: { code: 'invalid_activity', message: problem } });
        return;
      }
      const serviceUrl = (req.body as { serviceUrl: string }).serviceUrl;
      if (!serviceUrlAllowed(serviceUrl, replyTargets)) {
        const refused = new TeamsServiceUrlNotAllowedError('serviceUrl not allowed', {
          context: { host: hostOf(serviceUrl) },
        });
        logger.warn('teams activity refused: serviceUrl not allowed', { host: hostOf(serviceUrl) });
        const { status, body } = teamsErrorResponse(refused);
        res.status(status ?? 403).json(body);
        return;
      }
      await adapter.process(req, res, bot.run);
    },
  );
  router.all(TEAMS_WEBHOOK_PATH, (_req, res) => {
    res.set('Allow', 'POST');
    res.status(405).json({ error: { code: 'method_not_allowed', message: 'Use POST for this endpoint' } });
  });
  return router;
}

/** The host of a serviceUrl for the log (it is the sender's choice: at most 100 characters of it). */
function hostOf(serviceUrl: string): string {
  try {
    return new URL(serviceUrl).hostname.slice(0, 100);
  } catch {
    return '(not a URL)';
  }
}

/** What the adapter needs before it can even authenticate and answer: the rest is the bot's to judge. */
function activityProblem(body: unknown): string | null {
  if (body === null || typeof body !== 'object' || Array.isArray(body)) return 'body is not a JSON object';
  const { type, serviceUrl, conversation } = body as Record<string, unknown>;
  if (typeof type !== 'string' || type === '') return 'activity has no type';
  if (typeof serviceUrl !== 'string' || !/^https?:\/\//.test(serviceUrl)) return 'activity has no serviceUrl';
  if (conversation === null || typeof conversation !== 'object') return 'activity has no conversation';
  return null;
}
