import { Engine, createStrategy } from '../engine';
import { flatModel, sixteenCodes } from '../engine/testing/tiny-catalog';
import { hdcgOf, wilsonInterval } from './metrics';
import { floorTurns, simulate } from './simulate';

describe('simulator on sixteen 4-bit listings', () => {
  const catalog = sixteenCodes();
  const engine = new Engine(catalog, flatModel(['only']));
  const byId = (id: string) => catalog.listings.find((l) => l.id === id)!;

  it('maxent finds each target in exactly the missing bits, then shows it (top-1)', () => {
    // L1111 volunteers one of its conditions: 8 candidates left -> 3 halving questions -> shown at turn 4.
    // L0000 has no condition and volunteers its (shared) type: 16 left -> 4 questions -> shown at turn 5.
    const result = simulate(createStrategy('maxent', engine), [byId('L1111'), byId('L0000')], {
      maxTurns: 15,
      topK: 1,
      noise: 0,
      seed: 7,
    });
    expect(result.outcomes.map((o) => o.successTurn)).toEqual([4, 5]);
    expect(result.outcomes.map((o) => o.questions)).toEqual([3, 4]);
    expect(result.sr5).toBe(1);
    expect(result.sr15).toBe(1);
    expect(result.at).toBe(4.5);
    // turn 4 rank 1: 1/log2(5); turn 5 rank 1: 1/log2(6)
    expect(result.hdcg).toBeCloseTo((1 / Math.log2(5) + 1 / Math.log2(6)) / 2, 12);
    expect(result.floorBits).toBe(1);
  });

  it('counts a dialogue that never shows the target as failed at max turns', () => {
    // One turn only: it must show the single most popular candidate with the volunteered condition,
    // which by the index tie-break is never L1111, the last listing.
    const result = simulate(createStrategy('maxent', engine), [byId('L1111')], {
      maxTurns: 1,
      topK: 1,
      noise: 0,
      seed: 7,
    });
    expect(result.outcomes[0]!.successTurn).toBeNull();
    expect(result.sr15).toBe(0);
    expect(result.at).toBe(1);
    expect(result.hdcg).toBe(0);
  });

  it('same seed, same dialogues; another seed, other dialogues (random strategy, noisy user)', () => {
    const targets = catalog.listings;
    const options = { maxTurns: 6, topK: 2, noise: 0.3, seed: 42 };
    const run = (seed: number) =>
      simulate(createStrategy('random', engine), targets, { ...options, seed }).outcomes;
    expect(run(42)).toEqual(run(42));
    expect(run(42)).not.toEqual(run(43));
  });

  it('every strategy finds every target of the tiny catalogue within 15 turns without noise', () => {
    for (const name of ['bayes', 'seed', 'maxent', 'popular', 'random'] as const) {
      const result = simulate(createStrategy(name, engine), catalog.listings, {
        maxTurns: 15,
        topK: 2,
        noise: 0,
        seed: 1,
      });
      expect({ name, sr15: result.sr15 }).toEqual({ name, sr15: 1 });
    }
  });
});

describe('floorTurns', () => {
  const catalog = sixteenCodes();
  const byId = (id: string) => catalog.listings.find((l) => l.id === id)!;
  it('is one turn when the volunteered condition names the target, and log2 of the rest otherwise', () => {
    // L1000 and L0100 each have one condition of their own: the condition tells them apart.
    expect(floorTurns([byId('L1000'), byId('L0100')], 1)).toBe(1);
    // L1000, L1100, L1010, L1001 all may volunteer c3; H(T | C) = H(T, C) − H(C) by hand, minus log2 1, plus 1.
    const targets = ['L1000', 'L1100', 'L1010', 'L1001'].map(byId);
    // joint: L1000·c3 1/4; the others split 1/8 + 1/8. C: c3 = 1/4 + 3/8 = 5/8, c0..c2 1/8 each.
    const hJoint = -(0.25 * Math.log2(0.25) + 6 * 0.125 * Math.log2(0.125));
    const hC = -(0.625 * Math.log2(0.625) + 3 * 0.125 * Math.log2(0.125));
    expect(floorTurns(targets, 1)).toBeCloseTo(hJoint - hC + 1, 12);
    expect(floorTurns(targets, 4)).toBe(1);
  });
});

describe('metrics', () => {
  it('hDCG is 1 at turn 1 rank 1 and falls with turn and rank', () => {
    expect(hdcgOf(1, 1)).toBeCloseTo(1, 12);
    expect(hdcgOf(2, 1)).toBeCloseTo(1 / Math.log2(3), 12);
    // turn 1, rank 3: 1/log2(3) + (1 − 1/log2(3)) / log2(4)
    expect(hdcgOf(1, 3)).toBeCloseTo(1 / Math.log2(3) + (1 - 1 / Math.log2(3)) / 2, 12);
    expect(hdcgOf(null, null)).toBe(0);
  });

  it('Wilson interval matches a known value', () => {
    // 50 of 100: 0.5 ± 0.0961 (centre stays 0.5)
    const { low, high } = wilsonInterval(50, 100);
    expect(low).toBeCloseTo(0.4038, 4);
    expect(high).toBeCloseTo(0.5962, 4);
  });
});
