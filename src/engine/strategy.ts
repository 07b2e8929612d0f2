import type { Act } from './act';
import type { Evidence } from './evidence';

export interface DecideOptions {
  /** How many listings a recommendation shows. */
  readonly topK: number;
  /** Acts left in the dialogue including this one; at 1 a strategy should recommend. */
  readonly turnsLeft: number;
  /**
   * The dialogue ends after `turnsLeft` acts whatever happens, and a listing not shown by then is lost (the
   * benchmark's protocol). Unset in the service, where turnsLeft is a question budget before results and the
   * search goes on after them.
   */
  readonly hardEnd?: boolean;
  /** A uniform [0, 1) source for strategies that draw; handed in so runs are reproducible. */
  readonly random: () => number;
  /**
   * How often this conversation's answers are wrong, when the deployment or the channel knows (calibrated
   * noise). Unset: the model's answerNoise (speech or text, by `speech`), else the strategy's own default.
   */
  readonly answerNoise?: number;
  /** The user answers by voice (Alexa, Google): the model's speech noise applies. */
  readonly speech?: boolean;
}

/** One turn's decision from the evidence so far. Strategies are stateless: everything is in the evidence. */
export interface Strategy {
  readonly name: string;
  decide(evidence: Evidence, options: DecideOptions): Act;
}
