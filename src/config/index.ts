export { loadConfig } from './load-config';
export { ConfigError } from './config-error';
export type { AddressRange } from './env-fields';
export type { Config, LogLevel, PlatformChannel } from './types';
export { channelConfig, linkBaseUrl, type ChannelConfig } from './channel-config';
export {
  type AlexaSettings,
  type GoogleSettings,
  type LineSettings,
  type ServiceUrlPolicy,
  type TeamsSettings,
} from './channel-settings';
