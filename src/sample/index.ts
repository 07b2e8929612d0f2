export {
  DEFAULT_SAMPLE_OPTIONS,
  generateSample,
  type Sample,
  type SampleOptions,
  type TargetRow,
} from './generate';
export { SampleDataError } from './sample-error';
export { writeSample } from './write-sample';
