import express, { type Request, type Response } from 'express';
import type { Locale } from '../dialogue/types';
import {
  REDIRECT_PATH,
  RedirectTokenError,
  linkEventFields,
  verifyLink,
  type EventSink,
  type LinkClaims,
  type RedirectRefusal,
} from '../experiments';
import { absoluteUrl } from '../channels/web/turn-response';
import type { LabelKey, Renderer } from '../i18n';
import type { Logger } from '../logging';

export interface RedirectRouteDeps {
  readonly secrets: readonly string[];
  /** The catalogue's job URL for a listing id; undefined = no such job. */
  readonly jobUrl: (listingId: string) => string | undefined;
  readonly publicBaseUrl: string;
  readonly sink: EventSink;
  readonly renderer: Renderer;
  readonly logger: Logger;
  /** Appended to the job's URL with the token, so the job site can report the application (null: nothing). */
  readonly clickParameter: string | null;
  readonly now?: () => Date;
  readonly refused?: (reason: RedirectRefusal) => void;
}

const STATUS: Record<RedirectRefusal, number> = {
  malformed: 400,
  signature: 400,
  expired: 410,
  unknown_job: 404,
};
const WORDS: Record<RedirectRefusal, LabelKey> = {
  malformed: 'link.invalid',
  signature: 'link.invalid',
  expired: 'link.expired',
  unknown_job: 'link.unknownJob',
};

/**
 * `GET /r/:token`: a job link. A token that verifies and names a job in the catalogue records `job_opened` and
 * redirects to that job's own URL, the only place it can redirect to; anything else gets a polite page and no
 * redirect (never an open redirect: the token names a listing, not a URL).
 */
export function redirectRouter(deps: RedirectRouteDeps): express.Router {
  const router = express.Router();
  const now = deps.now ?? (() => new Date());
  router.get(`${REDIRECT_PATH}/:token`, (req: Request, res: Response) => {
    const at = now();
    let claims: LinkClaims;
    let target: string;
    try {
      claims = verifyLink(String(req.params.token), deps.secrets, Math.floor(at.getTime() / 1000));
      const url = deps.jobUrl(claims.listing);
      if (url === undefined)
        throw new RedirectTokenError('unknown_job', 'the link names no job in the catalogue');
      target = jobTarget(absoluteUrl(url, deps.publicBaseUrl), deps.clickParameter, String(req.params.token));
    } catch (error) {
      if (!(error instanceof RedirectTokenError)) throw error;
      deps.refused?.(error.reason);
      deps.logger.info('job link refused', { reason: error.reason });
      res.locals.errorCode = `link_${error.reason}`;
      res.set('Cache-Control', 'no-store');
      res
        .status(STATUS[error.reason])
        .type('html')
        .send(refusalPage(deps.renderer, pageLocale(req), error.reason));
      return;
    }
    deps.sink.write({ event: 'job_opened', ...linkEventFields(claims, at) });
    res.set('Cache-Control', 'no-store');
    res.set('Referrer-Policy', 'no-referrer');
    res.redirect(302, target);
  });
  return router;
}

/** The job's URL with the click token as one more query parameter; a catalogue URL that is not http(s) is no job. */
function jobTarget(url: string, parameter: string | null, token: string): string {
  const target = new URL(url);
  if (target.protocol !== 'https:' && target.protocol !== 'http:') {
    throw new RedirectTokenError('unknown_job', 'the job has no web address');
  }
  if (parameter !== null) target.searchParams.set(parameter, token);
  return target.href;
}

function pageLocale(req: Request): Locale {
  return req.acceptsLanguages('ja', 'en') === 'en' ? 'en' : 'ja';
}

const HTML_ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};
const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c]!);

/** A small page in the user's language: what happened and the way back to the search. No detail of the token. */
function refusalPage(renderer: Renderer, locale: Locale, reason: RedirectRefusal): string {
  const word = (key: LabelKey) => escapeHtml(renderer.label(locale, key));
  return [
    '<!doctype html>',
    `<html lang="${locale}"><head><meta charset="utf-8">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${word('link.title')}</title></head>`,
    '<body style="font-family: system-ui, sans-serif; max-width: 32rem; margin: 3rem auto; padding: 0 1rem; line-height: 1.7">',
    `<h1 style="font-size: 1.25rem">${word('link.title')}</h1>`,
    `<p>${word(WORDS[reason])}</p>`,
    `<p><a href="/">${word('link.back')}</a></p>`,
    '</body></html>',
  ].join('\n');
}
