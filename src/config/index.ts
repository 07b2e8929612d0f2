export { loadConfig } from './load-config';
export { ConfigError } from './config-error';
export { deepFreeze, type DeepReadonly } from './deep-freeze';
export {
  ENV_SCHEMA,
  GOOGLE_LOAD_BALANCER_RANGES,
  LOG_LEVELS,
  NODE_ENVS,
  PLATFORM_CHANNELS,
  SECRET_VARIABLES,
} from './env-schema';
export type { AddressRange } from './env-fields';
export type { Config, LogLevel, MutableConfig, NodeEnv, PlatformChannel } from './types';
export { channelConfig, linkBaseUrl, type ChannelConfig } from './channel-config';
export {
  DEFAULT_LINE_API_BASE_URL,
  type AlexaSettings,
  type GoogleSettings,
  type LineSettings,
  type ServiceUrlPolicy,
  type TeamsCredentials,
  type TeamsSettings,
} from './channel-settings';
