import type { StrategyName } from '../engine';
import type { DeepReadonly } from './deep-freeze';
import type { AlexaSettings, GoogleSettings, LineSettings, TeamsSettings } from './channel-settings';
import type { AddressRange } from './env-fields';
import type { LOG_LEVELS, NODE_ENVS, PLATFORM_CHANNELS } from './env-schema';

export type LogLevel = (typeof LOG_LEVELS)[number];
type NodeEnv = (typeof NODE_ENVS)[number];
export type PlatformChannel = (typeof PLATFORM_CHANNELS)[number];

interface MutableConfig {
  nodeEnv: NodeEnv;
  production: boolean;
  server: {
    port: number;
    /** Origin job links and the page are served under, without a trailing slash; null = not configured. */
    publicBaseUrl: string | null;
    trustProxyHops: number;
    shutdownTimeoutMs: number;
    /** Open connections on the port (before the open-file limit check at start). */
    maxConnections: number;
    /** Open connections from one socket address; load balancer addresses are exempt. */
    maxConnectionsPerClient: number;
    headersTimeoutMs: number;
    bodyTimeoutMs: number;
    /** Idle keep-alive for everyone but the load balancer. */
    keepAliveTimeoutMs: number;
    /** Where the load balancer's own connections come from. */
    loadBalancerRanges: readonly AddressRange[];
  };
  session: {
    /** null = in-memory sessions. Holds a password when Redis needs one: never log it. */
    redisUrl: string | null;
    /** PEM CA bundle path for rediss:// (read at start); null = the system's CAs. */
    redisTlsCaFile: string | null;
    ttlSeconds: number;
    /** Saved jobs (「お気に入り」) are kept this long after the user last saved or removed one. */
    savedJobsTtlSeconds: number;
    /** The `<env>` part of `soudan:<env>:<channel>:<id>`. */
    namespace: string;
  };
  data: {
    catalogDir: string;
    modelPath: string;
    /** Whether catalogue or model is the bundled sample (then it is generated on first start). */
    usesBundledSample: boolean;
  };
  strategy: StrategyName;
  log: {
    level: LogLevel;
    hashSalt: string | null;
    gcpProject: string | null;
    /** LOG_CONVERSATIONS: a debug line per turn with the user's input (opt-in; see conversation-log.ts). */
    conversations: boolean;
  };
  metrics: { port: number };
  web: {
    /**
     * HMAC keys of the conversation tokens: the first signs, each verifies. Empty only in production without
     * WEB_CONVERSATION_SECRET, which the web channel refuses at start. Secrets: never log them.
     */
    conversationSecrets: readonly string[];
    /** The secret was made up for this process (outside production, unset): tokens die with the process. */
    conversationSecretPerProcess: boolean;
    /** Bearer token for client-chosen conversation ids (QA scripts); null = none. A secret. */
    qaToken: string | null;
  };
  experiments: {
    /** EXPERIMENTS_FILE; null = no experiments. */
    file: string | null;
    /** EVENTS_FILE: a path, `-` for stdout (production's default), null for none (elsewhere's default). */
    eventsFile: string | null;
    /** HMAC keys of job links: the first signs, each verifies. Empty only in production without LINK_SECRET. Secrets. */
    linkSecrets: readonly string[];
    linkSecretPerProcess: boolean;
    linkTtlSeconds: number;
    /** HMAC keys of conversion reports; empty = no conversions endpoint. Secrets. */
    conversionSecrets: readonly string[];
    conversionMaxAgeSeconds: number;
    /** null = job links redirect to the listed URL exactly. */
    clickParameter: string | null;
  };
  rateLimit: {
    enabled: boolean;
    conversation: { burst: number; perSecond: number };
    client: { burst: number; perSecond: number };
    /** New conversations per client address (web API), apart from its requests. */
    newConversation: { burst: number; perSecond: number };
    /** Most buckets held per kind; the least recently used go first. */
    maxTracked: number;
  };
  channels: {
    /** Platform webhooks mounted (CHANNELS); the web chat is always on. */
    enabled: readonly PlatformChannel[];
    alexa: AlexaSettings;
    google: GoogleSettings;
    line: LineSettings;
    teams: TeamsSettings;
    /** QA_TRUST_FILE: a QA lab's public keys, trusted instead of the platforms' (never in production). */
    qaTrustFile: string | null;
  };
}

/** The service's configuration: parsed once at start, deeply frozen. */
export type Config = DeepReadonly<MutableConfig>;
