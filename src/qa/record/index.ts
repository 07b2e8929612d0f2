export { readRecording } from './read-recording';
export { recordingToYaml } from './script-yaml';
