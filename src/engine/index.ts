export type { Act } from './act';
export { ANSWER_LEVELS, isAnswerLevel, type AnswerLevel } from './answer';
export { Engine } from './engine';
export { entropyOfWeights } from './entropy';
export type { AttributeAnswer, AttributeKind, Evidence } from './evidence';
export { IndexedCatalog } from './indexed-catalog';
export { CooccurrenceCounts } from './model/cooccurrence-counts';
export { CooccurrenceModel, type AnswerNoise } from './model/cooccurrence-model';
export {
  PRIOR_FEATURES,
  priorFeatures,
  type ListingSignals,
  type PriorWeights,
} from './model/listing-signals';
export { modelFromArtifactText, modelToArtifact, type ModelArtifact } from './model/model-artifact';
export { ModelError } from './model/model-error';
export type { DecideOptions, Strategy } from './strategy';
export {
  createStrategy,
  DEFAULT_STRATEGY,
  isStrategyName,
  STRATEGY_NAMES,
  type StrategyName,
} from './strategies/registry';
