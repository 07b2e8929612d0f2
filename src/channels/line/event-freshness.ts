import type { SkippedEventReason } from '../shared';

/** How far ahead of our clock an event's timestamp may be: skew between LINE's clock and ours. */
const FUTURE_SKEW_SECONDS = 60;
/** How much longer than the window (and the skew) a dedup claim is kept. */
const CLAIM_MARGIN_SECONDS = 60;

export type Freshness =
  | { readonly fresh: true; readonly ageSeconds: number }
  | {
      readonly fresh: false;
      readonly reason: Exclude<SkippedEventReason, 'duplicate'>;
      readonly ageSeconds: number | null;
    };

/**
 * Whether a signed event is recent enough to act on: stamped at most `maxAgeSeconds` ago and at most
 * FUTURE_SKEW_SECONDS ahead. Redeliveries are held to the same window (see the LINE section of skills/README.md):
 * an old answer applied now would answer whatever question is open now, not the one the user saw.
 */
export function judgeFreshness(timestamp: number | null, nowMs: number, maxAgeSeconds: number): Freshness {
  if (timestamp === null || !Number.isFinite(timestamp)) {
    return { fresh: false, reason: 'undated', ageSeconds: null };
  }
  const ageSeconds = Math.round((nowMs - timestamp) / 100) / 10;
  if (ageSeconds > maxAgeSeconds) return { fresh: false, reason: 'stale', ageSeconds };
  if (ageSeconds < -FUTURE_SKEW_SECONDS) return { fresh: false, reason: 'future', ageSeconds };
  return { fresh: true, ageSeconds };
}

/**
 * How long a dedup claim must live so that no replay of an accepted event can pass: an event stamped t is accepted
 * from t - skew (first claim at the earliest) until t + window, so a claim kept window + skew covers every replay;
 * the margin is on top.
 */
export function claimTtlSeconds(maxAgeSeconds: number): number {
  return maxAgeSeconds + FUTURE_SKEW_SECONDS + CLAIM_MARGIN_SECONDS;
}
