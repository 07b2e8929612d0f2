export {
  createApp,
  PUBLIC_DIR,
  type AppDeps,
  type AppObserver,
  type AppOptions,
  type Lifecycle,
} from './app';
export { startServer, type RunningServer, type StartServerOptions } from './start-server';
export { StartupError } from './startup-error';
export { exitOnSignals } from './shutdown-signals';
export { reloadOnHangup } from './reload-signal';
export { ServingApp } from './serving-app';
export { DataTrialError, tryDialogue } from './check-dialogue';
export { loadData, type DialogueFactory, type LoadedData } from './load-service';
export { createDialoguePort } from './dialogue-binding';
export {
  createSessionStore,
  RedisCaError,
  type CreatedStore,
  type StoreObserver,
} from './session-store-factory';
export { toHttpError, type HttpError } from './http-error';
export { bodyDeadline, RequestBodyTimeoutError } from './body-deadline';
export {
  connectionsCheckingInterval,
  guardConnections,
  LOAD_BALANCER_KEEP_ALIVE_MS,
  type ConnectionGuardOptions,
  type ConnectionRefusal,
} from './connection-guard';
export { fitConnectionCap, openFileLimit } from './open-file-limit';
export { errorAnswer, errorHandler, notFound } from './error-handler';
export { CONTENT_SECURITY_POLICY, securityHeaders, STRICT_TRANSPORT_SECURITY } from './security-headers';
export { TokenBuckets, type TokenBucketOptions } from './token-buckets';
export { BENCH_FLOOR_PATH } from './bench-floor-route';
export { channelRouters, type ChannelDeps } from './channel-routers';
export { parseQaTrust, readQaTrust, type QaTrust } from './qa-trust';
export { qaTrustedChannels, type QaTrustedChannels } from './qa-trust-channels';
