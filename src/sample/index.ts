export {
  DEFAULT_SAMPLE_OPTIONS,
  generateSample,
  targetUserId,
  viewUserId,
  type Sample,
  type SampleOptions,
  type TargetRow,
  type ViewRow,
} from './generate';
export type { SampleInput } from './sample-context';
export { SampleDataError } from './sample-error';
export { writeSample, type SamplePaths } from './write-sample';
