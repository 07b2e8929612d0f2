import { createHash } from 'node:crypto';
import express, { type Request, type Response } from 'express';
import {
  ConversionRefusedError,
  RedirectTokenError,
  SIGNATURE_HEADER,
  TIMESTAMP_HEADER,
  verifyConversion,
  linkEventFields,
  verifyLink,
  type ConversionRefusal,
  type EventSink,
} from '../experiments';
import type { Logger } from '../logging';
import { sessionKey, type SessionStore } from '../session';

const CONVERSIONS_PATH = '/api/v1/conversions';
const MAX_BODY_BYTES = 4 * 1024;
/** How long an application id is remembered: a job site retrying within this time is not counted twice. */
const CONVERSION_CLAIM_SECONDS = 35 * 24 * 3600;
const CLAIM_CHANNEL = 'conversion';

type ConversionResult = 'recorded' | 'duplicate' | `refused_${ConversionRefusal}`;

export interface ConversionsRouteDeps {
  /** CONVERSION_SECRET: the first and any other (rotation) verify. */
  readonly secrets: readonly string[];
  /** LINK_SECRET: the click token in the report was signed with it. */
  readonly linkSecrets: readonly string[];
  readonly maxAgeSeconds: number;
  readonly store: SessionStore;
  readonly namespace: string;
  readonly sink: EventSink;
  readonly logger: Logger;
  readonly now?: () => Date;
  /** Every outcome, refusals included (metrics). */
  readonly counted?: (result: ConversionResult) => void;
}

/**
 * `POST /api/v1/conversions`, from the job site: `{ "applicationId", "click" }` where `click` is the token the job
 * link carried (the `soudan_click` parameter). Signature and timestamp are checked over the raw body before it
 * is parsed; a refused report is counted and answered 401 (400 when signed but malformed). An application id is
 * recorded once: a repeat answers 200 `duplicate`, the first 201 `recorded`.
 */
export function conversionsRouter(deps: ConversionsRouteDeps): express.Router {
  const router = express.Router();
  const now = deps.now ?? (() => new Date());
  const raw = express.raw({ type: () => true, limit: MAX_BODY_BYTES, inflate: false });
  router.post(CONVERSIONS_PATH, raw, async (req: Request, res: Response) => {
    const at = now();
    const body = Buffer.isBuffer(req.body) ? req.body : Buffer.alloc(0);
    try {
      verifyConversion(
        deps.secrets,
        { timestamp: req.get(TIMESTAMP_HEADER), signature: req.get(SIGNATURE_HEADER) },
        body,
        Math.floor(at.getTime() / 1000),
        deps.maxAgeSeconds,
      );
    } catch (error) {
      if (!(error instanceof ConversionRefusedError)) throw error;
      return refuse(deps, res, error.reason, 401, error.message);
    }
    const report = parseReport(body);
    if (report === null) return refuse(deps, res, 'malformed', 400, 'Expected { "applicationId", "click" }');
    let claims;
    try {
      claims = verifyLink(report.click, deps.linkSecrets, null);
    } catch (error) {
      if (!(error instanceof RedirectTokenError)) throw error;
      return refuse(deps, res, 'malformed', 400, 'The click is not one of our job links');
    }
    const claimId = createHash('sha256').update(report.applicationId).digest('hex');
    const key = sessionKey(deps.namespace, CLAIM_CHANNEL, claimId);
    const first = (await deps.store.compareAndSet(key, 0, '1', CONVERSION_CLAIM_SECONDS)) !== null;
    if (!first) {
      deps.counted?.('duplicate');
      res.status(200).json({ status: 'duplicate' });
      return;
    }
    deps.sink.write({
      event: 'conversion',
      ...linkEventFields(claims, at),
      application: claimId.slice(0, 32),
    });
    deps.counted?.('recorded');
    res.status(201).json({ status: 'recorded' });
  });
  return router;
}

function refuse(
  deps: ConversionsRouteDeps,
  res: Response,
  reason: ConversionRefusal,
  status: number,
  message: string,
): void {
  deps.counted?.(`refused_${reason}`);
  deps.logger.warn('conversion refused', { reason });
  res.locals.errorCode = `conversion_${reason}`;
  res.status(status).json({ error: { code: `conversion_${reason}`, message } });
}

function parseReport(body: Buffer): { applicationId: string; click: string } | null {
  let value: unknown;
  try {
    value = JSON.parse(body.toString('utf8'));
  } catch {
    return null;
  }
  if (value === null || typeof value !== 'object') return null;
  const { applicationId, click } = value as Record<string, unknown>;
  if (typeof applicationId !== 'string' || !/^[\x21-\x7e]{1,128}$/.test(applicationId)) return null;
  if (typeof click !== 'string' || click.length > 1000) return null;
  return { applicationId, click };
}
