export { loadConfig } from './load-config';
export { ConfigError } from './config-error';
export { deepFreeze, type DeepReadonly } from './deep-freeze';
export { ENV_SCHEMA, LOG_LEVELS, NODE_ENVS, PLATFORM_CHANNELS, SECRET_VARIABLES } from './env-schema';
export type { Config, LogLevel, MutableConfig, NodeEnv, PlatformChannel } from './types';
