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
export {
  ConversationTokenRequiredError,
  InvalidConversationTokenError,
  InvalidQaTokenError,
  InvalidTurnRequestError,
  RateLimitedError,
  UnsupportedMediaTypeError,
} from './web-errors';
export { ConversationTokens, ISSUED_ID_BYTES } from './conversation-tokens';
export {
  authorizeTurn,
  webAccessSettings,
  type AccessKind,
  type TurnAccess,
  type WebAccess,
} from './conversation-access';
