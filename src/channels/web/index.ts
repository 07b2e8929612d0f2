export { webTurnRouter, TURN_PATH, MAX_BODY_BYTES, isJson, type WebTurnRouteDeps } from './web-turn-route';
export {
  parseTurnRequest,
  MAX_TEXT_CHARS,
  MAX_POSTBACK_CHARS,
  CONVERSATION_ID,
  type WebTurnRequest,
} from './turn-request';
export { toTurnResponse, toWebJob, absoluteUrl, type WebTurnResponse, type WebJob } from './turn-response';
export { sanitizeText, characterCount } from './sanitize-text';
export { WEB_CHANNEL } from './web-turn-route';
export { InvalidTurnRequestError, RateLimitedError, UnsupportedMediaTypeError } from './web-errors';
