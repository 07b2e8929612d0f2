import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadCatalog } from '../catalog';
import { createStrategy, DEFAULT_STRATEGY, Engine, STRATEGY_NAMES } from '../engine';
import {
  CATALOGUE_SHAPES,
  EVALUATION_SEED,
  generateShapedSample,
  shapedPaths,
  UNSEEN_SHAPE,
  writeShapedSample,
  type CatalogueShape,
} from '../sample/shapes';
import { simulate, type SimulationResult } from '../simulate';
import { DEFAULT_TRAIN_OPTIONS, trainFromViewLog } from '../training';
import { loadTargets } from '../cli/evaluation-input';

export interface ShapeBenchRow {
  readonly shape: string;
  readonly unseen: boolean;
  readonly noise: number;
  readonly result: SimulationResult;
  readonly seconds: number;
}

/**
 * Every strategy on each catalogue shape at each noise level, on a seed never used while tuning: generate the
 * shape's files, train on its view log with `soudan train`'s code, simulate its held-out targets. The strategy
 * is told the run's noise (calibrated answers, as a deployment sets it). `targets` keeps the first that many
 * of each shape's held-out targets (each drawn independently): a quicker run, wider intervals. `shapeSeed`
 * generates the shapes (EVALUATION_SEED unless another held-out seed is asked for).
 */
export async function runShapesBenchmark(
  noises: readonly number[],
  options: { maxTurns: number; topK: number; seed: number; targets?: number; shapeSeed?: number },
  shapes: readonly CatalogueShape[] = [...CATALOGUE_SHAPES, UNSEEN_SHAPE],
): Promise<ShapeBenchRow[]> {
  const dir = await mkdtemp(join(tmpdir(), 'soudan-shapes-'));
  const rows: ShapeBenchRow[] = [];
  try {
    for (const shape of shapes) {
      const shapeDir = join(dir, shape.name);
      await writeShapedSample(generateShapedSample(shape, options.shapeSeed ?? EVALUATION_SEED), shapeDir);
      const paths = shapedPaths(shapeDir);
      const catalog = await loadCatalog(paths.catalogDir);
      const { model } = await trainFromViewLog(catalog, paths.views, DEFAULT_TRAIN_OPTIONS);
      const engine = new Engine(catalog, model);
      const all = await loadTargets(catalog, paths.targets);
      const targets = options.targets === undefined ? all : all.slice(0, options.targets);
      const { maxTurns, topK, seed } = options;
      for (const noise of noises) {
        for (const name of STRATEGY_NAMES) {
          const started = performance.now();
          const result = simulate(createStrategy(name, engine), targets, {
            maxTurns,
            topK,
            seed,
            noise,
            answerNoise: noise,
          });
          const seconds = (performance.now() - started) / 1000;
          rows.push({ shape: shape.name, unseen: shape === UNSEEN_SHAPE, noise, result, seconds });
        }
      }
    }
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
  return rows;
}

/** Per shape and noise: does the default beat maxent and seed on SR@15 and AT, and how far is AT from the floor? */
export function shapesVerdict(rows: readonly ShapeBenchRow[]): string[] {
  const lines: string[] = [];
  const keys = [...new Set(rows.map((r) => `${r.shape}\u0000${r.noise}`))];
  for (const key of keys) {
    const [shape, noiseText] = key.split('\u0000') as [string, string];
    const noise = Number(noiseText);
    const at = (name: string) =>
      rows.find((r) => r.shape === shape && r.noise === noise && r.result.strategy === name)!;
    const best = at(DEFAULT_STRATEGY).result;
    const parts = ['maxent', 'seed'].map((other) => {
      const o = at(other).result;
      const ahead = best.sr15 > o.sr15 && best.at < o.at;
      const tied = best.sr15 === o.sr15 && best.at < o.at;
      return `vs ${other} SR@15 ${best.sr15.toFixed(3)}/${o.sr15.toFixed(3)} AT ${best.at.toFixed(2)}/${o.at.toFixed(2)} ${ahead ? 'ahead' : tied ? 'AT ahead, SR@15 tied' : 'NOT ahead'}`;
    });
    const ratio = best.at / best.floorTurns;
    lines.push(
      `${shape}${at(DEFAULT_STRATEGY).unseen ? ' (never tuned on)' : ''} noise ${noise}: ${parts.join('; ')}; ` +
        `AT/floor ${ratio.toFixed(2)}${noise === 0 ? (ratio <= 1.3 ? ' (within 1.3)' : ' (NOT within 1.3)') : ''}`,
    );
  }
  return lines;
}
