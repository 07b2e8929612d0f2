import type { Router } from 'express';
import type { Catalog } from '../catalog';
import { alexaRouter } from '../channels/alexa';
import { googleRouter } from '../channels/google';
import { lineRouter } from '../channels/line';
import type { ChannelObserver, DialoguePort } from '../channels/shared';
import { teamsRouter } from '../channels/teams';
import type { Config, PlatformChannel } from '../config';
import type { Logger } from '../logging';
import type { SessionStore } from '../session';

/** What a platform channel needs to take turns: it only translates, the dialogue stays in the dialogue port. */
export interface ChannelDeps {
  readonly config: Config;
  readonly logger: Logger;
  readonly dialogue: DialoguePort;
  readonly store: SessionStore;
  readonly catalog: Pick<Catalog, 'jobTypes' | 'conditions' | 'listings' | 'prefectures'>;
  readonly observer?: ChannelObserver;
}

/**
 * The platform webhooks (Alexa, Google, LINE, Teams), each an Express router with its own body handling:
 * signatures are verified over the raw body, so no global JSON parser runs before them. A channel whose
 * secrets are missing in production throws here, at start, with a message naming the variable. Only the
 * channels CHANNELS lists are mounted.
 */
export function channelRouters(deps: ChannelDeps): Router[] {
  const skipped = PLATFORMS.filter((name) => !deps.config.channels.enabled.includes(name));
  if (skipped.length > 0) deps.logger.info('channels not mounted (CHANNELS)', { channels: skipped });
  return deps.config.channels.enabled.map((name) => ROUTERS[name](deps));
}

const ROUTERS: Readonly<Record<PlatformChannel, (deps: ChannelDeps) => Router>> = {
  alexa: alexaRouter,
  google: googleRouter,
  line: lineRouter,
  teams: teamsRouter,
};
const PLATFORMS = Object.keys(ROUTERS) as PlatformChannel[];
