import type { Router } from 'express';
import type { Catalog } from '../catalog';
import { alexaRouter } from '../channels/alexa';
import { googleRouter } from '../channels/google';
import { lineRouter } from '../channels/line';
import type { PlatformChannelDeps } from '../channels/shared';
import { channelConfig, type Config, type PlatformChannel } from '../config';
import { teamsRouter } from '../channels/teams';
import type { Renderer } from '../i18n';
import type { QaTrustedChannels } from './qa-trust-channels';

/** What a platform channel needs to take turns: it only translates, the dialogue stays in the dialogue port. */
export interface ChannelDeps extends Omit<
  PlatformChannelDeps<Pick<Catalog, 'jobTypes' | 'conditions' | 'listings' | 'prefectures'>, unknown>,
  'config'
> {
  /** The whole configuration: each channel is handed only its own slice of it (channelConfig). */
  readonly config: Config;
  /** The process's renderer (locales are read once); default: each channel reads the bundled locales. */
  readonly renderer?: Renderer;
  /** A QA environment's lab keys (QA_TRUST_FILE), trusted instead of the platforms'. */
  readonly qaTrust?: QaTrustedChannels | null;
}

/**
 * The platform webhooks (Alexa, Google, LINE, Teams), each an Express router with its own body handling:
 * signatures are verified over the raw body, so no global JSON parser runs before them. Each is handed only its
 * own slice of the configuration (channelConfig), whose secrets loadConfig already checked. Only the channels
 * CHANNELS lists are mounted.
 */
export function channelRouters(deps: ChannelDeps): Router[] {
  const skipped = PLATFORMS.filter((name) => !deps.config.channels.enabled.includes(name));
  if (skipped.length > 0) deps.logger.info('channels not mounted (CHANNELS)', { channels: skipped });
  return deps.config.channels.enabled.map((name) => ROUTERS[name](deps));
}

const ROUTERS: Readonly<Record<PlatformChannel, (deps: ChannelDeps) => Router>> = {
  alexa: (deps) =>
    alexaRouter(spokenDeps({ ...deps, config: channelConfig(deps.config, 'alexa') }), {
      renderer: deps.renderer,
      ...(deps.qaTrust ? { verifier: deps.qaTrust.alexaVerifier } : {}),
    }),
  google: (deps) =>
    googleRouter(spokenDeps({ ...deps, config: channelConfig(deps.config, 'google') }), {
      renderer: deps.renderer,
      ...(deps.qaTrust ? { certificates: deps.qaTrust.googleCertificates } : {}),
    }),
  line: (deps) =>
    lineRouter({ ...deps, config: channelConfig(deps.config, 'line') }, { renderer: deps.renderer }),
  teams: (deps) =>
    teamsRouter(
      { ...deps, config: channelConfig(deps.config, 'teams') },
      {
        renderer: deps.renderer,
        ...(deps.qaTrust ? { authOverrides: deps.qaTrust.teamsAuth } : {}),
      },
    ),
};
const PLATFORMS = Object.keys(ROUTERS) as PlatformChannel[];

/** Voice channels take the dialogue paged for speech, when the port offers one. */
function spokenDeps<D extends { readonly dialogue: ChannelDeps['dialogue'] }>(deps: D): D {
  return deps.dialogue.voice === undefined ? deps : { ...deps, dialogue: deps.dialogue.voice };
}
