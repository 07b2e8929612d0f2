import type { SimulationResult } from './simulate';

/** How much worse than the serving model a candidate may simulate and still be published. */
export interface GateMargins {
  /** Absolute drop of SR@15 (share of dialogues that reach the wanted listing) allowed, e.g. 0.01. */
  readonly successRate: number;
  /** Rise of the average turns allowed, e.g. 0.25. */
  readonly turns: number;
}

interface GateFinding {
  readonly metric: 'sr15' | 'at';
  readonly serving: number;
  readonly candidate: number;
  readonly allowed: number;
}

export interface GateVerdict {
  readonly passed: boolean;
  /** The metrics on which the candidate is worse than the margin allows (empty when it passed). */
  readonly regressions: readonly GateFinding[];
}

/**
 * Compares a candidate's simulation with the serving model's on the same targets, strategy and seed (paired:
 * the same simulated users answer both). Higher SR@15 and fewer turns are better.
 */
export function judgeCandidate(
  serving: SimulationResult,
  candidate: SimulationResult,
  margins: GateMargins,
): GateVerdict {
  const regressions: GateFinding[] = [];
  const allowedSuccess = serving.sr15 - margins.successRate;
  if (candidate.sr15 < allowedSuccess) {
    regressions.push({
      metric: 'sr15',
      serving: serving.sr15,
      candidate: candidate.sr15,
      allowed: allowedSuccess,
    });
  }
  const allowedTurns = serving.at + margins.turns;
  if (candidate.at > allowedTurns) {
    regressions.push({ metric: 'at', serving: serving.at, candidate: candidate.at, allowed: allowedTurns });
  }
  return { passed: regressions.length === 0, regressions };
}
