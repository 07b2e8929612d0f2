import type { Reply, TurnInput } from '../../dialogue/types';
import { runSerialized, sessionKey, type SessionStore } from '../../session';
import { decodeRecord, encodeRecord } from './conversation-record';
import type { DialoguePort } from './ports';

export const WEB_CHANNEL = 'web';

export interface WebTurnResult {
  reply: Reply;
  turn: number;
  /** The stored entry existed but could not be read, so the conversation began afresh. */
  discardedUnreadableState: boolean;
}

/**
 * One turn of a web conversation, applied in order with any concurrent turn of the same conversation. A text or
 * postback for a conversation that does not exist (expired, never started) goes to the dialogue with no state,
 * which starts a conversation from it; `event: "start"` counts turns from 1 again.
 */
export function runWebTurn(
  deps: { store: SessionStore; dialogue: DialoguePort; namespace: string; ttlSeconds: number },
  conversationId: string,
  input: TurnInput,
): Promise<WebTurnResult> {
  const key = sessionKey(deps.namespace, WEB_CHANNEL, conversationId);
  return runSerialized(deps.store, key, deps.ttlSeconds, (stored) => {
    const record = decodeRecord(stored);
    const { state, reply } = deps.dialogue.takeTurn(record?.dialogue ?? null, input);
    const turn = input.kind === 'start' ? 1 : (record?.turn ?? 0) + 1;
    return {
      next: encodeRecord({ turn, dialogue: state }),
      result: { reply, turn, discardedUnreadableState: stored !== null && record === null },
    };
  });
}
