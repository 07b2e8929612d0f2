export { lineRouter, LINE_WEBHOOK_PATH, MAX_LINE_BODY_BYTES } from './line-router';
export { LineEventHandler, LINE_CHANNEL } from './line-event-handler';
export type { LineChannelDeps, LineChannelOptions } from './line-router';
export { toLineMessages, LINE_LIMITS, truncate, type LineView } from './line-messages';
export { readWebhookBody, type LineEvent } from './line-events';
export { claimEvent, dedupId } from './event-dedup';
export {
  claimTtlSeconds,
  judgeFreshness,
  DEFAULT_LINE_EVENT_MAX_AGE_SECONDS,
  FUTURE_SKEW_SECONDS,
  type Freshness,
} from './event-freshness';
export { verifyLineSignature } from './line-signature';
