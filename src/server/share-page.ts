import express from 'express';
import type { Listing } from '../catalog/types';
import { jobLink } from '../channels/shared/job-link';
import type { LabelKey, Renderer } from '../i18n';
import { readShareToken, ShareLinkError, type SharedResults } from '../share/share-token';

const SHARE_PATH = '/s';

export interface SharePageDeps {
  readonly keys: readonly Buffer[];
  readonly listings: ReadonlyMap<string, Listing>;
  readonly renderer: Renderer;
  readonly baseUrl: string;
  /** Seconds since the epoch. Default: the clock. */
  readonly now?: () => number;
}

const HTML_ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};
const escapeHtml = (text: string): string => text.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c]!);

/**
 * `GET /s/:token`: a read-only page of the jobs someone shared, each with its link. A token that is damaged,
 * forged or older than a week gets a polite page (404 / 410), never an error trace; nothing is written.
 */
export function sharePageRouter(deps: SharePageDeps): express.Router {
  const router = express.Router();
  const now = deps.now ?? (() => Date.now() / 1000);
  router.get(`${SHARE_PATH}/:token`, (req, res) => {
    res.set({ 'Cache-Control': 'no-store', 'X-Robots-Tag': 'noindex' }).type('html');
    let shared: SharedResults;
    try {
      shared = readShareToken(deps.keys, req.params.token, now());
    } catch (error) {
      if (!(error instanceof ShareLinkError)) throw error;
      const expired = error.reason === 'expired';
      res
        .status(expired ? 410 : 404)
        .send(page(deps.renderer, 'ja', expired ? 'share.expired' : 'share.invalid', []));
      return;
    }
    const jobs = shared.listingIds.flatMap((id) => deps.listings.get(id) ?? []);
    res.send(
      page(deps.renderer, shared.locale, jobs.length > 0 ? 'share.intro' : 'share.gone', jobs, deps.baseUrl),
    );
  });
  return router;
}

function page(
  renderer: Renderer,
  locale: 'ja' | 'en',
  lead: LabelKey,
  jobs: readonly Listing[],
  baseUrl = '',
): string {
  const word = (key: LabelKey): string => escapeHtml(renderer.label(locale, key));
  const items = jobs.map((job) => {
    const facts = [
      job.company,
      job.wage ? renderer.wage(locale, job.wage).text : undefined,
      job.area ? job.area.prefecture + (job.area.municipality ?? '').replace(/\s+/gu, '') : undefined,
    ].filter((f): f is string => f !== undefined && f !== '');
    const href = escapeHtml(jobLink(job, { channel: 'share', baseUrl }));
    return [
      '<li class="job-item"><article class="job">',
      `<h2 class="job-title">${escapeHtml(job.title)}</h2>`,
      ...facts.map((f) => `<p class="job-fact">${escapeHtml(f)}</p>`),
      `<a class="job-link" href="${href}" rel="noopener noreferrer">${word('card.open')}<span class="visually-hidden"> ${escapeHtml(job.title)}</span></a>`,
      '</article></li>',
    ].join('');
  });
  return [
    '<!doctype html>',
    `<html lang="${locale}"><head><meta charset="utf-8" />`,
    '<meta name="viewport" content="width=device-width, initial-scale=1" />',
    `<title>${word('share.title')}</title>`,
    '<link rel="icon" href="data:," /><link rel="stylesheet" href="/share.css" /></head>',
    `<body><header class="bar"><h1 class="bar-title">${word('share.title')}</h1></header>`,
    `<main class="shared"><p class="lead">${word(lead)}</p>`,
    items.length > 0 ? `<ul class="job-list">${items.join('')}</ul>` : '',
    `<p class="again"><a href="/">${word('share.search')}</a></p></main></body></html>`,
  ].join('\n');
}
