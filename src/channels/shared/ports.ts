import type { Reply, TurnInput } from '../../dialogue/types';

/** What the runner fetched for a turn that asked for it (Reply.action 'listSaved'): the user's saved jobs. */
export interface TurnKnowledge {
  readonly saved?: readonly string[];
}

/** One dialogue turn, pure: the channel stores the state it gets back and hands it in next time. */
export interface DialoguePort {
  takeTurn(state: unknown, input: TurnInput, known?: TurnKnowledge): { state: unknown; reply: Reply };
  /**
   * The same dialogue paged for speech (as many jobs a page as are read aloud), so a speaker user hears every
   * job shown and 「ほかのも見たい」 never skips past unread ones. Voice channels use it when it is there.
   */
  readonly voice?: DialoguePort;
  /** The same dialogue with an experiment variant's settings, by `experiment/variant` (see src/experiments). */
  readonly variants?: ReadonlyMap<string, DialoguePort>;
}

/**
 * Sees every completed turn (experiments: which dialogue a conversation runs on, and its events). Opened once per
 * turn, before it runs; `finished` is called once, after the new state was stored.
 */
export interface TurnTap {
  open(channel: string, conversationId: string): TapSession;
}

export interface TapSession {
  /** The dialogue this turn runs on, given the channel's own. */
  dialogue(base: DialoguePort): DialoguePort;
  finished(turn: TappedTurn): void;
}

export interface TappedTurn {
  readonly input: TurnInput;
  /** The dialogue state before the turn (undefined: none stored) and after it. */
  readonly before: unknown;
  readonly after: unknown;
  readonly reply: Reply;
  readonly turn: number;
}

/** A rate limit on some key (a client address, a conversation). */
export interface RateLimiter {
  /** Takes one token; when none is left, says how many whole seconds until one is. */
  take(key: string): { allowed: true } | { allowed: false; retryAfterSeconds: number };
}

/** How a turn ended, for metrics: the act the dialogue chose, or why there was none. */
export type TurnOutcome = 'ok' | 'store_unavailable' | 'conflict' | 'failed';

export interface TurnEvent {
  readonly channel: string;
  /** The reply's act; null when the turn did not complete. */
  readonly act: string | null;
  readonly outcome: TurnOutcome;
  readonly seconds: number;
}

/**
 * Why a signed platform event ran no turn: older than the accepted window, stamped in the future, without a
 * timestamp, or already handled.
 */
export type SkippedEventReason = 'stale' | 'future' | 'undated' | 'duplicate';

/**
 * What channels report beyond their logs: finished turns, refused signatures and skipped events. The server plugs metrics in
 * here; channels never import a metrics library.
 */
export interface ChannelObserver {
  turnFinished(event: TurnEvent): void;
  /** A request whose signature or token did not verify (a misconfigured platform, or an attack). */
  signatureRejected(channel: string): void;
  /** A correctly signed event that was acknowledged without running a turn (a replay, or a late delivery). */
  eventSkipped(channel: string, reason: SkippedEventReason): void;
}

/**
 * Something a user did with a job, recorded the same way whatever the channel: a choice (「これにする」 on the web,
 * a LINE postback, Alexa's 「2番目にする」), a save, a removal. `user` is the hashed user key; never message text.
 */
export interface JobEvent {
  readonly kind: 'chosen' | 'saved' | 'unsaved';
  readonly channel: string;
  readonly listingId: string;
  readonly user: string;
}

export type JobEventSink = (event: JobEvent) => void;
