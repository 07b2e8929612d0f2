export {
  HOLDOUT,
  NO_EXPERIMENTS,
  parseExperiments,
  type Experiment,
  type ExperimentsConfig,
  type VariantSettings,
} from './experiment-config';
export {
  ConversionRefusedError,
  RedirectTokenError,
  type ConversionRefusal,
  type RedirectRefusal,
} from './experiment-error';
export { DISCARDING_SINK, type EventSink, type ExperimentEvent } from './events';
export { eventLine, fileEventSink, stdoutEventSink } from './event-sink';
export { experimentArms, experimentTap, variantKey } from './experiment-tap';
export { createRedirectLinker, REDIRECT_PATH } from './redirect-linker';
export { linkEventFields, verifyLink, type LinkClaims } from './redirect-token';
export { SIGNATURE_HEADER, signConversion, TIMESTAMP_HEADER, verifyConversion } from './conversion-signature';
export { readExperimentsFile } from './experiments-file';
