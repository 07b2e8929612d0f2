import { createWriteStream } from 'node:fs';
import { mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { finished } from 'node:stream/promises';
import { createStrategy, Engine, modelToArtifact, type StrategyName } from '../engine';
import { randomInt, seededRandom } from '../random';
import { runDialogue } from '../simulate';
import { DEFAULT_TRAIN_OPTIONS, trainFromViewLog } from '../training';
import { syntheticCatalog, syntheticModel, type SyntheticShape } from './synthetic-catalog';
import { percentile, timedStrategy } from './timed-strategy';

export interface TurnTiming {
  readonly strategy: string;
  readonly types: number;
  readonly conditions: number;
  readonly listings: number;
  readonly turns: number;
  readonly p50: number;
  readonly p99: number;
  readonly buildSeconds: number;
  readonly heapMiB: number;
}

const gc = (globalThis as { gc?: () => void }).gc;
const heapMiB = () => {
  gc?.();
  return process.memoryUsage().heapUsed / 2 ** 20;
};

/** Times each decision of whole simulated dialogues (15 turns, top 10) on a synthetic catalogue. */
export function timeTurns(
  shape: SyntheticShape,
  strategies: readonly StrategyName[],
  dialogues: number,
): TurnTiming[] {
  const before = heapMiB();
  const started = performance.now();
  const catalog = syntheticCatalog(shape, 1);
  const engine = new Engine(catalog, syntheticModel(shape.types, 20_000, 2));
  const buildSeconds = (performance.now() - started) / 1000;
  const heap = heapMiB() - before;
  const random = seededRandom(3);
  const targets = Array.from(
    { length: dialogues },
    () => catalog.listings[randomInt(random, catalog.listings.length)]!,
  );
  return strategies.map((name) => {
    const samples: number[] = [];
    const strategy = timedStrategy(createStrategy(name, engine), samples);
    // One untimed dialogue first: lazy tables and JIT warm-up are start-up costs, not turn costs.
    runDialogue(
      createStrategy(name, engine),
      targets[0]!,
      { maxTurns: 15, topK: 10, noise: 0 },
      seededRandom(4),
    );
    targets.forEach((t, i) =>
      runDialogue(strategy, t, { maxTurns: 15, topK: 10, noise: 0 }, seededRandom(10 + i)),
    );
    return {
      strategy: name,
      types: shape.types,
      conditions: shape.conditions,
      listings: shape.listings,
      turns: samples.length,
      p50: percentile(samples, 50),
      p99: percentile(samples, 99),
      buildSeconds,
      heapMiB: heap,
    };
  });
}

/** Writes a synthetic view log of `rows` rows and times training on it. */
export async function timeTraining(
  rows: number,
): Promise<{ rows: number; seconds: number; rowsPerSecond: number; fileMiB: number }> {
  const catalog = syntheticCatalog(
    { types: 300, conditions: 40, listings: 20_000, conditionsPerListing: [4, 8] },
    5,
  );
  const dir = await mkdtemp(join(tmpdir(), 'soudan-bench-'));
  try {
    const path = join(dir, 'views.csv');
    const random = seededRandom(6);
    const stream = createWriteStream(path);
    stream.write('user_id,listing_id\n');
    let buffer = '';
    for (let r = 0; r < rows; r++) {
      buffer += `u${randomInt(random, rows / 8)},L${randomInt(random, catalog.listings.length)}\n`;
      if (buffer.length > 1 << 20) {
        if (!stream.write(buffer))
          await new Promise<void>((resolve) => stream.once('drain', () => resolve()));
        buffer = '';
      }
    }
    stream.end(buffer);
    await finished(stream);
    const fileMiB = (await stat(path)).size / 2 ** 20;
    const started = performance.now();
    await trainFromViewLog(catalog, path, DEFAULT_TRAIN_OPTIONS);
    const seconds = (performance.now() - started) / 1000;
    return { rows, seconds, rowsPerSecond: rows / seconds, fileMiB };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** Size of a model file for `types` job types trained on `users` synthetic users. */
export function modelSize(types: number, users: number): { types: number; bytes: number } {
  const artifact = modelToArtifact(syntheticModel(types, users, 7), {
    createdAt: new Date(0).toISOString(),
    stats: { rows: 0, users, skippedRows: 0, seconds: 0, rowsPerSecond: 0 },
  });
  return { types, bytes: Buffer.byteLength(JSON.stringify(artifact)) };
}
