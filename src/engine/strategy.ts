import type { Act } from './act';
import type { Evidence } from './evidence';

export interface DecideOptions {
  /** How many listings a recommendation shows. */
  readonly topK: number;
  /** Acts left in the dialogue including this one; at 1 a strategy should recommend. */
  readonly turnsLeft: number;
  /** A uniform [0, 1) source for strategies that draw; handed in so runs are reproducible. */
  readonly random: () => number;
}

/** One turn's decision from the evidence so far. Strategies are stateless: everything is in the evidence. */
export interface Strategy {
  readonly name: string;
  decide(evidence: Evidence, options: DecideOptions): Act;
}
