export { decodeRecord, encodeRecord, type ConversationRecord } from './conversation-record';
export {
  IGNORING_OBSERVER,
  type ChannelObserver,
  type DialoguePort,
  type JobEvent,
  type JobEventSink,
  type TurnKnowledge,
  type RateLimiter,
  type SkippedEventReason,
  type TapSession,
  type TappedTurn,
  type TurnTap,
  type TurnEvent,
  type TurnOutcome,
} from './ports';
export {
  runChannelTurn,
  type ChannelTurnDeps,
  type ChannelTurnOptions,
  type ChannelTurnResult,
} from './run-channel-turn';
export {
  ChannelTurnRunner,
  latencyMs,
  type ChannelModality,
  type ChannelTurnReply,
  type ChannelTurnRequest,
  type ChannelTurnRunnerDeps,
} from './channel-turn-runner';
export { escapeXml, MAX_SSML_CHARS, speechSsml, toSsml } from './ssml';
export { SpokenReadings } from './spoken-readings';
export { OrderedByKey } from './ordered-by-key';
export { channelTurnDeps, type PlatformChannelDeps } from './platform-channel-deps';
export { jobLink, type JobLinkContext } from './job-link';
export { linkedReply, type JobLinker } from './linked-reply';
