/**
 * The answer-weighted posteriors of the last few conversations, so that a turn applies only the answers given
 * since that conversation's previous turn instead of all of them over all listings again.
 *
 * A pure memo: an entry holds exactly the weights a from-scratch computation reaches after the same answers in
 * the same order (the same multiplications, rescaled at the same points), so what the strategy decides does
 * not depend on what is cached. Entries are keyed by what the weights depend on: the candidate list (by
 * identity), the two noise levels, and the answers applied (each an attribute and an answer level, in order).
 */
export interface Posterior {
  readonly candidates: Int32Array;
  readonly typeNoise: number;
  readonly conditionNoise: number;
  /** Answers applied so far, as `attribute * 8 + level`, in order. */
  readonly applied: number[];
  /** Answers applied since the weights were last rescaled. */
  sinceRescale: number;
  /** Only the candidates' entries are meaningful. */
  readonly weights: Float64Array;
}

/**
 * Bytes of weights kept across turns, and at most this many conversations. Small: a million listings' arrays
 * (8 MB each) allocated while filling a larger cache set off full collections in the middle of turns, and one
 * conversation at a time is the case that gains (simulation, benchmarks); a server interleaving hundreds gains
 * little from a few more.
 */
const BUDGET_BYTES = 16 * 2 ** 20;
const MAX_ENTRIES = 8;

export class PosteriorCache {
  /** Most recently used last. */
  private readonly entries: Posterior[] = [];
  private readonly capacity: number;
  /** Arrays no entry holds: taken for a fresh posterior, given back when an entry is evicted. */
  private readonly free: Float64Array[] = [];

  constructor(private readonly listingCount: number) {
    this.capacity = Math.max(
      1,
      Math.min(MAX_ENTRIES, Math.floor(BUDGET_BYTES / (8 * Math.max(1, listingCount)))),
    );
    // Every array the cache will ever hold, allocated and written once now. Memory the process has never
    // written costs a page fault per page on first touch: copying the prior into a fresh 1.6 MB array took
    // 4.3 ms against 0.05 ms into a used one (2026-12-05, a 2-core VM), and the first turns of the first nine
    // conversations paid it, which was the engine benchmark's p99 at 200,000 listings.
    for (let i = 0; i <= this.capacity; i++) this.free.push(new Float64Array(listingCount).fill(0));
  }

  /**
   * Takes out the entry that is furthest along the given answers (its applied answers are a prefix of them),
   * or a fresh one with none applied: the caller owns it until it puts it back.
   */
  take(
    candidates: Int32Array,
    typeNoise: number,
    conditionNoise: number,
    answers: readonly number[],
  ): Posterior {
    let best = -1;
    for (let e = 0; e < this.entries.length; e++) {
      const entry = this.entries[e]!;
      if (
        entry.candidates === candidates &&
        entry.typeNoise === typeNoise &&
        entry.conditionNoise === conditionNoise &&
        isPrefix(entry.applied, answers) &&
        (best < 0 || entry.applied.length > this.entries[best]!.applied.length)
      )
        best = e;
    }
    if (best >= 0) return this.entries.splice(best, 1)[0]!;
    // One is free unless a taken entry was never put back (a turn that threw): then a new one.
    const weights = this.free.pop() ?? new Float64Array(this.listingCount);
    return { candidates, typeNoise, conditionNoise, applied: [], sinceRescale: 0, weights };
  }

  /** Keeps an entry as the most recent, evicting the least recent past capacity. */
  put(entry: Posterior): void {
    this.entries.push(entry);
    if (this.entries.length > this.capacity) this.free.push(this.entries.shift()!.weights);
  }
}

function isPrefix(prefix: readonly number[], of: readonly number[]): boolean {
  if (prefix.length > of.length) return false;
  for (let i = 0; i < prefix.length; i++) if (prefix[i] !== of[i]) return false;
  return true;
}
