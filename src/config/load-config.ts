import { randomBytes } from 'node:crypto';
import { resolve } from 'node:path';
import type { z } from 'zod';
import { SAMPLE_PATHS } from '../cli/paths';
import { channelSettings, type ChannelSettings } from './channel-settings';
import { ConfigError } from './config-error';
import { deepFreeze } from './deep-freeze';
import { ENV_SCHEMA, SECRET_VARIABLES, type ParsedEnv } from './env-schema';
import type { Config } from './types';

type Environment = Readonly<Record<string, string | undefined>>;

/**
 * Parses the environment into the frozen Config. Every bad variable gets one line in the ConfigError: its name,
 * what is wrong and what is expected, with the offending value only for variables that are not secret.
 */
export function loadConfig(env: Environment = process.env): Config {
  const parsed = ENV_SCHEMA.safeParse(env);
  if (!parsed.success) throw new ConfigError(describeIssues(parsed.error.issues, env));
  const channels = channelSettings(parsed.data);
  const combined = [...combinationProblems(parsed.data), ...channels.problems];
  if (combined.length > 0) throw new ConfigError(combined);
  return toConfig(parsed.data, channels.settings);
}

function describeIssues(issues: readonly z.core.$ZodIssue[], env: Environment): string[] {
  const seen = new Set<string>();
  const problems: string[] = [];
  for (const issue of issues) {
    const name = String(issue.path[0] ?? '(environment)');
    if (seen.has(name)) continue;
    seen.add(name);
    problems.push(`${name}: ${issue.message}${shownValue(name, env[name])}`);
  }
  return problems;
}

/** Variables that are each fine but do not go together. */
function combinationProblems(env: ParsedEnv): string[] {
  const problems: string[] = [];
  if (env.REDIS_TLS_CA_FILE !== undefined && !(env.REDIS_URL ?? '').toLowerCase().startsWith('rediss:')) {
    problems.push('REDIS_TLS_CA_FILE: only used with TLS; set REDIS_URL to a rediss:// URL or unset this');
  }
  if (env.LOG_CONVERSATIONS && env.LOG_LEVEL !== 'debug') {
    problems.push(
      'LOG_CONVERSATIONS: needs LOG_LEVEL=debug (its lines carry what users sent, never at info)',
    );
  }
  if (env.WEB_CONVERSATION_SECRET.length === 0 && env.NODE_ENV === 'production') {
    problems.push(
      'WEB_CONVERSATION_SECRET: required in production (signs the web chat’s conversation tokens; every replica needs the same one)',
    );
  }
  if (env.QA_TRUST_FILE !== undefined && env.NODE_ENV === 'production') {
    problems.push(
      "QA_TRUST_FILE: refused in production (it makes the service trust a QA lab's keys instead of the platforms')",
    );
  }
  return problems;
}

function shownValue(name: string, value: string | undefined): string {
  if (value === undefined) return '';
  if (SECRET_VARIABLES.has(name)) return ' (value not shown: secret)';
  const short = value.length > 60 ? `${value.slice(0, 60)}…` : value;
  return `, got ${JSON.stringify(short)}`;
}

function toConfig(env: ParsedEnv, channels: ChannelSettings): Config {
  const catalogDir = resolve(env.CATALOG_DIR ?? SAMPLE_PATHS.catalogDir);
  const modelPath = resolve(env.MODEL_PATH ?? SAMPLE_PATHS.model);
  const nodeEnv = env.NODE_ENV;
  // Outside production a missing conversation secret is made up here, once per process, so a reload (which
  // rebuilds the app) keeps the tokens it issued.
  const perProcessSecret = env.WEB_CONVERSATION_SECRET.length === 0 && nodeEnv !== 'production';
  return deepFreeze({
    nodeEnv,
    production: nodeEnv === 'production',
    server: {
      port: env.PORT,
      publicBaseUrl: env.PUBLIC_BASE_URL === undefined ? null : env.PUBLIC_BASE_URL.replace(/\/+$/, ''),
      trustProxyHops: env.TRUST_PROXY,
      shutdownTimeoutMs: env.SHUTDOWN_TIMEOUT_MS,
      maxConnections: env.HTTP_MAX_CONNECTIONS,
      maxConnectionsPerClient: env.HTTP_MAX_CONNECTIONS_PER_CLIENT,
      headersTimeoutMs: env.HTTP_HEADERS_TIMEOUT_MS,
      bodyTimeoutMs: env.HTTP_BODY_TIMEOUT_MS,
      keepAliveTimeoutMs: env.HTTP_KEEP_ALIVE_TIMEOUT_MS,
      loadBalancerRanges: env.LOAD_BALANCER_RANGES,
    },
    session: {
      redisUrl: env.REDIS_URL ?? null,
      redisTlsCaFile: env.REDIS_TLS_CA_FILE === undefined ? null : resolve(env.REDIS_TLS_CA_FILE),
      ttlSeconds: env.SESSION_TTL_SECONDS,
      savedJobsTtlSeconds: env.SAVED_JOBS_TTL_SECONDS,
      namespace: env.SESSION_NAMESPACE ?? nodeEnv,
    },
    data: {
      catalogDir,
      modelPath,
      usesBundledSample:
        catalogDir === resolve(SAMPLE_PATHS.catalogDir) || modelPath === resolve(SAMPLE_PATHS.model),
    },
    strategy: env.STRATEGY,
    log: {
      level: env.LOG_LEVEL,
      hashSalt: env.LOG_HASH_SALT ?? null,
      conversations: env.LOG_CONVERSATIONS,
      gcpProject: env.GOOGLE_CLOUD_PROJECT ?? null,
    },
    metrics: { port: env.METRICS_PORT },
    web: {
      conversationSecrets: perProcessSecret
        ? [randomBytes(32).toString('base64url')]
        : [...env.WEB_CONVERSATION_SECRET],
      conversationSecretPerProcess: perProcessSecret,
      qaToken: env.WEB_QA_TOKEN ?? null,
    },
    experiments: {
      file: env.EXPERIMENTS_FILE === undefined ? null : resolve(env.EXPERIMENTS_FILE),
      eventsFile:
        env.EVENTS_FILE === undefined
          ? nodeEnv === 'production'
            ? '-'
            : null
          : env.EVENTS_FILE === '-'
            ? '-'
            : resolve(env.EVENTS_FILE),
      linkSecrets:
        env.LINK_SECRET.length === 0 && nodeEnv !== 'production'
          ? [randomBytes(32).toString('base64url')]
          : [...env.LINK_SECRET],
      linkSecretPerProcess: env.LINK_SECRET.length === 0 && nodeEnv !== 'production',
      linkTtlSeconds: env.LINK_TTL_SECONDS,
      conversionSecrets: [...env.CONVERSION_SECRET],
      conversionMaxAgeSeconds: env.CONVERSION_MAX_AGE_SECONDS,
      clickParameter: env.CONVERSION_CLICK_PARAM === 'none' ? null : env.CONVERSION_CLICK_PARAM,
    },
    rateLimit: {
      enabled: env.RATE_LIMIT_ENABLED,
      conversation: {
        burst: env.RATE_LIMIT_CONVERSATION_BURST,
        perSecond: env.RATE_LIMIT_CONVERSATION_PER_SECOND,
      },
      client: { burst: env.RATE_LIMIT_CLIENT_BURST, perSecond: env.RATE_LIMIT_CLIENT_PER_SECOND },
      newConversation: {
        burst: env.RATE_LIMIT_NEW_CONVERSATION_BURST,
        perSecond: env.RATE_LIMIT_NEW_CONVERSATION_PER_SECOND,
      },
      maxTracked: env.RATE_LIMIT_MAX_TRACKED,
    },
    channels: {
      enabled: env.CHANNELS,
      ...channels,
      qaTrustFile: env.QA_TRUST_FILE === undefined ? null : resolve(env.QA_TRUST_FILE),
    },
  });
}
