export { anonymiseText, type Replaced } from './anonymise';
export { readRecording } from './read-recording';
export { recordingToYaml } from './script-yaml';
export type { RecordedConversation, RecordedTurn } from './recorded-turn';
