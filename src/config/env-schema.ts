import { z } from 'zod';
import { DEFAULT_STRATEGY, STRATEGY_NAMES, type StrategyName } from '../engine';
import {
  cidrList,
  flag,
  keyPart,
  oneOf,
  originList,
  secret,
  secretList,
  optionalString,
  positiveDecimal,
  subsetOf,
  url,
  wholeNumber,
} from './env-fields';

export const LOG_LEVELS = ['debug', 'info', 'warn', 'error', 'silent'] as const;
export const NODE_ENVS = ['development', 'production', 'test'] as const;
/** Platform channels that can be switched on; the web chat is always on. */
export const PLATFORM_CHANNELS = ['alexa', 'google', 'line', 'teams'] as const;

/** Where Google Cloud's external Application Load Balancer proxies and health checks connect from. */
const GOOGLE_LOAD_BALANCER_RANGES = ['35.191.0.0/16', '130.211.0.0/22'] as const;

/** Variables whose values must never appear in messages or logs (REDIS_URL may carry a password). */
export const SECRET_VARIABLES: ReadonlySet<string> = new Set([
  'REDIS_URL',
  'LOG_HASH_SALT',
  'LINE_CHANNEL_SECRET',
  'LINE_CHANNEL_ACCESS_TOKEN',
  'MICROSOFT_APP_PASSWORD',
  'WEB_CONVERSATION_SECRET',
  'WEB_QA_TOKEN',
  'LINK_SECRET',
  'CONVERSION_SECRET',
]);

/** Every variable the service reads, with its default. The table is the documentation (see README). */
export const ENV_SCHEMA = z.object({
  NODE_ENV: oneOf(NODE_ENVS, 'development'),
  PORT: wholeNumber(0, 65535, 3000),
  PUBLIC_BASE_URL: url(['http:', 'https:']),
  /** Proxy hops in front of the service whose X-Forwarded-For is trusted (the per-client rate limit needs it). */
  TRUST_PROXY: wholeNumber(0, 10, 0),
  SHUTDOWN_TIMEOUT_MS: wholeNumber(0, 600_000, 10_000),
  /** Open connections on PORT; lowered at start to fit the process's open-file limit. */
  HTTP_MAX_CONNECTIONS: wholeNumber(1, 1_000_000, 4096),
  /** Open connections from one address (the socket's, not X-Forwarded-For); the load balancer's are exempt. */
  HTTP_MAX_CONNECTIONS_PER_CLIENT: wholeNumber(1, 1_000_000, 64),
  /** How long a client may take to send a request's headers (a new connection's first included). */
  HTTP_HEADERS_TIMEOUT_MS: wholeNumber(100, 300_000, 10_000),
  /** How long a client may take to send a request's body once its headers are in. */
  HTTP_BODY_TIMEOUT_MS: wholeNumber(100, 300_000, 10_000),
  /** How long an idle keep-alive connection stays open; the load balancer's stay open longer (see README). */
  HTTP_KEEP_ALIVE_TIMEOUT_MS: wholeNumber(100, 600_000, 5_000),
  /**
   * Source ranges of the load balancer's own connections: they keep the long keep-alive the balancer expects and
   * are not capped per address. Default: Google Cloud's load balancer proxies and health checks.
   */
  LOAD_BALANCER_RANGES: cidrList(GOOGLE_LOAD_BALANCER_RANGES),

  REDIS_URL: url(['redis:', 'rediss:'], { allowCredentials: true }),
  /** PEM file of the CA that signed the Redis server's certificate (Memorystore's server CA); rediss:// only. */
  REDIS_TLS_CA_FILE: optionalString(),
  SESSION_TTL_SECONDS: wholeNumber(1, 30 * 24 * 3600, 1800),
  /** How long a user's saved jobs are kept after their last change. */
  SAVED_JOBS_TTL_SECONDS: wholeNumber(60, 366 * 24 * 3600, 30 * 24 * 3600),
  /** The `<env>` part of session keys; default: NODE_ENV. */
  SESSION_NAMESPACE: keyPart(),

  CATALOG_DIR: optionalString(),
  MODEL_PATH: optionalString(),
  STRATEGY: oneOf(STRATEGY_NAMES as [StrategyName, ...StrategyName[]], DEFAULT_STRATEGY),

  LOG_LEVEL: oneOf(LOG_LEVELS, 'info'),
  LOG_HASH_SALT: optionalString(),
  /** Opt-in: a debug line per turn with what the user sent (for `soudan record`); needs LOG_LEVEL=debug. */
  LOG_CONVERSATIONS: flag(false),
  /** Makes trace ids in logs absolute (`projects/<id>/traces/<trace>`), so Cloud Logging links them. */
  GOOGLE_CLOUD_PROJECT: optionalString(),
  METRICS_PORT: wholeNumber(0, 65535, 9464),

  RATE_LIMIT_ENABLED: flag(true),
  RATE_LIMIT_CONVERSATION_BURST: wholeNumber(1, 100_000, 20),
  RATE_LIMIT_CONVERSATION_PER_SECOND: positiveDecimal(100_000, 2),
  RATE_LIMIT_CLIENT_BURST: wholeNumber(1, 1_000_000, 120),
  RATE_LIMIT_CLIENT_PER_SECOND: positiveDecimal(1_000_000, 30),
  /** Conversations one client address may create (separate from its requests): a flood fills the store. */
  RATE_LIMIT_NEW_CONVERSATION_BURST: wholeNumber(1, 1_000_000, 60),
  RATE_LIMIT_NEW_CONVERSATION_PER_SECOND: positiveDecimal(1_000_000, 1),
  RATE_LIMIT_MAX_TRACKED: wholeNumber(100, 10_000_000, 10_000),

  /**
   * Signs the web chat's conversation tokens (HMAC-SHA256); several, comma-separated, during a rotation: the first
   * signs, each verifies. Required in production; elsewhere a random one per process when unset.
   */
  WEB_CONVERSATION_SECRET: secretList(32),
  /** Bearer token that lets QA scripts name their own conversation ids; unset = nobody can. */
  WEB_QA_TOKEN: secret(32),

  /** Platform webhooks to mount; in production each one listed must have its secrets. */
  CHANNELS: subsetOf(PLATFORM_CHANNELS, PLATFORM_CHANNELS),
  ALEXA_SKILL_ID: optionalString(),
  ALEXA_VERIFY_SIGNATURE: flag(undefined),
  GOOGLE_PROJECT_ID: optionalString(),
  LINE_CHANNEL_SECRET: optionalString(),
  LINE_CHANNEL_ACCESS_TOKEN: optionalString(),
  LINE_API_BASE_URL: url(['http:', 'https:']),
  /** Signed LINE events older than this run no turn; dedup claims live this long plus two minutes. */
  LINE_EVENT_MAX_AGE_SECONDS: wholeNumber(1, 86_400, 300),
  MICROSOFT_APP_ID: optionalString(),
  MICROSOFT_APP_PASSWORD: optionalString(),
  MICROSOFT_APP_TYPE: optionalString(),
  MICROSOFT_APP_TENANT_ID: optionalString(),
  /** Origins Teams replies may go to besides loopback (outside production) or at all (production, when set). */
  TEAMS_ALLOWED_SERVICE_URLS: originList(),

  /** JSON file (or mounted ConfigMap) of experiments; validated at start, read again with the model on SIGHUP. */
  EXPERIMENTS_FILE: optionalString(),
  /** Experiment events: appended to this file (a laptop), `-` = JSON lines on stdout (production's default, for Cloud Logging); unset elsewhere = none. */
  EVENTS_FILE: optionalString(),
  /** Signs job links (`/r/<token>`); several, comma-separated, during a rotation. Elsewhere than production: per process when unset. */
  LINK_SECRET: secretList(32),
  /** How long a job link works. */
  LINK_TTL_SECONDS: wholeNumber(60, 365 * 24 * 3600, 30 * 24 * 3600),
  /** Shared with the job site: HMAC key of conversion reports; unset = no conversions endpoint. */
  CONVERSION_SECRET: secretList(32),
  /** A conversion report's timestamp may be this far from now, either way. */
  CONVERSION_MAX_AGE_SECONDS: wholeNumber(10, 3600, 300),
  /** Query parameter that carries the click token to the job site; `none` = the job's URL exactly as listed. */
  CONVERSION_CLICK_PARAM: z.preprocess(
    (v) => (typeof v === 'string' && v.trim() === '' ? undefined : v),
    z
      .string()
      .regex(/^[A-Za-z][A-Za-z0-9_]{0,39}$/, { error: 'expected a query parameter name, or none' })
      .optional()
      .transform((v) => v ?? 'soudan_click'),
  ),
  /**
   * A QA environment only (refused in production): the public half of a QA lab (`soudan qa-keys`). Alexa,
   * Google and Teams requests are then verified against the lab's keys instead of the platforms'.
   */
  QA_TRUST_FILE: optionalString(),
});

export type ParsedEnv = z.output<typeof ENV_SCHEMA>;
