export { webTurnRouter, MAX_BODY_BYTES } from './web-turn-route';
export { CONVERSATION_ID } from './turn-request';
export { type WebTurnResponse } from './turn-response';
export {
  ConversationTokenRequiredError,
  InvalidConversationTokenError,
  InvalidQaTokenError,
  InvalidTurnRequestError,
  RateLimitedError,
  UnsupportedMediaTypeError,
} from './web-errors';
export { webAccessSettings } from './conversation-access';
