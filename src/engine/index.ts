export type { Act } from './act';
export { ANSWER_LEVELS, answerLikelihood, hardAnswer, isAnswerLevel, type AnswerLevel } from './answer';
export { Engine } from './engine';
export { binaryEntropy, entropyOfWeights } from './entropy';
export type { AttributeAnswer, AttributeKind, Evidence } from './evidence';
export { IndexedCatalog } from './indexed-catalog';
export { alignModel } from './model/align-model';
export { CooccurrenceCounts } from './model/cooccurrence-counts';
export { CooccurrenceModel, type AnswerNoise, type ModelExtras } from './model/cooccurrence-model';
export {
  logPrior,
  PRIOR_FEATURES,
  priorFeatures,
  TYPE_SHARE_ONLY,
  type ListingSignals,
  type PriorWeights,
} from './model/listing-signals';
export {
  MODEL_FORMAT,
  MODEL_VERSION,
  modelFromArtifactText,
  modelToArtifact,
  type ModelArtifact,
  type TrainingStats,
} from './model/model-artifact';
export { ModelError } from './model/model-error';
export type { DecideOptions, Strategy } from './strategy';
export {
  createStrategy,
  DEFAULT_STRATEGY,
  isStrategyName,
  STRATEGY_NAMES,
  type StrategyName,
} from './strategies/registry';
export { TypePosterior, type TypeObservation } from './type-posterior';
