import type { Act } from '../act';
import { answerLikelihood } from '../answer';
import { baseCandidates, coveredAttributes } from '../candidates';
import type { Engine } from '../engine';
import { binaryEntropy } from '../entropy';
import type { AttributeAnswer, Evidence } from '../evidence';
import type { DecideOptions, Strategy } from '../strategy';
import { topK } from '../top-k';
import { ask } from './recommend';

export interface BayesOptions {
  /** Assumed chance that a yes/no answer is wrong: answers are evidence, never hard filters. */
  readonly noise: number;
  /**
   * Show results once the k best listings hold this share of the posterior. 0.15 measured best on the tuning
   * targets (data/generated/targets-tuning.csv; 0.1–0.5 tried), never on the benchmark's test targets.
   */
  readonly recommendAt: number;
  /**
   * How far a "yes" to type j also speaks for a listing of another type t: the listing's chance of a yes is
   * coview · P(x_j=1 | x_t=1) from the co-view model. 0 = only the listing's own types count.
   */
  readonly coview: number;
}

export const DEFAULT_BAYES_OPTIONS: BayesOptions = Object.freeze({
  noise: 0.05,
  recommendAt: 0.15,
  coview: 0,
});

/** Below this share of the best listing's weight a listing no longer moves any decision. */
const NEGLIGIBLE = 1e-9;

/**
 * Our strategy: a posterior over the listing the user will finally want, not over their taste.
 *   P(l | answers) ∝ prior(l) · Π_answers P(answer | l)   (prior: see Engine.listingPrior)
 * Each turn it either shows the k most probable listings, when they hold enough of the posterior mass (or on
 * the last turn), or asks the job type or condition whose answer carries the most expected information about
 * the listing: the one whose posterior yes-probability is closest to one half. Soft answers are soft
 * evidence, noisy answers cannot drop the target for good, and a rejected listing simply leaves the posterior.
 */
export class BayesStrategy implements Strategy {
  constructor(
    private readonly engine: Engine,
    private readonly options: BayesOptions = DEFAULT_BAYES_OPTIONS,
    readonly name = 'bayes',
  ) {}

  decide(evidence: Evidence, options: DecideOptions): Act {
    const ic = this.engine.catalog;
    const candidates = baseCandidates(this.engine, evidence);
    const logWeights = this.logWeights(candidates, evidence.answers);

    let maxLog = -Infinity;
    for (const l of candidates) if (logWeights[l]! > maxLog) maxLog = logWeights[l]!;
    const weight = (l: number) => Math.exp(logWeights[l]! - maxLog);
    const best = topK(candidates, (l) => logWeights[l]!, options.topK);
    const showBest = (): Act => ({ kind: 'recommend', listingIds: best.map((l) => ic.listings[l]!.id) });
    if (options.turnsLeft <= 1 || candidates.length <= options.topK) return showBest();

    const mass = new Float64Array(ic.attributeCount);
    let total = 0;
    for (const l of candidates) {
      const w = weight(l);
      if (w < NEGLIGIBLE) continue;
      total += w;
      for (let p = ic.attrStart[l]!; p < ic.attrStart[l + 1]!; p++) mass[ic.attrs[p]!]! += w;
    }
    let bestMass = 0;
    for (const l of best) bestMass += weight(l);
    if (bestMass / total >= this.options.recommendAt) return showBest();

    const covered = coveredAttributes(this.engine, evidence);
    const noise = this.options.noise;
    const floor = binaryEntropy(noise);
    let question: number | undefined;
    let bestGain = 1e-3;
    for (let a = 0; a < ic.attributeCount; a++) {
      if (covered.has(a)) continue;
      const q = mass[a]! / total;
      const gain = binaryEntropy(q * (1 - noise) + (1 - q) * noise) - floor;
      if (gain > bestGain) {
        bestGain = gain;
        question = a;
      }
    }
    return question === undefined ? showBest() : ask(this.engine, question);
  }

  /** log prior(l) + Σ log P(answer | l) for every candidate, in the engine's scratch buffer. */
  private logWeights(candidates: Int32Array, answers: readonly AttributeAnswer[]): Float64Array {
    const ic = this.engine.catalog;
    const logWeights = this.engine.scratch.weights;
    const prior = this.engine.listingPrior;
    for (const l of candidates) logWeights[l] = Math.log(prior[l]! + 1e-300);
    for (const answer of answers) {
      if (answer.level === 'dontKnow') continue;
      const attribute = ic.attributeOf(answer.kind, answer.id);
      if (attribute === undefined) continue;
      const { ifHas, ifLacks } = answerLikelihood(answer.level, this.options.noise);
      if (answer.kind === 'jobType' && this.options.coview > 0) {
        this.addCoviewEvidence(candidates, attribute, ifHas, ifLacks);
        continue;
      }
      const delta = Math.log(ifHas) - Math.log(ifLacks);
      // Only the ratio matters: listings with the attribute move by it, the rest stay.
      for (const l of ic.members[attribute]!) logWeights[l]! += delta;
    }
    return logWeights;
  }

  private addCoviewEvidence(candidates: Int32Array, type: number, ifHas: number, ifLacks: number): void {
    const ic = this.engine.catalog;
    const logWeights = this.engine.scratch.weights;
    const mask = this.engine.scratch.mask;
    for (const l of ic.members[type]!) mask[l] = 1;
    for (const l of candidates) {
      if (mask[l]) {
        logWeights[l]! += Math.log(ifHas);
        continue;
      }
      const mainType = ic.attrs[ic.attrStart[l]!]!;
      const likes = this.options.coview * this.engine.model.conditional(type, mainType, 1);
      logWeights[l]! += Math.log(likes * ifHas + (1 - likes) * ifLacks);
    }
    for (const l of ic.members[type]!) mask[l] = 0;
  }
}
