import { join } from 'node:path';
import express, { type RequestHandler } from 'express';
import { ExpressAdapter, type Verifier } from 'ask-sdk-express-adapter';
import type { Catalog } from '../../catalog';
import { PACKAGE_ROOT } from '../../cli/paths';
import { ConfigError, type Config } from '../../config';
import { createRenderer, type Renderer } from '../../i18n';
import type { Logger } from '../../logging';
import { channelTurnDeps, linkBaseUrl, type ChannelObserver, type PlatformChannelDeps } from '../shared';
import { checkAlexaEnvelope, InvalidAlexaRequestError } from './alexa-envelope';
import { ALEXA_CHANNEL, createAlexaSkill } from './alexa-skill';
import { SpokenReadings } from '../shared';

export const ALEXA_PATH = '/webhooks/alexa';

/** What the Alexa webhook needs (the server's ChannelDeps has all of it). */
export type AlexaRouterDeps = PlatformChannelDeps<Pick<Catalog, 'prefectures'>>;

export interface AlexaRouterOptions {
  /**
   * Verifiers to run instead of the SDK's own signature verifier (tests: one with a local certificate). The
   * timestamp is then checked too, whatever the configuration says.
   */
  readonly verifiers?: Verifier[];
  readonly renderer?: Renderer;
}

/** Whether requests are checked, from the configuration; throws at start when production is misconfigured. */
export function alexaVerification(config: Config): { verify: boolean; skillId: string | null } {
  const { skillId, verifySignature } = config.channels.alexa;
  if (config.production) {
    const problems: string[] = [];
    if (verifySignature === false) {
      problems.push(
        'ALEXA_VERIFY_SIGNATURE: must not be false in production (Alexa requests must be verified)',
      );
    }
    if (skillId === null || skillId === '') {
      problems.push('ALEXA_SKILL_ID: required in production (the skill id requests must carry)');
    }
    if (problems.length > 0) throw new ConfigError(problems);
  }
  return { verify: verifySignature ?? config.production, skillId: skillId === '' ? null : skillId };
}

/**
 * `POST /webhooks/alexa` through the SDK's ExpressAdapter: its own text body parser (nothing may parse the
 * body before it: the signature covers the raw bytes), then our envelope and skill id check (a malformed body
 * is a 400, never a crash), then signature and timestamp verification and the skill.
 */
export function alexaRouter(deps: AlexaRouterDeps, options: AlexaRouterOptions = {}): express.Router {
  const { config, logger } = deps;
  const { verify, skillId } = alexaVerification(config);
  const view = {
    renderer: options.renderer ?? createRenderer(join(PACKAGE_ROOT, 'locales')),
    readings: new SpokenReadings(deps.catalog.prefectures),
    publicBaseUrl: linkBaseUrl(config),
  };
  const skill = createAlexaSkill({
    ...channelTurnDeps(deps),
    logger,
    view,
    skillId,
  });
  const custom = options.verifiers;
  const adapter =
    custom === undefined
      ? new ExpressAdapter(skill, verify, verify)
      : new ExpressAdapter(skill, false, true, custom);
  const verified = custom !== undefined || verify;
  if (!verified || skillId === null) {
    logger.warn('alexa webhook runs without full verification (allowed outside production only)', {
      channel: ALEXA_CHANNEL,
      signatureVerified: verified,
      skillIdChecked: skillId !== null,
    });
  }

  const handlers = adapter.getRequestHandlers();
  if (handlers.length !== 3) throw new Error('ask-sdk-express-adapter: unexpected request handler chain');
  const [guard, parseText, dispatch] = handlers as [RequestHandler, RequestHandler, RequestHandler];
  const checkEnvelope: RequestHandler = (req, res, next) => {
    try {
      checkAlexaEnvelope(req.body, skillId);
      // From here on, a refusal can only be the signature or timestamp check (see logRefusals).
      res.locals.alexaEnvelopeOk = true;
    } catch (error) {
      if (!(error instanceof InvalidAlexaRequestError)) throw error;
      res.status(400).json({ error: { code: error.code, message: error.message } });
      return;
    }
    next();
  };
  const router = express.Router();
  router.post(ALEXA_PATH, logRefusals(logger, deps.observer), guard, parseText, checkEnvelope, dispatch);
  return router;
}

/** The skill logs each turn; a request refused before it (bad body, failed verification) is logged here. */
function logRefusals(logger: Logger, observer: ChannelObserver | undefined): RequestHandler {
  return (_req, res, next) => {
    const started = performance.now();
    res.once('finish', () => {
      if (res.statusCode === 200) return;
      if (res.locals.alexaEnvelopeOk === true) observer?.signatureRejected(ALEXA_CHANNEL);
      logger.warn('alexa request refused', {
        channel: ALEXA_CHANNEL,
        status: res.statusCode,
        latencyMs: Math.round((performance.now() - started) * 10) / 10,
      });
    });
    next();
  };
}
