import { CooccurrenceCounts } from './cooccurrence-counts';
import type { ListingSignals } from './listing-signals';

/**
 * How often the deployment's users answer a yes/no question wrongly, by how they answer: typed or tapped
 * (text), or spoken (speech: misheard and hastier). Set per deployment at training time.
 */
export interface AnswerNoise {
  readonly text: number;
  readonly speech: number;
}

/** What a model carries besides the co-view counts (format version 2). */
export interface ModelExtras {
  readonly signals?: ListingSignals;
  readonly answerNoise?: AnswerNoise;
}

/**
 * The seed's co-occurrence model (DESIGN §2 item 1) with additive smoothing α:
 *   P(x_i=1)             = (c_i + α) / (n + 2α)
 *   P(x_j=1 | x_i=1)     = (c_ij + α) / (c_i + 2α)
 *   P(x_j=1 | x_i=0)     = (c_j − c_ij + α) / (n − c_i + 2α)
 */
export class CooccurrenceModel {
  readonly typeIds: readonly string[];
  readonly counts: CooccurrenceCounts;
  readonly smoothing: number;
  readonly typeCount: number;
  readonly signals: ListingSignals | undefined;
  readonly answerNoise: AnswerNoise | undefined;
  private logTables:
    { given1: [Float64Array, Float64Array]; given0: [Float64Array, Float64Array] } | undefined;

  constructor(
    typeIds: readonly string[],
    counts: CooccurrenceCounts,
    smoothing: number,
    extras: ModelExtras = {},
  ) {
    this.signals = extras.signals;
    this.answerNoise = extras.answerNoise;
    this.typeIds = typeIds;
    this.counts = counts;
    this.smoothing = smoothing;
    this.typeCount = typeIds.length;
  }

  /** P(x_i = 1): the share of users who like type i. */
  prior(i: number): number {
    const a = this.smoothing;
    return (this.counts.typeUsers[i]! + a) / (this.counts.users + 2 * a);
  }

  /** P(x_j = 1 | x_i = given). */
  conditional(j: number, i: number, given: 0 | 1): number {
    const a = this.smoothing;
    const cij = this.counts.pair(i, j);
    const ci = this.counts.typeUsers[i]!;
    if (given === 1) return (cij + a) / (ci + 2 * a);
    const cj = this.counts.typeUsers[j]!;
    return (cj - cij + a) / (this.counts.users - ci + 2 * a);
  }

  /**
   * log P(x_e = a | x_k = b) for all pairs, row k, column e: tables[b][a][k * T + e]. Built once on first use;
   * the seed's posterior and expected-entropy loops read nothing else.
   */
  logLikelihoodTables(): { given1: [Float64Array, Float64Array]; given0: [Float64Array, Float64Array] } {
    if (this.logTables) return this.logTables;
    const t = this.typeCount;
    const make = () => [new Float64Array(t * t), new Float64Array(t * t)] as [Float64Array, Float64Array];
    const given1 = make();
    const given0 = make();
    for (let k = 0; k < t; k++) {
      for (let e = 0; e < t; e++) {
        const p1 = this.conditional(e, k, 1);
        const p0 = this.conditional(e, k, 0);
        given1[1][k * t + e] = Math.log(p1);
        given1[0][k * t + e] = Math.log(1 - p1);
        given0[1][k * t + e] = Math.log(p0);
        given0[0][k * t + e] = Math.log(1 - p0);
      }
    }
    this.logTables = { given1, given0 };
    return this.logTables;
  }
}
