import type { ChannelConfig } from '../../config';
import type { Logger } from '../../logging';
import type { SessionStore } from '../../session';
import type { SavedJobsStore } from '../../saved';
import type { ChannelObserver, DialoguePort, JobEventSink, TurnTap } from './ports';
import { conversationLog } from './conversation-log';
import type { JobLinker } from './linked-reply';
import type { ChannelTurnDeps } from './run-channel-turn';

/**
 * What every platform channel is built from: `config` is its own slice of the configuration (see channelConfig),
 * `catalog` the part of the catalogue the channel reads.
 */
export interface PlatformChannelDeps<Catalogue, Own> {
  readonly config: ChannelConfig<Own>;
  readonly logger: Logger;
  readonly dialogue: DialoguePort;
  readonly store: SessionStore;
  readonly catalog: Catalogue;
  /** Turn and signature metrics. Default: none. */
  readonly observer?: ChannelObserver;
  /** Experiments: variant dialogue and events for every turn. Default: none. */
  readonly tap?: TurnTap;
  /** Click-through job links (see ChannelTurnDeps.linker). */
  readonly linker?: JobLinker;
  /** The users' saved jobs (see ChannelTurnDeps.saved). */
  readonly saved?: SavedJobsStore;
  /** Choices, saves and removals, recorded (see JobEvent). */
  readonly jobEvents?: JobEventSink;
}

/** The turn runner's dependencies, the same for every channel. */
export function channelTurnDeps(
  deps: Pick<
    PlatformChannelDeps<unknown, unknown>,
    'dialogue' | 'store' | 'observer' | 'tap' | 'linker' | 'saved' | 'jobEvents'
  > & {
    readonly config: Pick<ChannelConfig<unknown>, 'session' | 'logConversations'>;
    readonly logger?: Logger;
  },
): ChannelTurnDeps {
  return {
    store: deps.store,
    dialogue: deps.dialogue,
    namespace: deps.config.session.namespace,
    ttlSeconds: deps.config.session.ttlSeconds,
    observer: deps.observer,
    tap: deps.tap,
    linker: deps.linker,
    ...(deps.config.logConversations && deps.logger !== undefined
      ? { record: conversationLog(deps.logger) }
      : {}),
    saved: deps.saved,
    jobEvents: deps.jobEvents,
  };
}
