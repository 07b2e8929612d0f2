import { loadCatalogDefinitions } from '../catalog';
import { SAMPLE_PATHS } from '../cli/paths';
import { SoudanError } from '../errors';
import { alexaDriver } from './channels/alexa-driver';
import { ReplayStepError, type ChannelDriver, type ChannelSession } from './channels/driver';
import { googleDriver } from './channels/google-driver';
import { lineDriver } from './channels/line-driver';
import { TEAMS_SERVICE_URL, teamsDriver } from './channels/teams-driver';
import { labSigners, parseSigningKeys, type LabSigners } from './qa-lab';
import { webDriver } from './channels/web-driver';
import { localeVariants } from './locale-variants';
import { pageErrorWords } from './page-error-words';
import { postbackWords } from './postback-words';
import type { ReplayApp } from './replay-app';
import type { ReplayChannel } from './script';
import { understander } from './understand';

/** A --target that cannot be used as given: the message names the setting. */
class TargetError extends SoudanError {}

type Environment = Readonly<Record<string, string | undefined>>;

/**
 * A deployment reached over HTTP (`--target URL`). Its secrets come from the environment, never from scripts:
 * WEB_QA_TOKEN for the web API, LINE_CHANNEL_SECRET to sign LINE webhooks, and QA_SIGNING_KEYS (the private half
 * of a QA lab, `soudan qa-keys`) to sign Alexa, Google and Teams requests as those platforms would, for the ids
 * in ALEXA_SKILL_ID, GOOGLE_PROJECT_ID and MICROSOFT_APP_ID. The deployment trusts the lab through QA_TRUST_FILE.
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
  const keysText = env.QA_SIGNING_KEYS;
  const signers = keysText === undefined || keysText === '' ? null : labSigners(parseSigningKeys(keysText));
  /** A platform signed with the lab's keys: needs QA_SIGNING_KEYS and the id its requests name. */
  const signed = (
    channel: ReplayChannel,
    name: string,
    make: (value: string, lab: LabSigners) => ChannelDriver,
  ): ChannelDriver =>
    signers === null ? missing(channel, 'QA_SIGNING_KEYS') : needs(channel, name, (id) => make(id, signers));
  const catalog = await loadCatalogDefinitions(catalogDir);
  return {
    baseUrl: base,
    drivers: {
      web: needs('web', 'WEB_QA_TOKEN', (token) => webDriver(base, token, { pageWords: pageErrorWords() })),
      line: needs('line', 'LINE_CHANNEL_SECRET', (lineSecret) => lineDriver(base, lineSecret, null)),
      alexa: signed('alexa', 'ALEXA_SKILL_ID', (skillId, lab) => alexaDriver(base, skillId, lab.alexa)),
      google: signed('google', 'GOOGLE_PROJECT_ID', (project, lab) =>
        googleDriver(`${base}/webhooks/google`, () => lab.google(project)),
      ),
      teams: signed('teams', 'MICROSOFT_APP_ID', (appId, lab) =>
        teamsDriver(`${base}/webhooks/teams`, () => lab.teams(appId, TEAMS_SERVICE_URL)),
      ),
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
