import type { DialoguePort } from '../channels/shared';
import type { TurnInput } from '../dialogue/types';
import { ConversationPool } from './http-load';

export interface DialogueCost {
  turns: number;
  /** Mean wall time of takeTurn alone (state through JSON, as a store would), in ms. */
  meanMs: number;
  /** What one core could do if turns were nothing but the dialogue. */
  turnsPerSecond: number;
}

/**
 * The dialogue alone, in this process, driven by the same simulated users as the HTTP run: the part of a turn's
 * cost that no HTTP or Redis work could remove. Only takeTurn is timed.
 */
export function measureDialogueCost(dialogue: DialoguePort, seconds: number, live: number): DialogueCost {
  const pool = new ConversationPool('cost', live);
  const states = new Map<string, unknown>();
  let timed = 0;
  let turns = 0;
  const deadline = performance.now() + seconds * 1000;
  while (performance.now() < deadline) {
    const conversation = pool.take();
    const next = conversation.next as { event?: string; postback?: string };
    const input: TurnInput =
      next.event === 'start' ? { kind: 'start' } : { kind: 'postback', value: next.postback ?? '' };
    const started = performance.now();
    const { state, reply } = dialogue.takeTurn(states.get(conversation.id) ?? null, input);
    const stored = JSON.stringify(state);
    timed += performance.now() - started;
    turns++;
    states.set(conversation.id, JSON.parse(stored) as unknown);
    pool.answered(conversation, 200, JSON.stringify({ suggestions: reply.suggestions, done: reply.done }));
  }
  const meanMs = timed / Math.max(turns, 1);
  return { turns, meanMs, turnsPerSecond: 1000 / meanMs };
}
