import { loadCatalogDefinitions } from '../catalog';
import { SAMPLE_PATHS } from '../cli/paths';
import { SoudanError } from '../errors';
import { alexaDriver } from './channels/alexa-driver';
import { ReplayStepError, type ChannelDriver, type ChannelSession } from './channels/driver';
import { googleDriver } from './channels/google-driver';
import { lineDriver } from './channels/line-driver';
import { teamsDriver } from './channels/teams-driver';
import { webDriver } from './channels/web-driver';
import { localeVariants } from './locale-variants';
import { postbackWords } from './postback-words';
import type { ReplayApp } from './replay-app';
import type { ReplayChannel } from './script';
import { understander } from './understand';

/** A --target that cannot be used as given: the message names the setting. */
export class TargetError extends SoudanError {}

type Environment = Readonly<Record<string, string | undefined>>;

/**
 * A deployment reached over HTTP (`--target URL`). Its secrets come from the environment, never from scripts:
 * WEB_QA_TOKEN for the web API, LINE_CHANNEL_SECRET to sign LINE webhooks, ALEXA_SKILL_ID for the skill id Alexa
 * requests carry. Alexa, Google and Teams requests are not signed (nothing here holds Amazon's, Google's or
 * Microsoft's keys): those channels work against a deployment that runs them unverified (outside production).
 * Only what each platform's response carries can be checked; LINE's replies go to LINE, so a LINE step shows
 * only that the webhook took it. `understood` is this checkout's parser on `catalogDir`'s catalogue.
 */
export async function remoteTarget(
  url: string,
  env: Environment,
  catalogDir = SAMPLE_PATHS.catalogDir,
): Promise<ReplayApp> {
  let base: string;
  try {
    const parsed = new URL(url);
    if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') throw new Error('not http(s)');
    base = parsed.href.replace(/\/+$/, '');
  } catch (cause) {
    throw new TargetError(`--target must be an http(s) URL, got ${JSON.stringify(url)}`, { cause });
  }
  const needs = (
    channel: ReplayChannel,
    name: string,
    make: (value: string) => ChannelDriver,
  ): ChannelDriver => {
    const value = env[name];
    return value === undefined || value === '' ? missing(channel, name) : make(value);
  };
  const catalog = await loadCatalogDefinitions(catalogDir);
  return {
    baseUrl: base,
    drivers: {
      web: needs('web', 'WEB_QA_TOKEN', (token) => webDriver(base, token)),
      line: needs('line', 'LINE_CHANNEL_SECRET', (lineSecret) => lineDriver(base, lineSecret, null)),
      alexa: needs('alexa', 'ALEXA_SKILL_ID', (skillId) => alexaDriver(base, skillId, null)),
      google: googleDriver(`${base}/webhooks/google`),
      teams: teamsDriver(`${base}/webhooks/teams`),
    },
    tap: null,
    variants: localeVariants(),
    understand: understander(catalog),
    buttonWords: postbackWords(catalog),
    close: () => Promise.resolve(),
  };
}

/** A channel whose secret is not set: each of its conversations fails at its first step, saying which variable. */
function missing(channel: ReplayChannel, variable: string): ChannelDriver {
  const session: ChannelSession = {
    send: () =>
      Promise.reject(
        new ReplayStepError(`${channel} against a URL needs ${variable} in the environment`, {
          context: { channel, variable },
        }),
      ),
  };
  return { channel, open: () => session };
}
