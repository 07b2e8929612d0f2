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
    const weights = this.weights(candidates, evidence);

    let max = 0;
    for (let c = 0; c < candidates.length; c++) {
      const w = weights[candidates[c]!]!;
      if (w > max) max = w;
    }
    const best = topK(candidates, (l) => weights[l]!, options.topK).filter((l) => weights[l]! > 0);
    const showBest = (): Act => ({ kind: 'recommend', listingIds: best.map((l) => ic.listings[l]!.id) });
    if (options.turnsLeft <= 1 || best.length < options.topK || max === 0) return showBest();

    // The listings that still matter.
    const active = this.engine.scratch.listings;
    const cutoff = max * NEGLIGIBLE;
    let activeCount = 0;
    let total = 0;
    for (let c = 0; c < candidates.length; c++) {
      const l = candidates[c]!;
      const w = weights[l]!;
      if (w < cutoff) continue;
      active[activeCount++] = l;
      total += w;
    }
    let bestMass = 0;
    for (const l of best) bestMass += weights[l]!;
    if (activeCount <= options.topK || bestMass / total >= this.options.recommendAt) return showBest();

    // Each attribute's share of the posterior. Past MASS_SAMPLE listings an evenly strided sample estimates it:
    // the question needs only the share closest to one half, and this keeps a turn flat in the catalogue's size.
    const mass = new Float64Array(ic.attributeCount);
    const stride = Math.max(1, Math.ceil(activeCount / MASS_SAMPLE));
    const { attrStart, attrs } = ic;
    let sampled = 0;
    for (let i = 0; i < activeCount; i += stride) {
      const l = active[i]!;
      const w = weights[l]!;
      sampled += w;
      const end = attrStart[l + 1]!;
      for (let p = attrStart[l]!; p < end; p++) mass[attrs[p]!]! += w;
    }

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
   * prior(l) · Π P(answer | l) for every candidate (up to a common factor), in the engine's scratch buffer;
   * rejected listings get 0. Products, not sums of logs: no exp() per listing afterwards. Only candidates'
   * entries are meaningful.
   */
  private weights(candidates: Int32Array, evidence: Evidence): Float64Array {
    const ic = this.engine.catalog;
    const weights = this.engine.scratch.weights;
    const prior = this.engine.listingPrior;
    if (candidates === this.engine.allListings) weights.set(prior);
    else for (let c = 0; c < candidates.length; c++) weights[candidates[c]!] = prior[candidates[c]!]!;
    let sinceRescale = 0;
    for (const answer of evidence.answers) {
      if (answer.level === 'dontKnow') continue;
      const attribute = ic.attributeOf(answer.kind, answer.id);
      if (attribute === undefined) continue;
      const noise = answer.kind === 'jobType' ? this.options.typeNoise : this.options.noise;
      const { ifHas, ifLacks } = answerLikelihood(answer.level, noise);
      if (answer.kind === 'jobType' && this.options.coview > 0) {
        this.addCoviewEvidence(candidates, attribute, ifHas, ifLacks);
      } else {
        // Only ratios matter: scale the smaller side. Listings with the attribute by ifHas/ifLacks, or, when
        // most have it, those without by the inverse (the same posterior after normalising).
        const ratio = ifHas / ifLacks;
        const { listings, lacking } = ic.smallerSide(attribute);
        const factor = lacking ? 1 / ratio : ratio;
        for (let m = 0; m < listings.length; m++) weights[listings[m]!]! *= factor;
      }
      // Each answer moves a weight by at most 99×: rescaling every 32 keeps far from overflow and underflow.
      if (++sinceRescale === 32) {
        rescaleToMax(weights, candidates);
        sinceRescale = 0;
      }
    }
    for (const id of evidence.rejectedListingIds) {
      const l = ic.listingIndex(id);
      if (l !== undefined) weights[l] = 0;
    }
    return weights;
  }

  private addCoviewEvidence(candidates: Int32Array, type: number, ifHas: number, ifLacks: number): void {
    const ic = this.engine.catalog;
    const weights = this.engine.scratch.weights;
    const mask = this.engine.scratch.mask;
    for (const l of ic.members[type]!) mask[l] = 1;
    for (const l of candidates) {
      if (mask[l]) {
        weights[l]! *= ifHas;
        continue;
      }
      const mainType = ic.attrs[ic.attrStart[l]!]!;
      const likes = this.options.coview * this.engine.model.conditional(type, mainType, 1);
      weights[l]! *= likes * ifHas + (1 - likes) * ifLacks;
    }
    for (const l of ic.members[type]!) mask[l] = 0;
  }
}

function rescaleToMax(weights: Float64Array, candidates: Int32Array): void {
  let max = 0;
  for (let c = 0; c < candidates.length; c++) max = Math.max(max, weights[candidates[c]!]!);
  if (max === 0 || !Number.isFinite(max)) return;
  for (let c = 0; c < candidates.length; c++) weights[candidates[c]!]! /= max;
}
