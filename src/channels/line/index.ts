export { lineRouter, LINE_WEBHOOK_PATH, MAX_LINE_BODY_BYTES } from './line-router';
export { LineEventHandler, LINE_CHANNEL } from './line-event-handler';
export type { LineChannelDeps, LineChannelOptions } from './line-router';
export { lineSettings, DEFAULT_LINE_API_BASE_URL, type LineSettings } from './line-config';
export { toLineMessages, LINE_LIMITS, truncate, type LineView } from './line-messages';
export { readWebhookBody, type LineEvent } from './line-events';
export { claimEvent, SEEN_EVENT_TTL_SECONDS } from './event-dedup';
