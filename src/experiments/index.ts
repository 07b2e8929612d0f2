export { assign, unitHash, type Assignment } from './assign';
export {
  activeExperiment,
  HOLDOUT,
  NO_EXPERIMENTS,
  parseExperiments,
  type Experiment,
  type ExperimentsConfig,
  type Variant,
  type VariantSettings,
} from './experiment-config';
export {
  ConversionRefusedError,
  ExperimentConfigError,
  RedirectTokenError,
  type ConversionRefusal,
  type RedirectRefusal,
} from './experiment-error';
export { deriveTurnEvents, type DerivedTurn, type EventStamp } from './derive-events';
export { DISCARDING_SINK, EVENT_NAMES, type EventName, type EventSink, type ExperimentEvent } from './events';
export { EVENT_MESSAGE, eventLine, fileEventSink, stdoutEventSink, type FileEventSink } from './event-sink';
export { experimentArms, experimentTap, stampFor, variantKey, type Arms } from './experiment-tap';
export {
  createRedirectLinker,
  REDIRECT_PATH,
  type LinkContext,
  type RedirectLinkerOptions,
} from './redirect-linker';
export { linkEventFields, signLink, verifyLink, type LinkClaims } from './redirect-token';
export { SIGNATURE_HEADER, signConversion, TIMESTAMP_HEADER, verifyConversion } from './conversion-signature';
export { readExperimentsFile } from './experiments-file';
