import { binaryEntropy, entropyOfWeights } from './entropy';

describe('entropy', () => {
  it('binary entropy matches known values', () => {
    expect(binaryEntropy(0.5)).toBe(1);
    expect(binaryEntropy(0)).toBe(0);
    expect(binaryEntropy(1)).toBe(0);
    expect(binaryEntropy(0.25)).toBeCloseTo(0.811278, 6);
    expect(binaryEntropy(0.11)).toBeCloseTo(0.499916, 6);
    expect(binaryEntropy(0.9)).toBeCloseTo(binaryEntropy(0.1), 12);
  });

  it('entropy of weights normalises and ignores zeros', () => {
    expect(entropyOfWeights([1, 1, 1, 1])).toBeCloseTo(2, 12);
    expect(entropyOfWeights([3, 0, 3])).toBeCloseTo(1, 12);
    expect(entropyOfWeights([1, 2, 1])).toBeCloseTo(1.5, 12);
    expect(entropyOfWeights([])).toBe(0);
  });
});
