import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ImportError } from '../catalog';
import { ModelError } from '../engine';
import { condition, jobType, listing } from '../engine/testing/tiny-catalog';
import { readModelFile, writeModelFile } from './model-file';
import { DEFAULT_TRAIN_OPTIONS, trainFromViewLog } from './train-model';

const catalog = {
  jobTypes: ['cafe', 'izakaya', 'konbini'].map((id) => jobType(id)),
  conditions: [condition('daily-pay')],
  listings: [
    listing('L1', ['cafe'], []),
    listing('L2', ['izakaya'], []),
    listing('L3', ['cafe', 'izakaya'], []), // one view of L3 counts for both types
    listing('L4', ['konbini'], []),
  ],
};

const fixedClock = { now: () => 0, date: () => new Date('2026-11-29T00:00:00Z') };

describe('training', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'soudan-train-'));
  });
  afterEach(() => rm(dir, { recursive: true, force: true }));

  async function train(csv: string, skipUnknown = false) {
    const path = join(dir, 'views.csv');
    await writeFile(path, csv);
    return trainFromViewLog(catalog, path, { ...DEFAULT_TRAIN_OPTIONS, skipUnknown, clock: fixedClock });
  }

  it('counts users per type and per pair, and smooths as DESIGN §2 states', async () => {
    // u1: L1, L1 again, L2 -> {cafe, izakaya}
    // u2: L3             -> {cafe, izakaya}
    // u3: L1, konbini    -> {cafe, konbini}   (a job_type_id row)
    // u4: L4             -> {konbini}
    // n = 4; c_cafe = 3, c_izakaya = 2, c_konbini = 2; c_cafe,izakaya = 2, c_cafe,konbini = 1, c_izakaya,konbini = 0
    const { model, artifact } = await train(
      [
        'user_id,listing_id,job_type_id',
        'u1,L1,',
        'u1,L1,',
        'u2,L3,',
        'u1,L2,',
        'u3,L1,',
        'u3,,konbini',
        'u4,L4,',
      ].join('\n') + '\n',
    );
    expect(model.counts.users).toBe(4);
    expect(Array.from(model.counts.typeUsers)).toEqual([3, 2, 2]);
    expect(model.counts.pair(0, 1)).toBe(2);
    expect(model.counts.pair(0, 2)).toBe(1);
    expect(model.counts.pair(1, 2)).toBe(0);
    // P(cafe) = (3+1)/(4+2) = 2/3
    expect(model.prior(0)).toBeCloseTo(2 / 3, 12);
    // P(izakaya=1 | cafe=1) = (2+1)/(3+2) = 3/5
    expect(model.conditional(1, 0, 1)).toBeCloseTo(3 / 5, 12);
    // P(izakaya=1 | cafe=0) = (c_iz − c_cafe,iz + 1)/(n − c_cafe + 2) = (2−2+1)/(4−3+2) = 1/3
    expect(model.conditional(1, 0, 0)).toBeCloseTo(1 / 3, 12);
    expect(artifact.stats).toMatchObject({ rows: 7, users: 4, skippedRows: 0 });
    expect(artifact.pairs).toEqual([0, 1, 2, 0, 2, 1]);
  });

  it('stops at an unknown id with the file and line, or skips it when asked', async () => {
    const csv = 'user_id,listing_id\nu1,L1\nu2,L9\n';
    await expect(train(csv)).rejects.toThrow(ImportError);
    await expect(train(csv)).rejects.toMatchObject({ line: 3, field: 'listing_id' });
    const { artifact } = await train(csv, true);
    expect(artifact.stats).toMatchObject({ rows: 2, skippedRows: 1, users: 1 });
  });

  it('round-trips through a model file and refuses a corrupt one', async () => {
    const { artifact } = await train('user_id,listing_id\nu1,L1\nu1,L2\nu2,L4\n');
    const path = join(dir, 'model.json');
    await writeModelFile(path, artifact);
    const back = await readModelFile(path);
    expect(Array.from(back.model.counts.typeUsers)).toEqual([1, 1, 1]);
    expect(back.model.counts.pair(0, 1)).toBe(1);

    const text = await readFile(path, 'utf8');
    const tampered = text.replace('"typeUsers":[1,1,1]', '"typeUsers":[1,1,2]');
    expect(tampered).not.toBe(text);
    await writeFile(path, tampered);
    await expect(readModelFile(path)).rejects.toThrow(/checksum mismatch/);

    await writeFile(path, text.slice(0, text.length / 2));
    await expect(readModelFile(path)).rejects.toThrow(ModelError);

    await writeFile(path, text.replace('"version":2', '"version":99'));
    await expect(readModelFile(path)).rejects.toThrow(/version 99 is not supported/);

    await expect(readModelFile(join(dir, 'missing.json'))).rejects.toThrow(/cannot be read/);
  });
});
