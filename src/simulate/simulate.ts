import type { Listing } from '../catalog/types';
import { entropyOfWeights, type Strategy } from '../engine';
import { seededRandom } from '../random';
import { summarise, type SimulationMetrics } from './metrics';
import { runDialogue, type DialogueOptions, type DialogueOutcome } from './run-dialogue';

export interface SimulationOptions extends DialogueOptions {
  readonly seed: number;
}

export interface SimulationResult extends SimulationMetrics {
  readonly strategy: string;
  /** Entropy in bits of the targets' distribution: no yes/no questioner can average fewer questions. */
  readonly floorBits: number;
  readonly outcomes: readonly DialogueOutcome[];
}

/**
 * Runs one dialogue per target. Each case draws from its own generator seeded by (seed, case index), so a
 * case's dialogue does not depend on the ones before it: same seed, same dialogues, whatever the order.
 */
export function simulate(
  strategy: Strategy,
  targets: readonly Listing[],
  options: SimulationOptions,
): SimulationResult {
  const outcomes = targets.map((target, i) =>
    runDialogue(strategy, target, options, seededRandom((options.seed * 1_000_003 + i) >>> 0)),
  );
  return {
    strategy: strategy.name,
    ...summarise(outcomes, options.maxTurns),
    floorBits: targetEntropy(targets),
    outcomes,
  };
}

export function targetEntropy(targets: readonly Listing[]): number {
  const counts = new Map<string, number>();
  for (const t of targets) counts.set(t.id, (counts.get(t.id) ?? 0) + 1);
  return entropyOfWeights(counts.values());
}
