import type { Engine } from '../engine';
import type { Strategy } from '../strategy';
import { maxEntropyStrategy, popularStrategy, randomStrategy } from './baselines';
import { BayesStrategy, DEFAULT_BAYES_OPTIONS } from './bayes-strategy';
import { SeedStrategy } from './seed-strategy';

const FACTORIES = {
  bayes: (engine: Engine) => new BayesStrategy(engine),
  'bayes-coview': (engine: Engine) =>
    new BayesStrategy(engine, { ...DEFAULT_BAYES_OPTIONS, coview: 0.5 }, 'bayes-coview'),
  seed: (engine: Engine) => new SeedStrategy(engine),
  maxent: maxEntropyStrategy,
  popular: popularStrategy,
  random: randomStrategy,
} satisfies Record<string, (engine: Engine) => Strategy>;

export type StrategyName = keyof typeof FACTORIES;

export const STRATEGY_NAMES = Object.keys(FACTORIES) as StrategyName[];

/** The best measured strategy on bench/results/dialogue.json (see README). */
export const DEFAULT_STRATEGY: StrategyName = 'bayes';

export function isStrategyName(name: string): name is StrategyName {
  return Object.hasOwn(FACTORIES, name);
}

export function createStrategy(name: StrategyName, engine: Engine): Strategy {
  return FACTORIES[name](engine);
}
