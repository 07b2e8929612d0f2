import type { Act } from '../act';
import { attributeCounts, baseCandidates, consistentCandidates, coveredAttributes } from '../candidates';
import type { Engine } from '../engine';
import type { Evidence } from '../evidence';
import type { DecideOptions, Strategy } from '../strategy';
import { ask, recommend } from './recommend';

/**
 * Picks the attribute to ask among those that split the candidates (0 < count < total), or returns undefined.
 * `counts[a]` is how many of `total` candidates have attribute a.
 */
export type AttributePicker = (
  splitting: readonly number[],
  counts: Float64Array,
  total: number,
  options: DecideOptions,
  evidence: Evidence,
) => number | undefined;

/**
 * The shape the literature's baselines share: keep the candidates consistent with every answer, show them
 * once k or fewer remain (or on the last turn), otherwise ask the attribute the picker chooses.
 */
export class FilteringStrategy implements Strategy {
  constructor(
    readonly name: string,
    private readonly engine: Engine,
    private readonly pick: AttributePicker,
  ) {}

  decide(evidence: Evidence, options: DecideOptions): Act {
    let candidates = consistentCandidates(this.engine, evidence);
    // Contradictory or noisy answers can leave nothing: show what is left rather than nothing.
    if (candidates.length === 0) candidates = baseCandidates(this.engine, evidence);
    if (candidates.length <= options.topK || options.turnsLeft <= 1) {
      return recommend(this.engine, candidates, options.topK);
    }
    const counts = attributeCounts(this.engine, candidates);
    const covered = coveredAttributes(this.engine, evidence);
    const splitting: number[] = [];
    for (let a = 0; a < counts.length; a++) {
      if (!covered.has(a) && counts[a]! > 0 && counts[a]! < candidates.length) splitting.push(a);
    }
    const attribute = this.pick(splitting, counts, candidates.length, options, evidence);
    if (attribute === undefined) return recommend(this.engine, candidates, options.topK);
    return ask(this.engine, attribute);
  }
}
