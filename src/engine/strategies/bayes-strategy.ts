import type { Act } from '../act';
import { answerLikelihood } from '../answer';
import { areaCandidates, coveredAttributes } from '../candidates';
import type { Engine } from '../engine';
import { binaryEntropy } from '../entropy';
import type { Evidence } from '../evidence';
import type { DecideOptions, Strategy } from '../strategy';
import { topK } from '../top-k';
import { ask } from './recommend';

export interface BayesOptions {
  /** Assumed chance that a yes/no answer about a condition is wrong: answers are evidence, never filters. */
  readonly noise: number;
  /**
   * The same for job types. Smaller: what work people want is what they are surest of, and a named job type
   * should outweigh a named condition (「渋谷でカフェ、日払いがいい」 wants café work first).
   */
  readonly typeNoise: number;
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
  typeNoise: 0.01,
  recommendAt: 0.15,
  coview: 0,
});

/** Below this share of the best listing's weight a listing no longer moves any decision. */
const NEGLIGIBLE = 1e-9;
/** Most listings read to estimate attribute shares in one turn. */
const MASS_SAMPLE = 20_000;

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
    const candidates = areaCandidates(this.engine, evidence);
    const logWeights = this.logWeights(candidates, evidence);

    let maxLog = -Infinity;
    for (let c = 0; c < candidates.length; c++) {
      const lw = logWeights[candidates[c]!]!;
      if (lw > maxLog) maxLog = lw;
    }
    const best = topK(candidates, (l) => logWeights[l]!, options.topK).filter(
      (l) => logWeights[l]! > -Infinity,
    );
    const showBest = (): Act => ({ kind: 'recommend', listingIds: best.map((l) => ic.listings[l]!.id) });
    if (options.turnsLeft <= 1 || best.length < options.topK || maxLog === -Infinity) return showBest();

    // The listings that still matter: comparing logs is cheap, exp is not, so only a sample pays for it.
    const active = this.engine.scratch.listings;
    const cutoff = maxLog + Math.log(NEGLIGIBLE);
    let activeCount = 0;
    for (let c = 0; c < candidates.length; c++) {
      const l = candidates[c]!;
      if (logWeights[l]! >= cutoff) active[activeCount++] = l;
    }
    if (activeCount <= options.topK) return showBest();

    // Total posterior mass and each attribute's yes-mass. Past MASS_SAMPLE listings an evenly strided sample
    // estimates them: the question needs only the share closest to one half, the threshold only a ratio, and
    // this keeps a turn flat in the catalogue's size.
    const mass = new Float64Array(ic.attributeCount);
    const stride = Math.max(1, Math.ceil(activeCount / MASS_SAMPLE));
    let sampled = 0;
    for (let i = 0; i < activeCount; i += stride) {
      const l = active[i]!;
      const w = Math.exp(logWeights[l]! - maxLog);
      sampled += w;
      for (let p = ic.attrStart[l]!; p < ic.attrStart[l + 1]!; p++) mass[ic.attrs[p]!]! += w;
    }
    let bestMass = 0;
    for (const l of best) bestMass += Math.exp(logWeights[l]! - maxLog);
    if (bestMass / (sampled * stride) >= this.options.recommendAt) return showBest();

    const covered = coveredAttributes(this.engine, evidence);
    const noise = this.options.noise;
    const floor = binaryEntropy(noise);
    let question: number | undefined;
    let bestGain = 1e-3;
    for (let a = 0; a < ic.attributeCount; a++) {
      if (covered.has(a)) continue;
      const q = mass[a]! / sampled;
      const gain = binaryEntropy(q * (1 - noise) + (1 - q) * noise) - floor;
      if (gain > bestGain) {
        bestGain = gain;
        question = a;
      }
    }
    return question === undefined ? showBest() : ask(this.engine, question);
  }

  /**
   * log prior(l) + Σ log P(answer | l) for every candidate, in the engine's scratch buffer; rejected listings
   * get −∞. Only candidates' entries are meaningful.
   */
  private logWeights(candidates: Int32Array, evidence: Evidence): Float64Array {
    const ic = this.engine.catalog;
    const logWeights = this.engine.scratch.weights;
    const logPrior = this.engine.logListingPrior;
    if (candidates === this.engine.allListings) logWeights.set(logPrior);
    else for (let c = 0; c < candidates.length; c++) logWeights[candidates[c]!] = logPrior[candidates[c]!]!;
    for (const answer of evidence.answers) {
      if (answer.level === 'dontKnow') continue;
      const attribute = ic.attributeOf(answer.kind, answer.id);
      if (attribute === undefined) continue;
      const noise = answer.kind === 'jobType' ? this.options.typeNoise : this.options.noise;
      const { ifHas, ifLacks } = answerLikelihood(answer.level, noise);
      if (answer.kind === 'jobType' && this.options.coview > 0) {
        this.addCoviewEvidence(candidates, attribute, ifHas, ifLacks);
        continue;
      }
      // Only ratios matter: move the smaller side. Listings with the attribute by +delta, or, when most have
      // it, those without by −delta (the same posterior after normalising).
      const delta = Math.log(ifHas) - Math.log(ifLacks);
      const { listings, lacking } = ic.smallerSide(attribute);
      const step = lacking ? -delta : delta;
      for (let m = 0; m < listings.length; m++) logWeights[listings[m]!]! += step;
    }
    for (const id of evidence.rejectedListingIds) {
      const l = ic.listingIndex(id);
      if (l !== undefined) logWeights[l] = -Infinity;
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
