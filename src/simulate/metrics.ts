import type { DialogueOutcome } from './run-dialogue';

export interface Interval {
  readonly low: number;
  readonly high: number;
}

export interface SimulationMetrics {
  readonly cases: number;
  readonly sr5: number;
  readonly sr10: number;
  readonly sr15: number;
  readonly at: number;
  readonly hdcg: number;
  readonly ci95: {
    readonly sr5: Interval;
    readonly sr10: Interval;
    readonly sr15: Interval;
    readonly at: Interval;
    readonly hdcg: Interval;
  };
}

/**
 * hDCG of one dialogue (the hierarchical DCG of the conversational-recommendation literature, UNICORN):
 * success at turn t with the target at rank k scores 1/log2(t+2) + (1/log2(t+1) − 1/log2(t+2)) / log2(k+1);
 * turn 1 rank 1 scores 1, a failure 0.
 */
export function hdcgOf(turn: number | null, rank: number | null): number {
  if (turn === null || rank === null) return 0;
  const later = 1 / Math.log2(turn + 2);
  const now = 1 / Math.log2(turn + 1);
  return later + (now - later) / Math.log2(rank + 1);
}

/** Wilson score interval for a proportion: honest near 0 and 1, where the normal one is not. */
export function wilsonInterval(successes: number, n: number, z = 1.96): Interval {
  if (n === 0) return { low: 0, high: 0 };
  const p = successes / n;
  const denominator = 1 + (z * z) / n;
  const centre = (p + (z * z) / (2 * n)) / denominator;
  const half = (z * Math.sqrt((p * (1 - p)) / n + (z * z) / (4 * n * n))) / denominator;
  return { low: Math.max(0, centre - half), high: Math.min(1, centre + half) };
}

/** Normal interval for a mean: mean ± z·s/√n. */
function meanInterval(values: readonly number[], z = 1.96): Interval {
  const n = values.length;
  if (n === 0) return { low: 0, high: 0 };
  const mean = values.reduce((a, b) => a + b, 0) / n;
  if (n === 1) return { low: mean, high: mean };
  const variance = values.reduce((a, v) => a + (v - mean) ** 2, 0) / (n - 1);
  const half = z * Math.sqrt(variance / n);
  return { low: mean - half, high: mean + half };
}

/** SR@5/10/15, AT (failures count as maxTurns) and hDCG with 95% intervals. */
export function summarise(outcomes: readonly DialogueOutcome[], maxTurns: number): SimulationMetrics {
  const n = outcomes.length;
  const within = (t: number) => outcomes.filter((o) => o.successTurn !== null && o.successTurn <= t).length;
  const turns = outcomes.map((o) => o.successTurn ?? maxTurns);
  const hdcgs = outcomes.map((o) => hdcgOf(o.successTurn, o.rank));
  const mean = (values: number[]) => (n === 0 ? 0 : values.reduce((a, b) => a + b, 0) / n);
  const [s5, s10, s15] = [within(5), within(10), within(15)];
  return {
    cases: n,
    sr5: n === 0 ? 0 : s5 / n,
    sr10: n === 0 ? 0 : s10 / n,
    sr15: n === 0 ? 0 : s15 / n,
    at: mean(turns),
    hdcg: mean(hdcgs),
    ci95: {
      sr5: wilsonInterval(s5, n),
      sr10: wilsonInterval(s10, n),
      sr15: wilsonInterval(s15, n),
      at: meanInterval(turns),
      hdcg: meanInterval(hdcgs),
    },
  };
}
