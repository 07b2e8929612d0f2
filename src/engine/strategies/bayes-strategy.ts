import type { Act } from '../act';
import { ANSWER_LEVELS, answerLikelihood } from '../answer';
import { areaCandidates, coveredAttributes } from '../candidates';
import type { Engine } from '../engine';
import { binaryEntropy } from '../entropy';
import { heaviest } from '../heaviest';
import type { Evidence } from '../evidence';
import type { DecideOptions, Strategy } from '../strategy';
import { PosteriorCache, type Posterior } from './posterior-cache';
import { ask } from './recommend';

export interface BayesOptions {
  /**
   * Answer noise assumed when neither the turn (DecideOptions.answerNoise) nor the model (its answerNoise)
   * says: a yes/no answer about a condition is wrong this often. Answers are evidence, never filters.
   */
  readonly noise: number;
  /** The same for job types when uncalibrated: people are surest of the work they want. */
  readonly typeNoise: number;
  /**
   * How far a "yes" to type j also speaks for a listing of another type t: the listing's chance of a yes is
   * coview · P(x_j=1 | x_t=1) from the co-view model. 0 = only the listing's own types count.
   */
  readonly coview: number;
  /** Questions examined by the one-step lookahead each turn: the most informative ones. */
  readonly lookahead: number;
}

export const DEFAULT_BAYES_OPTIONS: BayesOptions = Object.freeze({
  noise: 0.05,
  typeNoise: 0.01,
  coview: 0,
  lookahead: 8,
});

/** Below this share of the best listing's weight a listing no longer moves any decision. */
const NEGLIGIBLE = 1e-9;
/** Most listings read to estimate attribute shares in one turn. */
const MASS_SAMPLE = 20_000;
/**
 * Calibrated noise is never taken below this: an exact-answer deployment still never loses a target for good.
 * Lower is better at exact answers (on the tuning shapes 1e-4 shortened AT by up to 0.1 turn against 0.002;
 * 0.02 lengthened it by 0.3), and 1e-4 keeps a listing two answers contradict above NEGLIGIBLE.
 */
const MIN_NOISE = 1e-4;
/**
 * From this answer noise on, the turn budget is guarded (see turnsToReachAll). At exact answers it measured no
 * gain on the tuning shapes (AT within 0.01 turn, one target fewer found on two) and cost the bundled sample 7
 * targets of 500, so it is for noisy answers only.
 */
const GUARD_MIN_NOISE = 0.01;
/** Listings kept, best first, to estimate the k best after an answer. */
const HEAD = 64;
const LN2 = Math.log(2);
/**
 * Turns the budget keeps in hand: questions seldom halve the listings exactly. At noise 0.1 on the tuning sets
 * 1 beat 0 on AT on all six (SR@15 up on three, level on two, 2 targets fewer on one); 2 lowered AT further but
 * lost SR@15 on four.
 */
const SPARE_TURNS = 1;
/** Added to the cost of a show that breaks the turn budget: larger than any estimate of turns. */
const OVER_BUDGET = 1e6;

/** Mass M, Σ w ln w, and the k best (their mass and Σ w ln w) of a distribution given by weights. */
interface Spread {
  readonly mass: number;
  readonly wlw: number;
  readonly topMass: number;
  readonly topWlw: number;
}

/**
 * Our strategy: a posterior over the listing the user will finally want, not over their taste.
 *   P(l | answers) ∝ prior(l) · Π_answers P(answer | l)   (prior: see Engine.listingPrior)
 * Each turn it takes the act with the fewest expected turns until the wanted listing is among those shown:
 * showing the k most probable now, or asking one of the most informative questions, looked one answer ahead
 * (after which it may show at once, or keep asking). The turns still needed from a posterior are estimated
 * as the bits left to tell the listing within k, over the bits the best question now gives. Answers are
 * evidence with the calibrated noise, so a wrong answer cannot drop the target for good. With noisy answers and
 * a hard end to the dialogue (DecideOptions.hardEnd) it also keeps a turn budget: no question that would leave too few turns to reach every listing no answer has
 * contradicted (and the question that splits those best is examined too).
 */
export class BayesStrategy implements Strategy {
  private readonly cache: PosteriorCache;

  constructor(
    private readonly engine: Engine,
    private readonly options: BayesOptions = DEFAULT_BAYES_OPTIONS,
    readonly name = 'bayes',
  ) {
    this.cache = new PosteriorCache(engine.catalog.listings.length);
  }

  /** The noise assumed for condition and job-type answers this turn. */
  private noises(options: DecideOptions): { condition: number; jobType: number } {
    const calibrated =
      options.answerNoise ??
      (options.speech ? this.engine.model.answerNoise?.speech : this.engine.model.answerNoise?.text);
    if (calibrated === undefined) return { condition: this.options.noise, jobType: this.options.typeNoise };
    const noise = Math.min(0.49, Math.max(MIN_NOISE, calibrated));
    return { condition: noise, jobType: noise };
  }

  decide(evidence: Evidence, options: DecideOptions): Act {
    const ic = this.engine.catalog;
    const noises = this.noises(options);
    const candidates = areaCandidates(this.engine, evidence);
    const posterior = this.posterior(candidates, evidence, noises);
    const { weights } = posterior;
    // Rejected listings leave the posterior for this turn only: the cached weights stay those of the answers.
    const rejected: number[] = [];
    const kept: number[] = [];
    for (const id of evidence.rejectedListingIds) {
      const l = ic.listingIndex(id);
      if (l === undefined) continue;
      rejected.push(l);
      kept.push(weights[l]!);
      weights[l] = 0;
    }
    try {
      return this.choose(candidates, weights, evidence, noises, options);
    } finally {
      for (let r = rejected.length - 1; r >= 0; r--) weights[rejected[r]!] = kept[r]!;
      this.cache.put(posterior);
    }
  }

  /** The act for this turn from the candidates' posterior weights (rejected listings at 0). */
  private choose(
    candidates: Int32Array,
    weights: Float64Array,
    evidence: Evidence,
    noises: { condition: number; jobType: number },
    options: DecideOptions,
  ): Act {
    const ic = this.engine.catalog;
    const k = options.topK;

    const { max, head } = heaviest(candidates, weights, Math.max(HEAD, k));
    const best = head.slice(0, k);
    const showBest = (): Act => ({ kind: 'recommend', listingIds: best.map((l) => ic.listings[l]!.id) });
    if (options.turnsLeft <= 1 || best.length < k || max === 0) return showBest();

    // The listings that still matter, and each attribute's mass and Σ w ln w among them. Past MASS_SAMPLE
    // listings an evenly strided sample estimates them: a turn stays flat in the catalogue's size.
    const active = this.engine.scratch.listings;
    const cutoff = max * NEGLIGIBLE;
    // The turn budget is for a hard end only, and binds only when even every candidate could not be reached in
    // the turns left.
    const guard =
      options.hardEnd === true &&
      noises.condition >= GUARD_MIN_NOISE &&
      turnsToReachAll(candidates.length, k) + SPARE_TURNS > options.turnsLeft - 1;
    const prior = this.engine.listingPrior;
    // The best likelihood (weight over prior) among them, for the turn budget. An active listing's prior is
    // positive: its weight is its prior times the answers' likelihoods.
    let bestLikelihood = 0;
    let activeCount = 0;
    // Two loops rather than a test of `guard` per listing: this pass runs over every candidate (12 % less
    // time a decision at 200,000 listings, side by side).
    if (guard) {
      for (let c = 0; c < candidates.length; c++) {
        const l = candidates[c]!;
        const w = weights[l]!;
        active[activeCount] = l;
        if (w >= cutoff) {
          activeCount++;
          if (w > bestLikelihood * prior[l]!) bestLikelihood = w / prior[l]!;
        }
      }
    } else {
      for (let c = 0; c < candidates.length; c++) {
        const l = candidates[c]!;
        active[activeCount] = l;
        if (weights[l]! >= cutoff) activeCount++;
      }
    }
    if (activeCount <= k) return showBest();
    const { mass, wlw, count } = this.engine.scratch.attributes();
    const stride = Math.max(1, Math.ceil(activeCount / MASS_SAMPLE));
    const { attrStart, attrs } = ic;
    // Listings no answer contradicts: a likelihood within one contradiction (a factor noise / (1 − noise)) of
    // the best, the threshold halfway in logs. None without the guard.
    const consistentAt = guard
      ? bestLikelihood * Math.sqrt(noises.condition / (1 - noises.condition))
      : Infinity;
    let total = 0;
    let totalWlw = 0;
    // Listings no answer contradicts (sampled), and per attribute how many of them have it.
    let consistent = 0;
    for (let i = 0; i < activeCount; i += stride) {
      const l = active[i]!;
      const w = weights[l]! / max;
      const x = w * Math.log(w);
      total += w;
      totalWlw += x;
      const counted = guard && weights[l]! >= consistentAt * prior[l]!;
      if (counted) consistent++;
      const end = attrStart[l + 1]!;
      for (let p = attrStart[l]!; p < end; p++) {
        const a = attrs[p]!;
        mass[a]! += w;
        wlw[a]! += x;
        if (counted) count[a]!++;
      }
    }
    // The head's weights on the sample's scale (a strided sample holds 1/stride of the mass).
    const headWeights = new Float64Array(head.length);
    for (let i = 0; i < head.length; i++) headWeights[i] = weights[head[i]!]! / max / stride;
    let topMass = 0;
    let topWlw = 0;
    for (let i = 0; i < best.length; i++) {
      topMass += headWeights[i]!;
      topWlw += headWeights[i]! * Math.log(headWeights[i]!);
    }
    const now: Spread = { mass: total, wlw: totalWlw, topMass, topWlw };

    const covered = coveredAttributes(this.engine, evidence);
    const candidatesToAsk = this.mostInformative(covered, noises, mass, total);
    if (candidatesToAsk.length === 0) return showBest();
    const bitsPerQuestion = candidatesToAsk.bestGain;
    const remaining = (s: Spread) => turnsToFind(s, k, bitsPerQuestion, stride);

    // With noisy answers a question must keep the turn budget (see turnsToReachAll); a show past it is still
    // allowed, and is what is left when no question keeps it.
    const overBudget = (left: number) =>
      guard && turnsToReachAll(left * stride, k) + SPARE_TURNS > options.turnsLeft - 1;
    let shownConsistent = 0;
    for (const l of best) if (weights[l]! >= consistentAt * prior[l]!) shownConsistent++;
    const showCost =
      (overBudget(consistent - shownConsistent / stride) ? OVER_BUDGET : 0) +
      1 +
      (1 - now.topMass / now.mass) * remaining(withoutTop(now));
    let question: number | undefined;
    let askCost = Infinity;
    const has = new Uint8Array(head.length);
    const examined = Array.from(candidatesToAsk.attributes.subarray(0, candidatesToAsk.length));
    if (guard) {
      const splitter = bestSplitter(covered, count, consistent);
      if (splitter >= 0 && !examined.includes(splitter)) examined.push(splitter);
    }
    for (const attribute of examined) {
      if (overBudget(Math.max(count[attribute]!, consistent - count[attribute]!))) continue;
      const noise = ic.isJobTypeAttribute(attribute) ? noises.jobType : noises.condition;
      for (let i = 0; i < head.length; i++) has[i] = listingHas(ic, head[i]!, attribute) ? 1 : 0;
      let cost = 1;
      for (const yes of [true, false]) {
        const after = answered(now, mass[attribute]!, wlw[attribute]!, noise, yes, headWeights, has, k);
        const p = after.mass / now.mass;
        const thenShow = 1 + (1 - after.topMass / after.mass) * remaining(withoutTop(after));
        cost += p * Math.min(thenShow, 1 + remaining(after));
      }
      if (cost < askCost) {
        askCost = cost;
        question = attribute;
      }
    }
    return question === undefined || showCost <= askCost ? showBest() : ask(this.engine, question);
  }

  /**
   * The questions the lookahead examines: the uncovered attributes whose answer gives the most bits (over
   * 1e-3), best first, ties to the lower index; at most `lookahead` of them, and the best gain.
   */
  private mostInformative(
    covered: Set<number>,
    noises: { condition: number; jobType: number },
    mass: Float64Array,
    total: number,
  ): { attributes: Int32Array; length: number; bestGain: number } {
    const ic = this.engine.catalog;
    const limit = this.options.lookahead;
    const attributes = new Int32Array(limit);
    const gains = new Float64Array(limit);
    let length = 0;
    const noiseEntropy = {
      jobType: binaryEntropy(noises.jobType),
      condition: binaryEntropy(noises.condition),
    };
    for (let a = 0; a < ic.attributeCount; a++) {
      // An attribute no sampled listing has tells nothing (its gain is exactly 0): most of a large catalogue's.
      if (mass[a] === 0 || covered.has(a)) continue;
      const type = ic.isJobTypeAttribute(a);
      const noise = type ? noises.jobType : noises.condition;
      const q = mass[a]! / total;
      const gain =
        binaryEntropy(q * (1 - noise) + (1 - q) * noise) -
        (type ? noiseEntropy.jobType : noiseEntropy.condition);
      if (!(gain > 1e-3)) continue;
      // Attributes come in ascending order, so an equal gain already held stays ahead.
      if (length === limit && !(gain > gains[limit - 1]!)) continue;
      let at = length < limit ? length++ : limit - 1;
      for (; at > 0 && gain > gains[at - 1]!; at--) {
        attributes[at] = attributes[at - 1]!;
        gains[at] = gains[at - 1]!;
      }
      attributes[at] = a;
      gains[at] = gain;
    }
    return { attributes, length, bestGain: gains[0]! };
  }

  /**
   * prior(l) · Π P(answer | l) for every candidate (up to a common factor). Products, not sums of logs: no
   * exp() per listing afterwards. Only candidates' entries are meaningful. Continues the cached posterior of
   * the same conversation's earlier turn when there is one: only the answers since are applied.
   */
  private posterior(
    candidates: Int32Array,
    evidence: Evidence,
    noises: { condition: number; jobType: number },
  ): Posterior {
    const ic = this.engine.catalog;
    const answers: number[] = [];
    for (const answer of evidence.answers) {
      if (answer.level === 'dontKnow') continue;
      const attribute = ic.attributeOf(answer.kind, answer.id);
      if (attribute !== undefined) answers.push(attribute * 8 + ANSWER_LEVELS.indexOf(answer.level));
    }
    const posterior = this.cache.take(candidates, noises.jobType, noises.condition, answers);
    const { weights } = posterior;
    if (posterior.applied.length === 0) {
      const prior = this.engine.listingPrior;
      if (candidates === this.engine.allListings) weights.set(prior);
      else for (let c = 0; c < candidates.length; c++) weights[candidates[c]!] = prior[candidates[c]!]!;
    }
    for (let i = posterior.applied.length; i < answers.length; i++) {
      const attribute = answers[i]! >> 3;
      const level = ANSWER_LEVELS[answers[i]! & 7]!;
      const jobType = ic.isJobTypeAttribute(attribute);
      const { ifHas, ifLacks } = answerLikelihood(level, jobType ? noises.jobType : noises.condition);
      if (jobType && this.options.coview > 0) {
        this.addCoviewEvidence(weights, candidates, attribute, ifHas, ifLacks);
      } else {
        // Only ratios matter: scale the smaller side. Listings with the attribute by ifHas/ifLacks, or, when
        // most have it, those without by the inverse (the same posterior after normalising).
        const ratio = ifHas / ifLacks;
        const { listings, lacking } = ic.smallerSide(attribute);
        const factor = lacking ? 1 / ratio : ratio;
        for (let m = 0; m < listings.length; m++) weights[listings[m]!]! *= factor;
      }
      posterior.applied.push(answers[i]!);
      // Each answer moves a weight by at most 99×: rescaling every 32 keeps far from overflow and underflow.
      if (++posterior.sinceRescale === 32) {
        rescaleToMax(weights, candidates);
        posterior.sinceRescale = 0;
      }
    }
    return posterior;
  }

  private addCoviewEvidence(
    weights: Float64Array,
    candidates: Int32Array,
    type: number,
    ifHas: number,
    ifLacks: number,
  ): void {
    const ic = this.engine.catalog;
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

/** Does listing l carry the attribute? Its attribute list is short: a scan. */
function listingHas(ic: Engine['catalog'], l: number, attribute: number): boolean {
  for (let p = ic.attrStart[l]!; p < ic.attrStart[l + 1]!; p++) if (ic.attrs[p] === attribute) return true;
  return false;
}

/** The first index from `from` whose flag says `value` (has.length when none). */
function nextWith(has: Uint8Array, value: boolean, from: number): number {
  const flag = value ? 1 : 0;
  let i = from;
  while (i < has.length && has[i] !== flag) i++;
  return i;
}

/**
 * The turn budget (noisy answers): an act must leave turns enough to reach every listing no answer has
 * contradicted if the answers are right from now on — halving questions, then a show. The lookahead's estimate
 * of turns is a mean over the posterior; a target it thinks unlikely would otherwise run out of turns.
 */
function turnsToReachAll(listings: number, k: number): number {
  return listings <= k ? 1 : Math.ceil(Math.log2(listings / k)) + 1;
}

/** An unasked attribute that splits `consistent` listings most evenly by their counts (−1 when none splits). */
function bestSplitter(covered: Set<number>, count: Float64Array, consistent: number): number {
  let best = -1;
  let bestSide = Infinity;
  for (let a = 0; a < count.length; a++) {
    if (covered.has(a) || count[a] === 0 || count[a] === consistent) continue;
    const side = Math.max(count[a]!, consistent - count[a]!);
    if (side < bestSide) {
      bestSide = side;
      best = a;
    }
  }
  return best;
}

/** The spread without its k best (what is left after they are shown and rejected). */
function withoutTop(s: Spread): Spread {
  return { mass: s.mass - s.topMass, wlw: s.wlw - s.topWlw, topMass: 0, topWlw: 0 };
}

/**
 * Turns still needed to show the wanted listing from a posterior: the bits it takes to tell it within k
 * (entropy minus log2 k; ln(stride) makes up for a strided sample), at the bits a question gives, plus the
 * turn that shows it.
 */
function turnsToFind(s: Spread, k: number, bitsPerQuestion: number, stride: number): number {
  if (!(s.mass > 0)) return 1;
  const entropy = (Math.log(s.mass) - s.wlw / s.mass + Math.log(stride)) / LN2;
  return 1 + Math.max(0, entropy - Math.log2(k)) / bitsPerQuestion;
}

/**
 * The spread after an answer (yes or no) to an attribute holding `mass`/`wlw` of it: the listings that agree
 * are scaled by 1 − noise, the others by noise. The k best after it are estimated from the head (the best
 * listings now); slots the head cannot fill count at the head's last weight.
 */
function answered(
  s: Spread,
  mass: number,
  wlw: number,
  noise: number,
  yes: boolean,
  head: Float64Array,
  has: Uint8Array,
  k: number,
): Spread {
  const agree = yes ? mass : s.mass - mass;
  const agreeWlw = yes ? wlw : s.wlw - wlw;
  const keep = 1 - noise;
  const newMass = keep * agree + noise * (s.mass - agree);
  const newWlw =
    keep * (agreeWlw + agree * Math.log(keep)) +
    noise * (s.wlw - agreeWlw + (s.mass - agree) * Math.log(noise));
  // The head is sorted, so are the listings that agree and those that do not: the k best after the answer
  // are a merge of the two (the same values a sort of all of them would give, without allocating).
  const floor = head.length >= HEAD ? head[head.length - 1]! * keep : 0;
  let topMass = 0;
  let topWlw = 0;
  let agreeing = nextWith(has, yes, 0);
  let disagreeing = nextWith(has, !yes, 0);
  for (let i = 0; i < k; i++) {
    const a = agreeing < head.length ? head[agreeing]! * keep : 0;
    const d = disagreeing < head.length ? head[disagreeing]! * noise : 0;
    let scaled = 0;
    if (agreeing < head.length || disagreeing < head.length) {
      if (a >= d) {
        scaled = a;
        agreeing = nextWith(has, yes, agreeing + 1);
      } else {
        scaled = d;
        disagreeing = nextWith(has, !yes, disagreeing + 1);
      }
    }
    // Listings past the head weigh at most the head's last: when the head was cut, a slot is worth at least that.
    const w = Math.max(scaled, floor);
    if (!(w > 0)) break;
    topMass += w;
    topWlw += w * Math.log(w);
  }
  return { mass: newMass, wlw: newWlw, topMass: Math.min(topMass, newMass), topWlw };
}
