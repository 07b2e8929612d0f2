import type { Strategy } from '../engine';

/** Wraps a strategy and records how long each decision took, in milliseconds. */
export function timedStrategy(inner: Strategy, samples: number[]): Strategy {
  return {
    name: inner.name,
    decide(evidence, options) {
      const started = performance.now();
      const act = inner.decide(evidence, options);
      samples.push(performance.now() - started);
      return act;
    },
  };
}

export function percentile(samples: readonly number[], p: number): number {
  if (samples.length === 0) return NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}
