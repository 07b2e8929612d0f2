import { chiSquareSurvival, lift, proportion, ratioEstimate, srmCheck, wilson } from './stats';

describe('statistics', () => {
  it("gives Wilson's interval as computed by hand", () => {
    // 10 of 100: centre (0.1 + 1.92/100) / 1.0384, half 1.96/1.0384 · sqrt(0.0009 + 0.000096)
    const w = wilson(10, 100);
    expect(w.value).toBe(0.1);
    expect(w.low).toBeCloseTo(0.05522, 4);
    expect(w.high).toBeCloseTo(0.17436, 4);
    expect(wilson(0, 20).low).toBeCloseTo(0, 12);
    expect(wilson(0, 0)).toEqual({ value: null, low: null, high: null });
  });

  it('gives the delta-method variance of a ratio of per-user sums', () => {
    // users (x, y): (1, 2), (0, 1), (3, 3): r = 4/6; s_xx = 7/3, s_yy = 1, s_xy = 1.5; ȳ = 2
    const e = ratioEstimate({ n: 3, x: 4, y: 6, xx: 10, yy: 14, xy: 11 });
    const r = 4 / 6;
    const variance = (7 / 3 - 2 * r * 1.5 + r * r * 1) / (3 * 4);
    expect(e.value).toBeCloseTo(r, 12);
    expect(e.high! - e.value!).toBeCloseTo(1.959963984540054 * Math.sqrt(variance), 12);
  });

  it('puts the lift interval around the ratio on the log scale', () => {
    const l = lift(proportion(120, 1000), proportion(100, 1000));
    expect(l.value).toBeCloseTo(1.2, 12);
    const se = Math.sqrt(0.88 / 120 + 0.9 / 100);
    expect(l.low).toBeCloseTo(1.2 * Math.exp(-1.959963984540054 * se), 12);
    expect(l.high).toBeCloseTo(1.2 * Math.exp(1.959963984540054 * se), 12);
    expect(lift(proportion(0, 10), proportion(1, 10)).value).toBeNull();
  });

  it('checks the sample ratio with χ² and its p-value', () => {
    expect(chiSquareSurvival(3.841458820694124, 1)).toBeCloseTo(0.05, 6);
    expect(chiSquareSurvival(10.828, 1)).toBeCloseTo(0.001, 5);
    expect(chiSquareSurvival(5.991464547107979, 2)).toBeCloseTo(0.05, 6);
    const fair = srmCheck([5010, 4990], [1, 1])!;
    expect(fair.chiSquare).toBeCloseTo(0.04, 12);
    expect(fair.pass).toBe(true);
    const skewed = srmCheck([5200, 4800], [1, 1])!;
    expect(skewed.chiSquare).toBeCloseTo(16, 12);
    expect(skewed).toMatchObject({ degreesOfFreedom: 1, pass: false });
    expect(skewed.pValue).toBeLessThan(0.001);
    expect(srmCheck([2500, 7500], [1, 3])!.chiSquare).toBeCloseTo(0, 12);
  });
});
