export {
  type ChannelObserver,
  type DialoguePort,
  type JobEvent,
  type JobEventSink,
  type RateLimiter,
  type SkippedEventReason,
  type TapSession,
  type TappedTurn,
  type TurnTap,
  type TurnEvent,
} from './ports';
export { runChannelTurn, type ChannelTurnDeps } from './run-channel-turn';
export { ChannelTurnRunner, latencyMs } from './channel-turn-runner';
export { speechSsml, toSsml } from './ssml';
export { SpokenReadings } from './spoken-readings';
export { OrderedByKey } from './ordered-by-key';
export { channelTurnDeps, type PlatformChannelDeps } from './platform-channel-deps';
export { type JobLinker } from './linked-reply';
