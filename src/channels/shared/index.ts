export { decodeRecord, encodeRecord, type ConversationRecord } from './conversation-record';
export type { DialoguePort, RateLimiter } from './ports';
export { runChannelTurn, type ChannelTurnDeps, type ChannelTurnResult } from './run-channel-turn';
