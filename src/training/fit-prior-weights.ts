import { PRIOR_FEATURES, type PriorWeights } from '../engine';

/** Small ridge on the weights: features can be nearly collinear (views and settled views on a small log). */
const RIDGE = 1e-3;
const ITERATIONS = 50;

/**
 * Fits the prior's weights on held-out users: maximises the mean log-likelihood of the listing each held-out
 * user settled on under P(l) ∝ exp(Σ_k w_k f_k(l)), by Newton's method (the objective is concave). Returns
 * the weights and that mean log-likelihood (nats per user).
 */
export function fitPriorWeights(
  features: readonly Float64Array[],
  heldOut: ArrayLike<number>,
  active: readonly boolean[] = PRIOR_FEATURES.map(() => true),
): { weights: PriorWeights; logLikelihood: number } {
  const k = features.length;
  const n = features[0]!.length;
  const u = heldOut.length;
  const observed = new Float64Array(k);
  for (let i = 0; i < u; i++) for (let f = 0; f < k; f++) observed[f]! += features[f]![heldOut[i]!]!;
  for (let f = 0; f < k; f++) observed[f]! /= Math.max(1, u);

  const evaluate = (w: Float64Array) => {
    // log Σ exp(w·f) with the maximum subtracted; the expected features and their covariance.
    const scores = new Float64Array(n);
    let max = -Infinity;
    for (let l = 0; l < n; l++) {
      let s = 0;
      for (let f = 0; f < k; f++) s += w[f]! * features[f]![l]!;
      scores[l] = s;
      if (s > max) max = s;
    }
    let z = 0;
    const mean = new Float64Array(k);
    const second = new Float64Array(k * k);
    for (let l = 0; l < n; l++) {
      const p = Math.exp(scores[l]! - max);
      z += p;
      for (let f = 0; f < k; f++) {
        const x = features[f]![l]!;
        mean[f]! += p * x;
        for (let g = f; g < k; g++) second[f * k + g]! += p * x * features[g]![l]!;
      }
    }
    let dot = 0;
    for (let f = 0; f < k; f++) dot += w[f]! * observed[f]!;
    let ridge = 0;
    for (let f = 0; f < k; f++) ridge += w[f]! * w[f]!;
    const value = dot - (max + Math.log(z)) - (RIDGE / 2) * ridge;
    for (let f = 0; f < k; f++) mean[f]! /= z;
    const gradient = new Float64Array(k);
    const hessian = new Float64Array(k * k);
    for (let f = 0; f < k; f++) {
      gradient[f] = active[f] ? observed[f]! - mean[f]! - RIDGE * w[f]! : 0;
      for (let g = f; g < k; g++) {
        const cov = second[f * k + g]! / z - mean[f]! * mean[g]!;
        const h = active[f] && active[g] ? -cov - (f === g ? RIDGE : 0) : f === g ? -1 : 0;
        hessian[f * k + g] = h;
        hessian[g * k + f] = h;
      }
    }
    return { value, gradient, hessian };
  };

  let w = Float64Array.from(active, (on, f) => (on && f === 0 ? 1 : 0));
  let current = evaluate(w);
  for (let iteration = 0; iteration < ITERATIONS; iteration++) {
    const step = solve(current.hessian, current.gradient, k).map((x) => -x);
    let scale = 1;
    let next = w;
    let candidate = current;
    for (; scale > 1e-6; scale /= 2) {
      next = w.map((x, f) => x + scale * step[f]!);
      candidate = evaluate(next);
      if (candidate.value >= current.value) break;
    }
    if (scale <= 1e-6) break;
    const improved = candidate.value - current.value;
    w = next;
    current = candidate;
    if (improved < 1e-9) break;
  }
  // The reported log-likelihood is without the ridge term.
  let ridge = 0;
  for (let f = 0; f < k; f++) ridge += w[f]! * w[f]!;
  const weights = Object.fromEntries(PRIOR_FEATURES.map((name, f) => [name, round(w[f]!)])) as unknown;
  return { weights: weights as PriorWeights, logLikelihood: current.value + (RIDGE / 2) * ridge };
}

function round(x: number): number {
  return Math.round(x * 1e6) / 1e6;
}

/** Solves A x = b for a small dense symmetric A (Gaussian elimination with partial pivoting). */
function solve(a: Float64Array, b: Float64Array, k: number): number[] {
  const m = Array.from({ length: k }, (_, i) => [...a.subarray(i * k, i * k + k), b[i]!]);
  for (let col = 0; col < k; col++) {
    let pivot = col;
    for (let r = col + 1; r < k; r++) if (Math.abs(m[r]![col]!) > Math.abs(m[pivot]![col]!)) pivot = r;
    [m[col], m[pivot]] = [m[pivot]!, m[col]!];
    const p = m[col]![col]!;
    if (Math.abs(p) < 1e-12) continue;
    for (let r = 0; r < k; r++) {
      if (r === col) continue;
      const factor = m[r]![col]! / p;
      for (let c = col; c <= k; c++) m[r]![c]! -= factor * m[col]![c]!;
    }
  }
  return m.map((row, i) => (Math.abs(row[i]!) < 1e-12 ? 0 : row[k]! / row[i]!));
}
