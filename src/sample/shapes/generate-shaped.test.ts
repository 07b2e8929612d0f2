import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadCatalog } from '../../catalog';
import { Engine, createStrategy } from '../../engine';
import { loadTargets } from '../../cli/evaluation-input';
import { simulate } from '../../simulate';
import { DEFAULT_TRAIN_OPTIONS, trainFromViewLog } from '../../training';
import { CATALOGUE_SHAPES, shapeNamed } from './catalogue-shapes';
import { generateShapedSample } from './generate-shaped';
import { shapedPaths, writeShapedSample } from './write-shaped';

const small = (name: string) => ({ ...shapeNamed(name)!, listings: 600, users: 3000, targets: 300 });

describe('catalogue shapes', () => {
  it('are deterministic per seed and differ across seeds', () => {
    const shape = small('shared-tags');
    const a = generateShapedSample(shape, 1);
    expect(generateShapedSample(shape, 1)).toEqual(a);
    expect(generateShapedSample(shape, 2).targets).not.toEqual(a.targets);
  });

  it('promoted listings take many views and few targets; shared tags make most tag sets repeat', () => {
    const promoted = generateShapedSample({ ...small('promoted'), promoted: 30 }, 1);
    const views = new Map<string, number>();
    for (const v of promoted.views) views.set(v.listingId, (views.get(v.listingId) ?? 0) + 1);
    const top = new Set(
      [...views]
        .sort((x, y) => y[1] - x[1])
        .slice(0, 30)
        .map(([id]) => id),
    );
    const viewShare = [...top].reduce((a, id) => a + views.get(id)!, 0) / promoted.views.length;
    const targetShare = promoted.targets.filter((t) => top.has(t.listingId)).length / promoted.targets.length;
    expect(viewShare).toBeGreaterThan(2 * targetShare);

    const shared = generateShapedSample(small('shared-tags'), 1);
    const sets = new Set(shared.listings.map((l) => `${l.jobTypeIds[0]}|${l.conditionIds.join(',')}`));
    expect(sets.size).toBeLessThan(shared.listings.length / 3);
  });

  it('load in the import format, train a model with fitted signals, and simulate', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'soudan-shape-'));
    try {
      await writeShapedSample(generateShapedSample(small('long-tail'), 3), dir);
      const paths = shapedPaths(dir);
      const catalog = await loadCatalog(paths.catalogDir);
      const { model, artifact } = await trainFromViewLog(catalog, paths.views, DEFAULT_TRAIN_OPTIONS);
      expect(artifact.signals?.fit.heldOutUsers).toBeGreaterThan(0);
      // On a long tail the log's signals must explain held-out choices better than type shares alone.
      expect(artifact.signals!.fit.logLikelihood).toBeGreaterThan(
        artifact.signals!.fit.typeShareLogLikelihood,
      );
      const targets = await loadTargets(catalog, paths.targets);
      const engine = new Engine(catalog, model);
      const result = simulate(createStrategy('bayes', engine), targets, {
        maxTurns: 15,
        topK: 10,
        noise: 0,
        answerNoise: 0,
        seed: 1,
      });
      expect(result.sr15).toBeGreaterThan(0.9);
      expect(result.floorTurns).toBeGreaterThanOrEqual(1);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('there are at least four tuned shapes', () => {
    expect(CATALOGUE_SHAPES.length).toBeGreaterThanOrEqual(4);
  });
});
