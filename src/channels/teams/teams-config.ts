import { ConfigError, type Config } from '../../config';

export interface TeamsCredentials {
  readonly MicrosoftAppId: string;
  readonly MicrosoftAppPassword: string;
  readonly MicrosoftAppType: string;
  readonly MicrosoftAppTenantId: string;
}

export type TeamsSettings =
  | { readonly enabled: false; readonly reason: string }
  /** credentials null = emulator mode: no JWT is asked for (outside production only). */
  | { readonly enabled: true; readonly credentials: TeamsCredentials | null };

/**
 * Off when CHANNELS leaves `teams` out. Production: MICROSOFT_APP_ID and MICROSOFT_APP_PASSWORD (a SingleTenant
 * app also MICROSOFT_APP_TENANT_ID) are required. Elsewhere: emulator mode without an app id, JWTs checked with one.
 */
export function teamsSettings(config: Config): TeamsSettings {
  if (!config.channels.enabled.includes('teams')) return { enabled: false, reason: 'not listed in CHANNELS' };
  const { appId, appPassword, appType, tenantId } = config.channels.microsoft;
  if (config.production) {
    const problems = [
      appId === null
        ? "MICROSOFT_APP_ID: required in production (the bot's app id tokens are checked against)"
        : null,
      appPassword === null
        ? "MICROSOFT_APP_PASSWORD: required in production (the bot's client secret)"
        : null,
      appType?.toLowerCase() === 'singletenant' && tenantId === null
        ? 'MICROSOFT_APP_TENANT_ID: required for a SingleTenant app'
        : null,
    ].filter((p): p is string => p !== null);
    if (problems.length > 0) {
      throw new ConfigError([...problems, 'CHANNELS: leave out `teams` to run without the Teams channel']);
    }
  }
  if (appId === null) return { enabled: true, credentials: null };
  return {
    enabled: true,
    credentials: {
      MicrosoftAppId: appId,
      MicrosoftAppPassword: appPassword ?? '',
      MicrosoftAppType: appType ?? 'MultiTenant',
      MicrosoftAppTenantId: tenantId ?? '',
    },
  };
}
