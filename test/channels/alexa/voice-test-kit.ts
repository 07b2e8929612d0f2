import type { DialoguePort } from '../../../src/channels/shared';
import type { TurnInput } from '../../../src/dialogue/types';
import { MemorySessionStore, SessionStoreUnavailableError, type SessionStore } from '../../../src/session';

/** The real dialogue, with every input it is handed recorded: tests see what the channel passed on. */
export function recordingDialogue(inner: DialoguePort): DialoguePort & { inputs: TurnInput[] } {
  const inputs: TurnInput[] = [];
  return {
    inputs,
    takeTurn: (state, input) => {
      inputs.push(input);
      return inner.takeTurn(state, input);
    },
  };
}

/** A store that is down: every call fails as Redis does when it cannot be reached. */
export function unavailableStore(): SessionStore {
  const down = () =>
    Promise.reject(new SessionStoreUnavailableError('Redis is down', { context: { operation: 'get' } }));
  const store = new MemorySessionStore();
  return { get: down, compareAndSet: down, delete: down, ping: down, close: () => store.close() };
}

/** What a speech engine must never be handed. */
export const UNSPEAKABLE = /https?:|www\.|\p{Extended_Pictographic}|[*_`#|【】★☆※〜～／]/u;
