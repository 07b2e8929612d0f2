import type { Reply, TurnInput } from '../../dialogue/types';

/** One dialogue turn, pure: the channel stores the state it gets back and hands it in next time. */
export interface DialoguePort {
  takeTurn(state: unknown, input: TurnInput): { state: unknown; reply: Reply };
}

/** A rate limit on some key (a client address, a conversation). */
export interface RateLimiter {
  /** Takes one token; when none is left, says how many whole seconds until one is. */
  take(key: string): { allowed: true } | { allowed: false; retryAfterSeconds: number };
}
