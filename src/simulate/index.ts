export { runDialogue } from './run-dialogue';
export { simulate, type SimulationResult } from './simulate';
export { compareOutcomes, type Comparison, type PairedLift } from './compare';
export { judgeCandidate } from './model-gate';
