import type { ParsedEnv } from './env-schema';

const DEFAULT_LINE_API_BASE_URL = 'https://api.line.me';

/** The Alexa webhook: whether signatures are checked, and the skill id requests must carry (null: not checked). */
export interface AlexaSettings {
  readonly verifySignature: boolean;
  readonly skillId: string | null;
}

/** The Google webhook: the project id Google's signed requests are checked against (null: not verified). */
export interface GoogleSettings {
  readonly projectId: string | null;
}

export type LineSettings =
  | { readonly enabled: false; readonly reason: string }
  | {
      readonly enabled: true;
      /** null = signatures are not checked (outside production only). */
      readonly channelSecret: string | null;
      readonly channelAccessToken: string;
      readonly apiBaseUrl: string;
      /** Older signed events run no turn (LINE_EVENT_MAX_AGE_SECONDS). */
      readonly eventMaxAgeSeconds: number;
    };

interface TeamsCredentials {
  readonly MicrosoftAppId: string;
  readonly MicrosoftAppPassword: string;
  readonly MicrosoftAppType: string;
  readonly MicrosoftAppTenantId: string;
}

/**
 * Where the Teams channel may POST replies (an activity's serviceUrl). In production the Bot Framework token binds
 * the serviceUrl (its `serviceurl` claim must match), so any origin the token vouches for is fine unless
 * TEAMS_ALLOWED_SERVICE_URLS narrows it. Outside production requests may be unauthenticated (emulator mode), so
 * only loopback (the Bot Framework Emulator) and the listed origins are allowed.
 */
export interface ServiceUrlPolicy {
  readonly loopback: boolean;
  /** Allowed origins (`https://host[:port]`); null = any. */
  readonly origins: readonly string[] | null;
}

export type TeamsSettings =
  | { readonly enabled: false; readonly reason: string }
  | {
      readonly enabled: true;
      /** null = emulator mode: no JWT is asked for (outside production only). */
      readonly credentials: TeamsCredentials | null;
      readonly replyTargets: ServiceUrlPolicy;
    };

export interface ChannelSettings {
  readonly alexa: AlexaSettings;
  readonly google: GoogleSettings;
  readonly line: LineSettings;
  readonly teams: TeamsSettings;
}

/**
 * Each platform channel's settings, resolved once at start, and what is wrong with them: in production every
 * channel CHANNELS lists must have its secrets (one line per missing variable, naming it). Outside production a
 * channel may run unverified, and says so in its start-up log line.
 */
export function channelSettings(env: ParsedEnv): { settings: ChannelSettings; problems: string[] } {
  const production = env.NODE_ENV === 'production';
  const on = (name: (typeof env.CHANNELS)[number]) => env.CHANNELS.includes(name);
  const problems: string[] = [];
  const alexa = alexaSettings(env, production);
  const google = { projectId: env.GOOGLE_PROJECT_ID ?? null };
  if (production && on('alexa')) problems.push(...alexa.problems);
  if (production && on('google') && google.projectId === null) {
    problems.push("GOOGLE_PROJECT_ID: required in production (the audience of Google's signed requests)");
  }
  const line = lineSettings(env, production, on('line'));
  const teams = teamsSettings(env, production, on('teams'));
  problems.push(...line.problems, ...teams.problems);
  return {
    settings: { alexa: alexa.settings, google, line: line.settings, teams: teams.settings },
    problems,
  };
}

function alexaSettings(env: ParsedEnv, production: boolean) {
  const skillId = env.ALEXA_SKILL_ID ?? null;
  const problems = [
    env.ALEXA_VERIFY_SIGNATURE === false
      ? 'ALEXA_VERIFY_SIGNATURE: must not be false in production (Alexa requests must be verified)'
      : null,
    skillId === null ? 'ALEXA_SKILL_ID: required in production (the skill id requests must carry)' : null,
  ].filter((p): p is string => p !== null);
  return { settings: { verifySignature: env.ALEXA_VERIFY_SIGNATURE ?? production, skillId }, problems };
}

/**
 * Off when CHANNELS leaves `line` out. Production: LINE_CHANNEL_SECRET and LINE_CHANNEL_ACCESS_TOKEN are required.
 * Elsewhere: off until some LINE_* variable is set, then on, unverified while the secret is missing.
 */
function lineSettings(env: ParsedEnv, production: boolean, listed: boolean) {
  const off = (reason: string) => ({ settings: { enabled: false as const, reason }, problems: [] });
  if (!listed) return off('not listed in CHANNELS');
  const channelSecret = env.LINE_CHANNEL_SECRET ?? null;
  const channelAccessToken = env.LINE_CHANNEL_ACCESS_TOKEN ?? null;
  const apiBaseUrl = env.LINE_API_BASE_URL?.replace(/\/+$/, '') ?? null;
  const problems = production
    ? [
        channelSecret === null
          ? 'LINE_CHANNEL_SECRET: required in production (webhook signatures are checked with it)'
          : null,
        channelAccessToken === null
          ? 'LINE_CHANNEL_ACCESS_TOKEN: required in production (replies are sent with it)'
          : null,
      ].filter((p): p is string => p !== null)
    : [];
  if (problems.length > 0) problems.push('CHANNELS: leave out `line` to run without the LINE channel');
  if (!production && channelSecret === null && channelAccessToken === null && apiBaseUrl === null) {
    return off('no LINE_CHANNEL_SECRET, LINE_CHANNEL_ACCESS_TOKEN or LINE_API_BASE_URL');
  }
  return {
    settings: {
      enabled: true as const,
      channelSecret,
      channelAccessToken: channelAccessToken ?? 'unset',
      apiBaseUrl: apiBaseUrl ?? DEFAULT_LINE_API_BASE_URL,
      eventMaxAgeSeconds: env.LINE_EVENT_MAX_AGE_SECONDS,
    },
    problems,
  };
}

/**
 * Off when CHANNELS leaves `teams` out. Production: MICROSOFT_APP_ID and MICROSOFT_APP_PASSWORD (a SingleTenant
 * app also MICROSOFT_APP_TENANT_ID) are required. Elsewhere: emulator mode without an app id, JWTs checked with one.
 */
function teamsSettings(env: ParsedEnv, production: boolean, listed: boolean) {
  if (!listed)
    return { settings: { enabled: false as const, reason: 'not listed in CHANNELS' }, problems: [] };
  const appId = env.MICROSOFT_APP_ID ?? null;
  const appPassword = env.MICROSOFT_APP_PASSWORD ?? null;
  const appType = env.MICROSOFT_APP_TYPE ?? null;
  const tenantId = env.MICROSOFT_APP_TENANT_ID ?? null;
  const problems = production
    ? [
        appId === null
          ? "MICROSOFT_APP_ID: required in production (the bot's app id tokens are checked against)"
          : null,
        appPassword === null
          ? "MICROSOFT_APP_PASSWORD: required in production (the bot's client secret)"
          : null,
        appType?.toLowerCase() === 'singletenant' && tenantId === null
          ? 'MICROSOFT_APP_TENANT_ID: required for a SingleTenant app'
          : null,
      ].filter((p): p is string => p !== null)
    : [];
  if (problems.length > 0) problems.push('CHANNELS: leave out `teams` to run without the Teams channel');
  const listedOrigins = env.TEAMS_ALLOWED_SERVICE_URLS;
  const replyTargets: ServiceUrlPolicy = production
    ? { loopback: false, origins: listedOrigins.length > 0 ? listedOrigins : null }
    : { loopback: true, origins: listedOrigins };
  const credentials: TeamsCredentials | null =
    appId === null
      ? null
      : {
          MicrosoftAppId: appId,
          MicrosoftAppPassword: appPassword ?? '',
          MicrosoftAppType: appType ?? 'MultiTenant',
          MicrosoftAppTenantId: tenantId ?? '',
        };
  return { settings: { enabled: true as const, credentials, replyTargets }, problems };
}
