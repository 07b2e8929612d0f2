import { ConfigError, type Config } from '../../config';

export const DEFAULT_LINE_API_BASE_URL = 'https://api.line.me';

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

/**
 * Off when CHANNELS leaves `line` out. Production: LINE_CHANNEL_SECRET and LINE_CHANNEL_ACCESS_TOKEN are required
 * (ConfigError naming the missing ones). Elsewhere: off until some LINE_* variable is set, then on, unverified
 * while the secret is missing.
 */
export function lineSettings(config: Config): LineSettings {
  if (!config.channels.enabled.includes('line')) return { enabled: false, reason: 'not listed in CHANNELS' };
  const { channelSecret, channelAccessToken, apiBaseUrl, eventMaxAgeSeconds } = config.channels.line;
  if (config.production) {
    const problems = [
      channelSecret === null
        ? 'LINE_CHANNEL_SECRET: required in production (webhook signatures are checked with it)'
        : null,
      channelAccessToken === null
        ? 'LINE_CHANNEL_ACCESS_TOKEN: required in production (replies are sent with it)'
        : null,
    ].filter((p): p is string => p !== null);
    if (problems.length > 0) {
      throw new ConfigError([...problems, 'CHANNELS: leave out `line` to run without the LINE channel']);
    }
  } else if (channelSecret === null && channelAccessToken === null && apiBaseUrl === null) {
    return {
      enabled: false,
      reason: 'no LINE_CHANNEL_SECRET, LINE_CHANNEL_ACCESS_TOKEN or LINE_API_BASE_URL',
    };
  }
  return {
    enabled: true,
    channelSecret,
    channelAccessToken: channelAccessToken ?? 'unset',
    apiBaseUrl: apiBaseUrl ?? DEFAULT_LINE_API_BASE_URL,
    eventMaxAgeSeconds,
  };
}
