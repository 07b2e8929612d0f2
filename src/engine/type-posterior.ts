import { binaryEntropy } from './entropy';
import type { CooccurrenceModel } from './model/cooccurrence-model';

/** A hard answer about a job type: x_type = value. */
export interface TypeObservation {
  readonly type: number;
  readonly value: 0 | 1;
}

const sigmoid = (x: number) => 1 / (1 + Math.exp(-x));

/**
 * The seed's posterior (DESIGN §2 item 2): for each type k not observed,
 *   P(x_k=1 | E) ∝ P(x_k=1) · Π_e P(x_e=a_e | x_k=1),  likewise for x_k=0, normalised.
 * Kept as log-odds so one more observation is one addition per type.
 */
export class TypePosterior {
  /** log P(x_k=1, E) − log P(x_k=0, E) per type; NaN for observed types. */
  readonly logOdds: Float64Array;
  readonly observed: Uint8Array;

  constructor(
    private readonly model: CooccurrenceModel,
    observations: readonly TypeObservation[],
  ) {
    const t = model.typeCount;
    const { given1, given0 } = model.logLikelihoodTables();
    this.logOdds = new Float64Array(t);
    this.observed = new Uint8Array(t);
    for (const o of observations) this.observed[o.type] = 1;
    for (let k = 0; k < t; k++) {
      if (this.observed[k]) {
        this.logOdds[k] = NaN;
        continue;
      }
      const p = model.prior(k);
      let odds = Math.log(p) - Math.log(1 - p);
      for (const o of observations)
        odds += given1[o.value][k * t + o.type]! - given0[o.value][k * t + o.type]!;
      this.logOdds[k] = odds;
    }
  }

  /** P(x_k = 1 | E); for an observed type, its observed value. */
  probability(k: number, observations: readonly TypeObservation[] = []): number {
    if (this.observed[k]) return observations.find((o) => o.type === k)?.value ?? NaN;
    return sigmoid(this.logOdds[k]!);
  }

  /** H(E): the sum of the binary entropies of the unobserved types' posteriors, in bits. */
  entropy(): number {
    let h = 0;
    for (let k = 0; k < this.logOdds.length; k++)
      if (!this.observed[k]) h += binaryEntropy(sigmoid(this.logOdds[k]!));
    return h;
  }

  /**
   * Σ_a P(x_j=a | E) · H(E ∪ {x_j=a}) (DESIGN §2 item 3): the entropy expected after asking about type j.
   */
  expectedEntropyAfter(j: number): number {
    const t = this.model.typeCount;
    const { given1, given0 } = this.model.logLikelihoodTables();
    const pj = sigmoid(this.logOdds[j]!);
    let expected = 0;
    for (const a of [0, 1] as const) {
      const pa = a === 1 ? pj : 1 - pj;
      if (pa === 0) continue;
      const l1 = given1[a];
      const l0 = given0[a];
      let h = 0;
      for (let k = 0; k < t; k++) {
        if (k === j || this.observed[k]) continue;
        h += binaryEntropy(sigmoid(this.logOdds[k]! + l1[k * t + j]! - l0[k * t + j]!));
      }
      expected += pa * h;
    }
    return expected;
  }

  /** The unobserved type with the least expected entropy after its answer (ties: lower index). */
  bestQuestion(exclude: ReadonlySet<number> = new Set()): number | undefined {
    let best: number | undefined;
    let bestH = Infinity;
    for (let j = 0; j < this.logOdds.length; j++) {
      if (this.observed[j] || exclude.has(j)) continue;
      const h = this.expectedEntropyAfter(j);
      if (h < bestH) {
        bestH = h;
        best = j;
      }
    }
    return best;
  }
}
