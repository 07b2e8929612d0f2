import { join } from 'node:path';
import express, { type ErrorRequestHandler, type RequestHandler } from 'express';
import type { Catalog } from '../../catalog';
import { PACKAGE_ROOT } from '../../cli/paths';
import type { AlexaSettings } from '../../config';
import { createRenderer, type Renderer } from '../../i18n';
import { channelTurnDeps, type PlatformChannelDeps } from '../shared';
import { checkAlexaEnvelope, InvalidAlexaRequestError } from './alexa-envelope';
import { ALEXA_CHANNEL, createAlexaSkill } from './alexa-skill';
import { SpokenReadings } from '../shared';
import { AlexaRequestVerifier, AlexaVerificationError } from './verify';

export const ALEXA_PATH = '/webhooks/alexa';
/** Alexa's envelopes are a few KB even with display and viewport context. */
const ALEXA_MAX_BODY_BYTES = 64 * 1024;

/** What the Alexa webhook needs (the server's ChannelDeps has all of it). */
export type AlexaRouterDeps = PlatformChannelDeps<Pick<Catalog, 'prefectures'>, AlexaSettings>;

export interface AlexaRouterOptions {
  /**
   * The verifier to use whatever the configuration says (tests: one that trusts a local CA and fetches from a
   * local stand-in for S3).
   */
  readonly verifier?: AlexaRequestVerifier;
  readonly renderer?: Renderer;
}

/**
 * `POST /webhooks/alexa`: the raw body (the signature covers its bytes, so nothing parses it before), our
 * envelope and skill id check (a malformed body is a 400, never a crash), our own signature and timestamp
 * verification, then the skill. The SDK's express adapter is not used: its certificate download could be
 * pointed at any S3 object and read it whole into memory, and its refusals echoed internal messages.
 */
export function alexaRouter(deps: AlexaRouterDeps, options: AlexaRouterOptions = {}): express.Router {
  const { config, logger, observer } = deps;
  const { verifySignature: verify, skillId } = config.own;
  const view = {
    renderer: options.renderer ?? createRenderer(join(PACKAGE_ROOT, 'locales')),
    readings: new SpokenReadings(deps.catalog.prefectures),
    publicBaseUrl: config.linkBaseUrl,
  };
  const skill = createAlexaSkill({ ...channelTurnDeps(deps), logger, view, skillId });
  const verifier = options.verifier ?? (verify ? new AlexaRequestVerifier() : null);
  if (verifier === null || skillId === null) {
    logger.warn('alexa webhook runs without full verification (allowed outside production only)', {
      channel: ALEXA_CHANNEL,
      signatureVerified: verifier !== null,
      skillIdChecked: skillId !== null,
    });
  }

  const refuse = (res: express.Response, status: number, code: string, message: string): void => {
    res.status(status).json({ error: { code, message } });
  };
  const handle: RequestHandler = async (req, res) => {
    const raw = Buffer.isBuffer(req.body) ? req.body : Buffer.alloc(0);
    let envelope;
    try {
      envelope = checkAlexaEnvelope(raw.toString('utf8'), skillId);
      if (verifier !== null) await verifier.verify(raw, req.headers, envelope);
    } catch (error) {
      if (error instanceof InvalidAlexaRequestError) {
        logger.warn('alexa request refused', { channel: ALEXA_CHANNEL, reason: error.code });
        refuse(res, 400, error.code, error.message);
        return;
      }
      if (error instanceof AlexaVerificationError) {
        observer?.signatureRejected(ALEXA_CHANNEL);
        // The detail (which check, the URL, the cause) is for our log only.
        logger.warn('alexa request refused', { channel: ALEXA_CHANNEL, reason: error.refusal, err: error });
        refuse(res, 400, 'verification_failed', 'The request could not be verified');
        return;
      }
      throw error;
    }
    res.json(await skill.invoke(envelope));
  };
  const bodyErrors: ErrorRequestHandler = (error, _req, res, next) => {
    const type = (error as { type?: unknown }).type;
    if (type !== 'entity.too.large') {
      next(error);
      return;
    }
    logger.warn('alexa request refused', { channel: ALEXA_CHANNEL, reason: 'payload_too_large' });
    refuse(res, 413, 'payload_too_large', `The body must be at most ${ALEXA_MAX_BODY_BYTES} bytes`);
  };

  const router = express.Router();
  router.post(ALEXA_PATH, express.raw({ type: () => true, limit: ALEXA_MAX_BODY_BYTES }), handle, bodyErrors);
  return router;
}
