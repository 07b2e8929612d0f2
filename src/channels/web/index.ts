export { webTurnRouter, TURN_PATH, MAX_BODY_BYTES, isJson, type WebTurnRouteDeps } from './web-turn-route';
export {
  parseTurnRequest,
  MAX_TEXT_CHARS,
  MAX_POSTBACK_CHARS,
  CONVERSATION_ID,
  type WebTurnRequest,
} from './turn-request';
export { toTurnResponse, toWebJob, absoluteUrl, type WebTurnResponse, type WebJob } from './turn-response';
export { toSsml, escapeXml } from './speech';
export { sanitizeText, characterCount } from './sanitize-text';
export { runWebTurn, WEB_CHANNEL, type WebTurnResult } from './run-web-turn';
export { encodeRecord, decodeRecord, type ConversationRecord } from './conversation-record';
export type { DialoguePort, RateLimiter } from './ports';
export { InvalidTurnRequestError, RateLimitedError, UnsupportedMediaTypeError } from './web-errors';
