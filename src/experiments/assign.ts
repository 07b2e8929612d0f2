import { createHash } from 'node:crypto';
import { HOLDOUT, type Experiment } from './experiment-config';

export interface Assignment {
  readonly experiment: string;
  /** A variant's name, or `holdout`. */
  readonly variant: string;
  /** Pinned by an override (QA): such users are left out of the report. */
  readonly forced: boolean;
}

/**
 * A number in [0, 1) from sha256(salt NUL key): the same key and salt give the same number on every replica and
 * in every session, and a different salt gives an independent one.
 */
export function unitHash(salt: string, key: string): number {
  const digest = createHash('sha256').update(salt).update('\0').update(key).digest();
  // 52 bits: exactly representable, and uniform enough for any share of users.
  return (digest.readUInt32BE(0) * 2 ** 20 + (digest.readUInt32BE(4) >>> 12)) / 2 ** 52;
}

/**
 * Which arm a user key is in. The first `holdout` share of the hash range is the holdout; the rest is cut in
 * proportion to the variants' weights, in the order they are listed (reordering variants reshuffles users).
 */
export function assign(experiment: Experiment, key: string): Assignment {
  const forced = experiment.overrides.get(key);
  if (forced !== undefined) return { experiment: experiment.name, variant: forced, forced: true };
  const u = unitHash(experiment.salt, key);
  if (u < experiment.holdout) return { experiment: experiment.name, variant: HOLDOUT, forced: false };
  const position = (u - experiment.holdout) / (1 - experiment.holdout);
  const total = experiment.variants.reduce((sum, v) => sum + v.weight, 0);
  let edge = 0;
  for (const variant of experiment.variants) {
    edge += variant.weight / total;
    if (position < edge) return { experiment: experiment.name, variant: variant.name, forced: false };
  }
  // Rounding can leave the top of the range past the last edge: it belongs to the last variant.
  return { experiment: experiment.name, variant: experiment.variants.at(-1)!.name, forced: false };
}
