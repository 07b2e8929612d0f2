export { loadScript, loadScripts } from './load-scripts';
export { startReplayApp, type ReplayApp } from './replay-app';
export { runReplay } from './run-replay';
export { runConversation, type ConversationResult, type StepResult } from './run-conversation';
export { selectByTags, plannedRuns } from './select-conversations';
export { junitXml } from './junit-report';
export { transcript, transcriptName } from './transcript';
export { describeFailure, failedStep } from './describe-step';
export { REPLAY_CHANNELS, type ReplayChannel } from './script';
