import type { Act } from '../act';
import { hardAnswer } from '../answer';
import { attributeCounts, baseCandidates, consistentCandidates, coveredAttributes } from '../candidates';
import type { Engine } from '../engine';
import type { Evidence } from '../evidence';
import type { DecideOptions, Strategy } from '../strategy';
import { TypePosterior, type TypeObservation } from '../type-posterior';
import { ask, recommend } from './recommend';

export interface SeedOptions {
  /** Most job-type questions before moving on to conditions. */
  readonly maxTypeQuestions: number;
}

/**
 * The source talk's method, DESIGN §2 items 1–4, with the two points it leaves open made explicit:
 * - types are "known" once some type was answered yes and no unasked type is more likely liked than not
 *   (posterior < 0.5), or after maxTypeQuestions type questions;
 * - candidates are then the listings of the liked types (answered yes, or posterior ≥ 0.5), and condition
 *   questions halve them until k or fewer remain. Soft answers count at their hard reading; わからない not at all.
 */
export class SeedStrategy implements Strategy {
  readonly name = 'seed';

  constructor(
    private readonly engine: Engine,
    private readonly options: SeedOptions = { maxTypeQuestions: 6 },
  ) {}

  decide(evidence: Evidence, options: DecideOptions): Act {
    const ic = this.engine.catalog;
    const observations: TypeObservation[] = [];
    let typeQuestions = 0;
    for (const answer of evidence.answers) {
      if (answer.kind !== 'jobType') continue;
      typeQuestions++;
      const type = ic.typeIndex(answer.id);
      const hard = hardAnswer(answer.level);
      if (type !== undefined && hard !== null) observations.push({ type, value: hard ? 1 : 0 });
    }
    const posterior = new TypePosterior(this.engine.model, observations);
    const liked = new Set(observations.filter((o) => o.value === 1).map((o) => o.type));
    const saidYes = liked.size > 0;
    let likelyUnasked = 0;
    for (let k = 0; k < ic.typeCount; k++) {
      if (!posterior.observed[k] && posterior.probability(k) >= 0.5) {
        liked.add(k);
        likelyUnasked++;
      }
    }
    const covered = coveredAttributes(this.engine, evidence);
    const typesKnown = (saidYes && likelyUnasked === 0) || typeQuestions >= this.options.maxTypeQuestions;

    if (!typesKnown && options.turnsLeft > 1) {
      const j = posterior.bestQuestion(covered);
      if (j !== undefined) return ask(this.engine, j);
    }

    const candidates = this.candidates(evidence, liked);
    const score = (l: number) => this.typeScore(l, posterior, liked);
    if (candidates.length <= options.topK || options.turnsLeft <= 1) {
      return recommend(this.engine, candidates, options.topK, score);
    }
    const counts = attributeCounts(this.engine, candidates);
    let best: number | undefined;
    let bestDistance = Infinity;
    for (let a = ic.typeCount; a < ic.attributeCount; a++) {
      if (covered.has(a) || counts[a] === 0 || counts[a] === candidates.length) continue;
      const distance = Math.abs(counts[a]! / candidates.length - 0.5);
      if (distance < bestDistance) {
        bestDistance = distance;
        best = a;
      }
    }
    return best === undefined
      ? recommend(this.engine, candidates, options.topK, score)
      : ask(this.engine, best);
  }

  /** Listings of a liked type that agree with the hard condition answers; fallbacks keep it non-empty. */
  private candidates(evidence: Evidence, liked: Set<number>): Int32Array {
    const ic = this.engine.catalog;
    const byConditions = consistentCandidates(this.engine, evidence, (kind) => kind === 'condition');
    const pool = byConditions.length > 0 ? byConditions : baseCandidates(this.engine, evidence);
    if (liked.size === 0) return pool;
    const mask = this.engine.scratch.mask;
    const result: number[] = [];
    for (const type of liked) for (const l of ic.members[type]!) mask[l] = 1;
    for (const l of pool) if (mask[l]) result.push(l);
    for (const type of liked) for (const l of ic.members[type]!) mask[l] = 0;
    return result.length > 0 ? Int32Array.from(result) : pool;
  }

  /** Ranks a listing by how much its best type is liked, then by its prior. */
  private typeScore(l: number, posterior: TypePosterior, liked: Set<number>): number {
    const ic = this.engine.catalog;
    let best = 0;
    for (let p = ic.attrStart[l]!; p < ic.attrStart[l + 1]!; p++) {
      const a = ic.attrs[p]!;
      if (a >= ic.typeCount) continue;
      const s = liked.has(a) ? 1 : posterior.observed[a] ? 0 : posterior.probability(a);
      if (s > best) best = s;
    }
    // The prior (at most 1) only breaks ties between equally liked listings.
    return best + 1e-6 * this.engine.listingPrior[l]!;
  }
}
