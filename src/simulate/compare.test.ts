import { compareOutcomes, pairedLift } from './compare';

describe('paired comparison of two strategies', () => {
  it('gives the ratio of means with the delta-method interval, pairs counted', () => {
    // control 1,2,3,4 (mean 2.5, var 5/3); treatment 2,2,4,4 (mean 3, var 4/3); covariance 4/3
    const l = pairedLift([1, 2, 3, 4], [2, 2, 4, 4]);
    expect(l.lift).toBeCloseTo(1.2, 12);
    const se = Math.sqrt((4 / 3 / 9 + 5 / 3 / 6.25 - (2 * (4 / 3)) / 7.5) / 4);
    expect(l.low).toBeCloseTo(1.2 * Math.exp(-1.959963984540054 * se), 12);
    expect(l.high).toBeCloseTo(1.2 * Math.exp(1.959963984540054 * se), 12);
  });

  it('is narrower for strongly paired cases than for the same values unpaired', () => {
    const control = Array.from({ length: 200 }, (_, i) => 5 + (i % 10));
    const treatment = control.map((c) => c * 0.9);
    const paired = pairedLift(control, treatment);
    expect(paired.lift).toBeCloseTo(0.9, 12);
    expect(paired.high! - paired.low!).toBeLessThan(1e-6);
  });

  it('reads SR@k and turns from the outcomes, failures counting as max turns', () => {
    const outcome = (successTurn: number | null) => ({
      successTurn,
      rank: 1,
      questions: 0,
      recommendations: 1,
    });
    const c = compareOutcomes(
      { control: 'seed', treatment: 'bayes' },
      [outcome(4), outcome(8), outcome(null), outcome(12)],
      [outcome(3), outcome(5), outcome(9), outcome(null)],
      15,
    );
    expect(c.sr5).toMatchObject({ control: 0.25, treatment: 0.5, lift: 2 });
    expect(c.sr10).toMatchObject({ control: 0.5, treatment: 0.75 });
    expect(c.at).toMatchObject({ control: (4 + 8 + 15 + 12) / 4, treatment: (3 + 5 + 9 + 15) / 4 });
  });
});
