export {
  hdcgOf,
  meanInterval,
  summarise,
  wilsonInterval,
  type Interval,
  type SimulationMetrics,
} from './metrics';
export { runDialogue, type DialogueOptions, type DialogueOutcome } from './run-dialogue';
export {
  floorTurns,
  simulate,
  targetEntropy,
  type SimulationOptions,
  type SimulationResult,
} from './simulate';
export { SimulatedUser } from './simulated-user';
export { compareOutcomes, pairedLift, type Comparison, type PairedLift } from './compare';
export { judgeCandidate, type GateFinding, type GateMargins, type GateVerdict } from './model-gate';
