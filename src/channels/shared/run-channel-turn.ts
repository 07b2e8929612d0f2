import type { Reply, TurnInput } from '../../dialogue/types';
import {
  runSerialized,
  SessionConflictError,
  SessionStoreUnavailableError,
  sessionKey,
  type SessionStore,
} from '../../session';
import { hashId } from '../../logging';
import { savedJobsKey, type SavedJobsStore } from '../../saved';
import { decodeRecord, encodeRecord } from './conversation-record';
import { linkedReply, type JobLinker } from './linked-reply';
import type {
  ChannelObserver,
  DialoguePort,
  JobEventSink,
  TappedTurn,
  TapSession,
  TurnOutcome,
  TurnTap,
} from './ports';

export interface ChannelTurnResult {
  reply: Reply;
  turn: number;
  /** The stored entry existed but could not be read, so the conversation began afresh. */
  discardedUnreadableState: boolean;
}

export interface ChannelTurnDeps {
  /** Click-through links (experiments): every job link of a reply goes through it. Default: the job's own URL. */
  readonly linker?: JobLinker;
  readonly store: SessionStore;
  readonly dialogue: DialoguePort;
  readonly namespace: string;
  readonly ttlSeconds: number;
  /** Told of every turn, finished or failed. Default: nobody. */
  readonly observer?: ChannelObserver;
  /**
   * The users' saved jobs. Without one, a turn that saves or lists them fails as the store being unavailable
   * (the user is asked to try again): nothing is ever said to be saved that was not.
   */
  readonly saved?: SavedJobsStore;
  /** Told of every choice, save and removal. Default: nobody. */
  readonly jobEvents?: JobEventSink;
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
    await carryOut(deps, channel, conversationId, result.reply);
    report(result.reply.act, 'ok');
    session?.finished(tapped);
    deps.record?.({ channel, conversationId, turn: result.turn, input, reply: result.reply });
    return { ...result, reply: linkedReply(result.reply, deps.linker, channel, conversationId) };
  } catch (error) {
    if (!refused) report(null, failureOutcome(error));
    throw error;
  }
}

/** What the turn asked for outside the dialogue, after its state is stored: a save, a removal, a choice. */
async function carryOut(
  deps: ChannelTurnDeps,
  channel: string,
  conversationId: string,
  reply: Reply,
): Promise<void> {
  const action = reply.action;
  if (action === null || action.kind === 'listSaved') return;
  const user = hashId(`${channel}:${conversationId}`);
  if (action.kind === 'chosen') {
    deps.jobEvents?.({ kind: 'chosen', channel, listingId: action.id, user });
    return;
  }
  const key = savedJobsKey(deps.namespace, channel, conversationId);
  const store = savedStore(deps);
  if (action.kind === 'save') await store.add(key, action.id);
  else await store.remove(key, action.id);
  deps.jobEvents?.({
    kind: action.kind === 'save' ? 'saved' : 'unsaved',
    channel,
    listingId: action.id,
    user,
  });
}

function savedStore(deps: ChannelTurnDeps): SavedJobsStore {
  if (deps.saved === undefined) {
    throw new SessionStoreUnavailableError('No saved-jobs store is configured for this channel', {
      context: { operation: 'saved' },
    });
  }
  return deps.saved;
}

/** How a failed turn ended: the session store unavailable or a conflict (both transient), or anything else. */
export function failureOutcome(error: unknown): TurnOutcome {
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
  return runSerialized(deps.store, key, deps.ttlSeconds, async (stored) => {
    if (stored === null) admitNew?.();
    const record = decodeRecord(stored);
    // No record: a new conversation (undefined), not a lost one (null would make the dialogue apologise).
    const before = record === null ? undefined : record.dialogue;
    let { state, reply } = dialogue.takeTurn(before, input);
    if (reply.action?.kind === 'listSaved') {
      // 「保存したお仕事を見せて」: the same turn again, now knowing them (reading has no side effects).
      const saved = await savedStore(deps).list(savedJobsKey(deps.namespace, channel, conversationId));
      ({ state, reply } = dialogue.takeTurn(before, input, { saved }));
    }
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
