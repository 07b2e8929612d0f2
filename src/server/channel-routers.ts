import type { Router } from 'express';
import type { Catalog } from '../catalog';
import { alexaRouter } from '../channels/alexa';
import { googleRouter } from '../channels/google';
import { lineRouter } from '../channels/line';
import type { PlatformChannelDeps } from '../channels/shared';
import { teamsRouter } from '../channels/teams';
import type { PlatformChannel } from '../config';
import type { Renderer } from '../i18n';
import type { QaTrustedChannels } from './qa-trust-channels';

/** What a platform channel needs to take turns: it only translates, the dialogue stays in the dialogue port. */
export interface ChannelDeps extends PlatformChannelDeps<
  Pick<Catalog, 'jobTypes' | 'conditions' | 'listings' | 'prefectures'>
> {
  /** The process's renderer (locales are read once); default: each channel reads the bundled locales. */
  readonly renderer?: Renderer;
  /** A QA environment's lab keys (QA_TRUST_FILE), trusted instead of the platforms'. */
  readonly qaTrust?: QaTrustedChannels | null;
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
  alexa: (deps) =>
    alexaRouter(spokenDeps(deps), {
      renderer: deps.renderer,
      ...(deps.qaTrust ? { verifier: deps.qaTrust.alexaVerifier } : {}),
    }),
  google: (deps) =>
    googleRouter(spokenDeps(deps), {
      renderer: deps.renderer,
      ...(deps.qaTrust ? { certificates: deps.qaTrust.googleCertificates } : {}),
    }),
  line: (deps) => lineRouter(deps, { renderer: deps.renderer }),
  teams: (deps) =>
    teamsRouter(deps, {
      renderer: deps.renderer,
      ...(deps.qaTrust ? { authOverrides: deps.qaTrust.teamsAuth } : {}),
    }),
};
const PLATFORMS = Object.keys(ROUTERS) as PlatformChannel[];

/** Voice channels take the dialogue paged for speech, when the port offers one. */
function spokenDeps(deps: ChannelDeps): ChannelDeps {
  return deps.dialogue.voice === undefined ? deps : { ...deps, dialogue: deps.dialogue.voice };
}
