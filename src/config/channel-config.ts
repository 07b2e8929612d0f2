import type { Config, PlatformChannel } from './types';

/**
 * What one platform channel is handed of the configuration: its own settings (`own`, validated in loadConfig)
 * and the few settings every channel shares. Never the whole Config: a channel cannot come to depend on another's
 * secrets.
 */
export interface ChannelConfig<Own> {
  readonly own: Own;
  readonly session: { readonly namespace: string; readonly ttlSeconds: number };
  /** LOG_CONVERSATIONS: a debug line per turn with what the user sent. */
  readonly logConversations: boolean;
  /** Where relative job links point: PUBLIC_BASE_URL, or this host and port when it is unset (development). */
  readonly linkBaseUrl: string;
  /** The keys share links (`/s/:token`) are signed with (WEB_CONVERSATION_SECRET's). Secrets. */
  readonly shareSecrets: readonly string[];
}

export function channelConfig<C extends PlatformChannel>(
  config: Config,
  channel: C,
): ChannelConfig<Config['channels'][C]> {
  return {
    own: config.channels[channel],
    session: { namespace: config.session.namespace, ttlSeconds: config.session.ttlSeconds },
    logConversations: config.log.conversations,
    linkBaseUrl: linkBaseUrl(config),
    shareSecrets: config.web.conversationSecrets,
  };
}

/** Where relative job links point: PUBLIC_BASE_URL, or this host and port when it is unset (development). */
export function linkBaseUrl(config: Config): string {
  return config.server.publicBaseUrl ?? `http://localhost:${config.server.port}`;
}
