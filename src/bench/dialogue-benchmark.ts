import type { Listing } from '../catalog/types';
import { createStrategy, DEFAULT_STRATEGY, Engine, STRATEGY_NAMES } from '../engine';
import { seededRandom, randomInt } from '../random';
import { simulate, type SimulationResult } from '../simulate';
import { syntheticCatalog, syntheticModel } from './synthetic-catalog';

export interface DialogueBenchRow {
  readonly noise: number;
  readonly result: SimulationResult;
  readonly seconds: number;
}

/** Every strategy on the same targets at each noise level, same seed: one run, side by side. */
export function runDialogueBenchmark(
  engine: Engine,
  targets: readonly Listing[],
  noises: readonly number[],
  options: { maxTurns: number; topK: number; seed: number },
): DialogueBenchRow[] {
  const rows: DialogueBenchRow[] = [];
  for (const noise of noises) {
    for (const name of STRATEGY_NAMES) {
      const started = performance.now();
      const result = simulate(createStrategy(name, engine), targets, {
        ...options,
        noise,
        answerNoise: noise,
      });
      rows.push({ noise, result, seconds: (performance.now() - started) / 1000 });
    }
  }
  return rows;
}

/** Does the default strategy beat seed and maxent on SR@15 and AT at every noise level? */
export function defaultStrategyVerdict(rows: readonly DialogueBenchRow[]): string[] {
  const lines: string[] = [];
  for (const noise of new Set(rows.map((r) => r.noise))) {
    const at = (name: string) => rows.find((r) => r.noise === noise && r.result.strategy === name)!.result;
    const best = at(DEFAULT_STRATEGY);
    for (const other of ['seed', 'maxent']) {
      const o = at(other);
      const ahead = best.sr15 > o.sr15 && best.at < o.at;
      lines.push(
        `noise ${noise}: ${DEFAULT_STRATEGY} vs ${other}: SR@15 ${best.sr15.toFixed(3)} vs ${o.sr15.toFixed(3)}, ` +
          `AT ${best.at.toFixed(2)} vs ${o.at.toFixed(2)} -> ${ahead ? 'ahead on both' : 'NOT ahead on both'}`,
      );
    }
  }
  return lines;
}

/** The shape of LastFM* in the conversational-recommendation literature (EAR, SCPR, UNICORN). */
export const LASTFM_SHAPE = {
  types: 33,
  conditions: 8438,
  listings: 7432,
  conditionsPerListing: [4, 12],
} as const;

export interface ScaleRow {
  readonly strategy: string;
  readonly dialogues: number;
  readonly seconds: number;
}

/**
 * Time, not quality: every strategy over `dialogues` simulated dialogues on a random catalogue of LastFM*'s
 * shape (the issue asks that such a catalogue runs in minutes). Its answers carry no meaning, so its success
 * rates are not reported.
 */
export function runScaleCheck(dialogues: number): ScaleRow[] {
  const catalog = syntheticCatalog(LASTFM_SHAPE, 11);
  const engine = new Engine(catalog, syntheticModel(LASTFM_SHAPE.types, 20_000, 12));
  const random = seededRandom(13);
  const targets = Array.from(
    { length: dialogues },
    () => catalog.listings[randomInt(random, catalog.listings.length)]!,
  );
  return STRATEGY_NAMES.map((name) => {
    const started = performance.now();
    simulate(createStrategy(name, engine), targets, { maxTurns: 15, topK: 10, noise: 0, seed: 1 });
    return { strategy: name, dialogues, seconds: (performance.now() - started) / 1000 };
  });
}
