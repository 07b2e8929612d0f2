import { fitPriorWeights } from './fit-prior-weights';
import { isHeldOut, timestampSeconds } from './listing-signal-accumulator';

describe('fitting the prior weights on held-out choices', () => {
  it('recovers the weight of a feature the choices follow, and gives ~0 to one they ignore', () => {
    // Four listings; choices in proportion to 1 : 2 : 4 : 8 = exp(1 · ln p). A second feature is noise.
    const signal = Float64Array.from([1, 2, 4, 8], Math.log);
    const unrelated = Float64Array.from([0.3, -0.2, 0.1, -0.4]);
    const typeShare = new Float64Array(4);
    const lift = new Float64Array(4);
    const choices = [0, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 3, 3, 3, 3];
    const { weights, logLikelihood } = fitPriorWeights([typeShare, signal, unrelated, lift], choices);
    // The small ridge shrinks it a little.
    expect(weights.views).toBeCloseTo(1, 1);
    // The unrelated feature earns a little from the sample's chance tilt only.
    expect(Math.abs(weights.settled)).toBeLessThan(0.6);
    // Mean log-likelihood of the choices under p ∝ (1, 2, 4, 8): Σ n_i ln(p_i / 15) / 15.
    const expected = [1, 2, 4, 8].reduce((a, p) => a + p * Math.log(p / 15), 0) / 15;
    expect(logLikelihood).toBeGreaterThan(expected - 1e-4); // the ridge costs a hair
  });

  it('holds out one user in ten, always the same ones, and reads ISO and epoch timestamps', () => {
    const ids = Array.from({ length: 5000 }, (_, i) => `user${i}`);
    const held = ids.filter(isHeldOut);
    expect(held.length / ids.length).toBeGreaterThan(0.08);
    expect(held.length / ids.length).toBeLessThan(0.12);
    expect(ids.filter(isHeldOut)).toEqual(held);
    expect(timestampSeconds('2026-11-01T00:00:00Z')).toBe(1_793_491_200);
    expect(timestampSeconds('1793491200')).toBe(1_793_491_200);
    expect(timestampSeconds('yesterday')).toBeUndefined();
    expect(timestampSeconds(undefined)).toBeUndefined();
  });
});
