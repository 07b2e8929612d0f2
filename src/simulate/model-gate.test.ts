import { judgeCandidate } from './model-gate';
import type { SimulationResult } from './simulate';

const result = (sr15: number, at: number): SimulationResult => ({ sr15, at }) as unknown as SimulationResult;
const margins = { successRate: 0.01, turns: 0.25 };

describe('judgeCandidate', () => {
  it('passes a candidate as good as or better than the serving model', () => {
    expect(judgeCandidate(result(0.95, 6), result(0.95, 6), margins)).toEqual({
      passed: true,
      regressions: [],
    });
    expect(judgeCandidate(result(0.95, 6), result(0.97, 5.5), margins).passed).toBe(true);
  });

  it('passes a drop within the margins, and refuses one just beyond them', () => {
    expect(judgeCandidate(result(0.95, 6), result(0.941, 6.24), margins).passed).toBe(true);
    expect(judgeCandidate(result(0.95, 6), result(0.939, 6), margins)).toEqual({
      passed: false,
      regressions: [{ metric: 'sr15', serving: 0.95, candidate: 0.939, allowed: expect.closeTo(0.94, 10) }],
    });
    expect(judgeCandidate(result(0.95, 6), result(0.95, 6.26), margins).regressions).toEqual([
      { metric: 'at', serving: 6, candidate: 6.26, allowed: 6.25 },
    ]);
  });

  it('names every metric that regressed', () => {
    const verdict = judgeCandidate(result(0.95, 6), result(0.5, 12), margins);
    expect(verdict.regressions.map((r) => r.metric)).toEqual(['sr15', 'at']);
  });

  it('with a margin of zero, any drop is a regression', () => {
    expect(judgeCandidate(result(0.95, 6), result(0.9499, 6), { successRate: 0, turns: 0 }).passed).toBe(
      false,
    );
  });
});
