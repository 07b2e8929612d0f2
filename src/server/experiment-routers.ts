import type express from 'express';
import { linkBaseUrl } from '../config';
import type { Config } from '../config';
import type { EventSink } from '../experiments';
import type { Renderer } from '../i18n';
import type { Logger } from '../logging';
import type { ServiceMetrics } from '../metrics';
import type { SessionStore } from '../session';
import { conversionsRouter } from './conversions-route';
import { redirectRouter } from './redirect-route';

export interface ExperimentRouterDeps {
  readonly config: Config;
  /** The catalogue's URL of a listing; undefined = no such listing. */
  readonly jobUrl: (listingId: string) => string | undefined;
  readonly store: SessionStore;
  readonly sink: EventSink;
  readonly renderer: Renderer;
  readonly logger: Logger;
  readonly metrics?: Pick<ServiceMetrics, 'conversion' | 'linkRefused'>;
}

/**
 * `GET /r/:token` when job links can be signed (LINK_SECRET, or a per-process one outside production), and
 * `POST /api/v1/conversions` when CONVERSION_SECRET is set. Built with each catalogue version: a link resolves
 * against the catalogue serving now.
 */
export function experimentRouters(deps: ExperimentRouterDeps): express.Router[] {
  const { config, logger } = deps;
  const settings = config.experiments;
  const routers: express.Router[] = [];
  if (settings.linkSecrets.length > 0) {
    routers.push(
      redirectRouter({
        secrets: settings.linkSecrets,
        jobUrl: deps.jobUrl,
        publicBaseUrl: linkBaseUrl(config),
        sink: deps.sink,
        renderer: deps.renderer,
        logger,
        clickParameter: settings.conversionSecrets.length > 0 ? settings.clickParameter : null,
        refused: (reason) => deps.metrics?.linkRefused(reason),
      }),
    );
  }
  if (settings.conversionSecrets.length > 0 && settings.linkSecrets.length > 0) {
    routers.push(
      conversionsRouter({
        secrets: settings.conversionSecrets,
        linkSecrets: settings.linkSecrets,
        maxAgeSeconds: settings.conversionMaxAgeSeconds,
        store: deps.store,
        namespace: config.session.namespace,
        sink: deps.sink,
        logger,
        counted: (result) => deps.metrics?.conversion(result),
      }),
    );
  }
  return routers;
}
