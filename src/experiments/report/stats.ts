/** Two-sided 95 %: the normal quantile at 0.975. */
const Z95 = 1.959963984540054;

/** A point estimate with its 95 % interval; null bounds when the data cannot give one (no users, no denominator). */
export interface Estimate {
  readonly value: number | null;
  readonly low: number | null;
  readonly high: number | null;
}

const NONE: Estimate = { value: null, low: null, high: null };

/** Wilson's score interval for a proportion `x / n`: stays inside [0, 1] and behaves at 0 and n. */
export function wilson(x: number, n: number, z = Z95): Estimate {
  if (n <= 0) return NONE;
  const p = x / n;
  const z2 = z * z;
  const centre = (p + z2 / (2 * n)) / (1 + z2 / n);
  const half = (z / (1 + z2 / n)) * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n));
  return { value: p, low: centre - half, high: centre + half };
}

/** Per-user sums of a ratio metric Σx / Σy over the users of one arm: what the delta method needs. */
export interface RatioSums {
  readonly n: number;
  readonly x: number;
  readonly y: number;
  readonly xx: number;
  readonly yy: number;
  readonly xy: number;
}

/**
 * A ratio of per-user sums (results per conversation, clicks per job shown) and its variance by the delta
 * method, users being the unit that was randomised: var(r) ≈ (s_xx − 2 r s_xy + r² s_yy) / (n ȳ²), with sample
 * (co)variances over users.
 */
export function ratio(s: RatioSums): { value: number; variance: number } | null {
  if (s.n < 2 || s.y <= 0) return null;
  const r = s.x / s.y;
  const sxx = (s.xx - (s.x * s.x) / s.n) / (s.n - 1);
  const syy = (s.yy - (s.y * s.y) / s.n) / (s.n - 1);
  const sxy = (s.xy - (s.x * s.y) / s.n) / (s.n - 1);
  const meanY = s.y / s.n;
  const variance = Math.max(0, (sxx - 2 * r * sxy + r * r * syy) / (s.n * meanY * meanY));
  return { value: r, variance };
}

export function ratioEstimate(s: RatioSums, z = Z95): Estimate {
  const r = ratio(s);
  if (r === null) return NONE;
  const half = z * Math.sqrt(r.variance);
  return { value: r.value, low: r.value - half, high: r.value + half };
}

/**
 * Treatment over control with the delta method on the log scale: se² = var_t / r_t² + var_c / r_c²; the
 * interval exp(log L ± z se) stays positive and is symmetric in the sense that swapping arms inverts it.
 */
export function lift(
  treatment: { value: number; variance: number } | null,
  control: { value: number; variance: number } | null,
  z = Z95,
): Estimate {
  if (treatment === null || control === null || treatment.value <= 0 || control.value <= 0) return NONE;
  const L = treatment.value / control.value;
  const se = Math.sqrt(
    treatment.variance / (treatment.value * treatment.value) +
      control.variance / (control.value * control.value),
  );
  return { value: L, low: L * Math.exp(-z * se), high: L * Math.exp(z * se) };
}

/** A proportion as a ratio with its binomial variance p (1 − p) / n, for lift(). */
export function proportion(x: number, n: number): { value: number; variance: number } | null {
  if (n <= 0) return null;
  const p = x / n;
  return { value: p, variance: (p * (1 - p)) / n };
}

/** χ² critical values at α = 0.001 by degrees of freedom: an SRM check fails above them (also in the SQL). */
const SRM_CRITICAL: readonly number[] = [
  Number.NaN,
  10.828,
  13.816,
  16.266,
  18.467,
  20.515,
  22.458,
  24.322,
  26.124,
  27.877,
  29.588,
];

export interface SrmCheck {
  readonly chiSquare: number;
  readonly degreesOfFreedom: number;
  readonly pValue: number;
  /** true when the split is consistent with the weights (p ≥ 0.001). */
  readonly pass: boolean;
}

/** Sample-ratio mismatch: Pearson's χ² of the users per arm against the configured shares. */
export function srmCheck(observed: readonly number[], weights: readonly number[]): SrmCheck | null {
  const total = observed.reduce((a, b) => a + b, 0);
  const weightSum = weights.reduce((a, b) => a + b, 0);
  if (observed.length < 2 || total === 0 || weightSum <= 0) return null;
  let chiSquare = 0;
  observed.forEach((o, i) => {
    const expected = (total * weights[i]!) / weightSum;
    chiSquare += ((o - expected) * (o - expected)) / expected;
  });
  const df = observed.length - 1;
  return {
    chiSquare,
    degreesOfFreedom: df,
    pValue: chiSquareSurvival(chiSquare, df),
    pass: chiSquare < (SRM_CRITICAL[df] ?? Number.POSITIVE_INFINITY),
  };
}

/** P(χ²_df > x) = Q(df/2, x/2), the regularised upper incomplete gamma function. */
export function chiSquareSurvival(x: number, df: number): number {
  if (x <= 0) return 1;
  return upperGamma(df / 2, x / 2);
}

/** Q(a, x) by its series below a + 1 and its continued fraction above (Numerical Recipes' split). */
function upperGamma(a: number, x: number): number {
  const logPrefix = a * Math.log(x) - x - logGamma(a);
  if (x < a + 1) {
    let term = 1 / a;
    let sum = term;
    for (let k = 1; k < 500 && Math.abs(term) > Math.abs(sum) * 1e-15; k++) {
      term *= x / (a + k);
      sum += term;
    }
    return 1 - sum * Math.exp(logPrefix);
  }
  const tiny = 1e-300;
  let b = x + 1 - a;
  let c = 1 / tiny;
  let d = 1 / b;
  let h = d;
  for (let i = 1; i < 500; i++) {
    const an = -i * (i - a);
    b += 2;
    d = an * d + b;
    if (Math.abs(d) < tiny) d = tiny;
    c = b + an / c;
    if (Math.abs(c) < tiny) c = tiny;
    d = 1 / d;
    const delta = d * c;
    h *= delta;
    if (Math.abs(delta - 1) < 1e-15) break;
  }
  return Math.exp(logPrefix) * h;
}

/** Lanczos approximation (g = 7, n = 9). */
function logGamma(z: number): number {
  const g = 7;
  const c = [
    0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059,
    12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7,
  ];
  if (z < 0.5) return Math.log(Math.PI / Math.sin(Math.PI * z)) - logGamma(1 - z);
  const w = z - 1;
  let x = c[0]!;
  for (let i = 1; i < g + 2; i++) x += c[i]! / (w + i);
  const t = w + g + 0.5;
  return 0.5 * Math.log(2 * Math.PI) + (w + 0.5) * Math.log(t) - t + Math.log(x);
}
