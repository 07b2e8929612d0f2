import autocannon from 'autocannon';
import type { LoadSummary } from './http-load';

export interface FixedRateOptions {
  name: string;
  url: string;
  /** A fresh request list per group (they may share state such as a conversation pool). */
  requests: () => autocannon.Request[];
  rate: number;
  durationSeconds: number;
  /** Staggered autocannon instances; more groups = smoother arrivals. */
  groups: number;
  connectionsPerGroup: number;
}

/**
 * Requests at a fixed overall rate, measured honestly. autocannon paces a rate per one-second window, all
 * connections at the same instant, which turns "500/s" into one burst of 500 per second; and its
 * coordinated-omission correction assumes millisecond intervals, which skews percentiles. So: `groups` instances,
 * each with its share of the rate, started evenly across the first second (20 groups = a group every 50 ms), with
 * the correction off, and percentiles computed here from every response's own latency.
 */
export async function runFixedRate(options: FixedRateOptions): Promise<LoadSummary> {
  const latencies: number[] = [];
  let non2xx = 0;
  let errors = 0;
  const started = performance.now();
  const runs = Array.from({ length: options.groups }, async (_, group) => {
    await new Promise((resolve) => setTimeout(resolve, (group * 1000) / options.groups));
    const share = Math.floor(options.rate / options.groups) + (group < options.rate % options.groups ? 1 : 0);
    if (share === 0) return;
    await new Promise<void>((resolve, reject) => {
      const instance = autocannon(
        {
          url: options.url,
          connections: Math.min(options.connectionsPerGroup, share),
          overallRate: share,
          duration: options.durationSeconds,
          requests: options.requests(),
          timeout: 10,
          ignoreCoordinatedOmission: true,
          initialContext: {},
        },
        (error: unknown) =>
          error ? reject(error instanceof Error ? error : new Error(String(error))) : resolve(),
      );
      instance.on('response', (_client, statusCode, _bytes, responseTime) => {
        if (statusCode >= 200 && statusCode < 300) latencies.push(responseTime);
        else non2xx++;
      });
      instance.on('reqError', () => errors++);
    });
  });
  await Promise.all(runs);
  const seconds = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  const at = (q: number): number =>
    latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))] ?? 0;
  return {
    name: options.name,
    durationSeconds: seconds,
    connections: options.groups * options.connectionsPerGroup,
    targetRate: options.rate,
    requests: latencies.length + non2xx,
    // Each group runs for durationSeconds at its share; the wall time also holds the stagger.
    requestsPerSecond: latencies.length / options.durationSeconds,
    p50: at(0.5),
    p90: at(0.9),
    p99: at(0.99),
    max: latencies.at(-1) ?? 0,
    errors: non2xx + errors,
    non2xx,
  };
}
