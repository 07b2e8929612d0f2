/** Binary entropy in bits of a Bernoulli(p); 0 at p = 0 or 1. */
export function binaryEntropy(p: number): number {
  if (!(p > 0 && p < 1)) return 0;
  return -(p * Math.log2(p) + (1 - p) * Math.log2(1 - p));
}

/** Shannon entropy in bits of a distribution given by non-negative weights (normalised here). */
export function entropyOfWeights(weights: Iterable<number>): number {
  let total = 0;
  const values: number[] = [];
  for (const w of weights) {
    if (w > 0) {
      values.push(w);
      total += w;
    }
  }
  if (total === 0) return 0;
  let h = 0;
  for (const w of values) {
    const p = w / total;
    h -= p * Math.log2(p);
  }
  return h;
}
