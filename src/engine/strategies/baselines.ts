import { hardAnswer } from '../answer';
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
 * The menu a job board without a model would offer: ask job types from the most liked down (the model's type
 * shares only) until one is a yes, then show the likeliest listings that agree with the answers. It needs no
 * co-view pairs, which makes it the safe fallback in production.
 */
export function popularStrategy(engine: Engine): FilteringStrategy {
  return new FilteringStrategy('popular', engine, (splitting, _counts, _total, _options, evidence) => {
    const ic = engine.catalog;
    const saidYesToType = evidence.answers.some((a) => a.kind === 'jobType' && hardAnswer(a.level) === true);
    if (saidYesToType) return undefined;
    let best: number | undefined;
    for (const a of splitting) {
      if (a < ic.typeCount && (best === undefined || engine.model.prior(a) > engine.model.prior(best)))
        best = a;
    }
    return best;
  });
}
