import type { Engine } from '../engine';
import { binaryEntropy } from '../entropy';
import { FilteringStrategy } from './filtering-strategy';

/** The literature's Max Entropy: ask the attribute whose yes/no split of the candidates has the most entropy. */
export function maxEntropyStrategy(engine: Engine): FilteringStrategy {
  return new FilteringStrategy('maxent', engine, (splitting, counts, total) => {
    let best: number | undefined;
    let bestH = -1;
    for (const a of splitting) {
      const h = binaryEntropy(counts[a]! / total);
      if (h > bestH) {
        bestH = h;
        best = a;
      }
    }
    return best;
  });
}

/** Asks a uniformly random attribute that splits the candidates. */
export function randomStrategy(engine: Engine): FilteringStrategy {
  return new FilteringStrategy('random', engine, (splitting, _counts, _total, options) =>
    splitting.length === 0 ? undefined : splitting[Math.floor(options.random() * splitting.length)],
  );
}

/**
 * Asks the attribute most candidates have (the most common job type or condition), and ranks by popularity.
 * Needs no more of the model than the type shares, which makes it the safe fallback in production.
 */
export function popularStrategy(engine: Engine): FilteringStrategy {
  return new FilteringStrategy('popular', engine, (splitting, counts) => {
    let best: number | undefined;
    for (const a of splitting) if (best === undefined || counts[a]! > counts[best]!) best = a;
    return best;
  });
}
