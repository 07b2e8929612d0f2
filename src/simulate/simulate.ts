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
  /** The fewest average turns any questioner could need on these targets: see floorTurns(). */
  readonly floorTurns: number;
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
    floorTurns: floorTurns(targets, options.topK),
    outcomes,
  };
}

function targetEntropy(targets: readonly Listing[]): number {
  const counts = new Map<string, number>();
  for (const t of targets) counts.set(t.id, (counts.get(t.id) ?? 0) + 1);
  return entropyOfWeights(counts.values());
}

/**
 * The floor of AT (DESIGN §5): after the volunteered condition c, H(target | c) under the distribution of the
 * targets themselves, minus log2 k (a show of k listings tells k apart), plus the turn that shows them. The
 * user volunteers each of the target's conditions with equal chance (a job type when it has none), as
 * runDialogue does. H(T | C) = H(T, C) − H(C).
 */
export function floorTurns(targets: readonly Listing[], topK: number): number {
  if (targets.length === 0) return 0;
  const joint = new Map<string, number>();
  const volunteered = new Map<string, number>();
  for (const t of targets) {
    const said =
      t.conditionIds.length > 0 ? t.conditionIds.map((c) => `c:${c}`) : t.jobTypeIds.map((j) => `j:${j}`);
    for (const c of said) {
      const share = 1 / said.length;
      joint.set(`${t.id}\u0000${c}`, (joint.get(`${t.id}\u0000${c}`) ?? 0) + share);
      volunteered.set(c, (volunteered.get(c) ?? 0) + share);
    }
  }
  const conditional = entropyOfWeights(joint.values()) - entropyOfWeights(volunteered.values());
  return Math.max(0, conditional - Math.log2(topK)) + 1;
}
