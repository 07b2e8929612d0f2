import type { Reply, TurnInput } from '../../dialogue/types';
import {
  runSerialized,
  SessionConflictError,
  SessionStoreUnavailableError,
  sessionKey,
  type SessionStore,
} from '../../session';
import { decodeRecord, encodeRecord } from './conversation-record';
import type { ChannelObserver, DialoguePort, TappedTurn, TapSession, TurnOutcome, TurnTap } from './ports';

export interface ChannelTurnResult {
  reply: Reply;
  turn: number;
  /** The stored entry existed but could not be read, so the conversation began afresh. */
  discardedUnreadableState: boolean;
}

export interface ChannelTurnDeps {
  readonly store: SessionStore;
  readonly dialogue: DialoguePort;
  readonly namespace: string;
  readonly ttlSeconds: number;
  /** Told of every turn, finished or failed. Default: nobody. */
  readonly observer?: ChannelObserver;
  /** Experiments: picks the dialogue variant and records the turn's events. Default: none. */
  readonly tap?: TurnTap;
  /** Told of every finished turn with its input and reply (LOG_CONVERSATIONS). Default: nobody. */
  readonly record?: (turn: RecordedTurn) => void;
}

/** A finished turn as the conversation log records it. */
export interface RecordedTurn {
  readonly channel: string;
  readonly conversationId: string;
  readonly turn: number;
  readonly input: TurnInput;
  readonly reply: Reply;
}

export interface ChannelTurnOptions {
  /**
   * Asked before a turn creates a conversation (nothing is stored under its key); throwing refuses the turn before
   * anything is written, with that error. A refused turn is not reported as a turn (like a rate-limited request).
   */
  readonly admitNewConversation?: () => void;
}

/**
 * One turn of a conversation on any channel, applied in order with any concurrent turn of the same
 * conversation (key `soudan:<namespace>:<channel>:<id>`). A text or postback for a conversation that does not
 * exist (expired, never started) goes to the dialogue with no state, which starts a conversation from it;
 * a `start` counts turns from 1 again. Channels send their reply after this resolves: `apply` may run twice.
 */
export async function runChannelTurn(
  deps: ChannelTurnDeps,
  channel: string,
  conversationId: string,
  input: TurnInput,
  options: ChannelTurnOptions = {},
): Promise<ChannelTurnResult> {
  const started = performance.now();
  const report = (act: string | null, outcome: TurnOutcome): void =>
    deps.observer?.turnFinished({ channel, act, outcome, seconds: (performance.now() - started) / 1000 });
  const { admitNewConversation } = options;
  let refused = false;
  const admit =
    admitNewConversation &&
    ((): void => {
      try {
        admitNewConversation();
      } catch (error) {
        refused = true;
        throw error;
      }
    });
  try {
    const session = deps.tap?.open(channel, conversationId);
    const { tapped, ...result } = await serializedTurn(deps, channel, conversationId, input, admit, session);
    report(result.reply.act, 'ok');
    session?.finished(tapped);
    deps.record?.({ channel, conversationId, turn: result.turn, input, reply: result.reply });
    return result;
  } catch (error) {
    if (!refused) report(null, failureOutcome(error));
    throw error;
  }
}

function failureOutcome(error: unknown): TurnOutcome {
  if (error instanceof SessionStoreUnavailableError) return 'store_unavailable';
  if (error instanceof SessionConflictError) return 'conflict';
  return 'failed';
}

function serializedTurn(
  deps: ChannelTurnDeps,
  channel: string,
  conversationId: string,
  input: TurnInput,
  admitNew: (() => void) | undefined,
  session: TapSession | undefined,
): Promise<ChannelTurnResult & { tapped: TappedTurn }> {
  const key = sessionKey(deps.namespace, channel, conversationId);
  const dialogue: DialoguePort = session?.dialogue(deps.dialogue) ?? deps.dialogue;
  return runSerialized(deps.store, key, deps.ttlSeconds, (stored) => {
    if (stored === null) admitNew?.();
    const record = decodeRecord(stored);
    // No record: a new conversation (undefined), not a lost one (null would make the dialogue apologise).
    const before = record === null ? undefined : record.dialogue;
    const { state, reply } = dialogue.takeTurn(before, input);
    const turn = input.kind === 'start' ? 1 : (record?.turn ?? 0) + 1;
    return {
      next: encodeRecord({ turn, dialogue: state }),
      result: {
        reply,
        turn,
        discardedUnreadableState: stored !== null && record === null,
        tapped: { input, before, after: state, reply, turn },
      },
    };
  });
}
