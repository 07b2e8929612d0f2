import { assign, unitHash } from './assign';
import { parseExperiments, type Experiment } from './experiment-config';

function experiment(overrides: Record<string, unknown> = {}): Experiment {
  const config = parseExperiments(
    {
      experiments: [
        {
          name: 'budget',
          salt: 'salt-one-2026',
          start: '2026-12-01T00:00:00+09:00',
          end: '2026-12-15T00:00:00+09:00',
          control: 'a',
          variants: [
            { name: 'a', weight: 1 },
            { name: 'b', weight: 3, questionBudget: 5 },
          ],
          holdout: 0.1,
          overrides: { 'qa-001': 'b', 'qa-002': 'holdout' },
          ...overrides,
        },
      ],
    },
    'test',
  );
  return config.experiments[0]!;
}

const keys = Array.from({ length: 40_000 }, (_, i) => `user-${i}`);

describe('assign', () => {
  it('gives a key the same arm every time, and a new salt an independent one', () => {
    const e = experiment();
    const first = keys.map((k) => assign(e, k).variant);
    expect(keys.map((k) => assign(e, k).variant)).toEqual(first);
    const resalted = experiment({ salt: 'salt-two-2026' });
    const same = keys.filter((k, i) => assign(resalted, k).variant === first[i]).length / keys.length;
    // Independent arms agree with probability 0.1² + 0.225² + 0.675² = 0.516.
    expect(same).toBeGreaterThan(0.49);
    expect(same).toBeLessThan(0.54);
  });

  it('keeps the holdout share out and splits the rest by weight', () => {
    const e = experiment();
    const counts = new Map<string, number>();
    for (const k of keys) {
      const { variant } = assign(e, k);
      counts.set(variant, (counts.get(variant) ?? 0) + 1);
    }
    const share = (v: string) => (counts.get(v) ?? 0) / keys.length;
    // Binomial sd at n = 40,000 is at most 0.0025: 5 sd either way.
    expect(Math.abs(share('holdout') - 0.1)).toBeLessThan(0.0125);
    expect(Math.abs(share('a') - 0.225)).toBeLessThan(0.0125);
    expect(Math.abs(share('b') - 0.675)).toBeLessThan(0.0125);
  });

  it('pins QA keys by override and marks them forced', () => {
    const e = experiment();
    expect(assign(e, 'qa-001')).toEqual({ experiment: 'budget', variant: 'b', forced: true });
    expect(assign(e, 'qa-002')).toEqual({ experiment: 'budget', variant: 'holdout', forced: true });
    expect(assign(e, 'user-1').forced).toBe(false);
  });

  it('spreads unitHash evenly over [0, 1)', () => {
    const buckets = new Array<number>(10).fill(0);
    for (const k of keys) buckets[Math.floor(unitHash('s', k) * 10)]!++;
    for (const b of buckets) expect(Math.abs(b - 4000)).toBeLessThan(300);
  });
});
