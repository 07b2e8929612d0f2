import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ImportError } from '../catalog';
import { jobType } from '../engine/testing/tiny-catalog';
import { readModelFile, writeModelFile } from './model-file';
import { trainFromCounts } from './train-from-counts';

const catalog = { jobTypes: ['cafe', 'izakaya', 'konbini'].map((id) => jobType(id)) };
let clock = 0;
const ticking = { now: () => (clock += 500), date: () => new Date('2026-11-29T00:00:00Z') };

describe('trainFromCounts', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'soudan-train-counts-'));
  });
  afterEach(() => rm(dir, { recursive: true, force: true }));

  async function countsFile(lines: readonly string[]): Promise<string> {
    const path = join(dir, 'co-views.csv');
    await writeFile(path, lines.join('\n') + '\n');
    return path;
  }

  it('builds the model of train-model.test.ts from its counts, with the smoothing asked for', async () => {
    const path = await countsFile([
      'job_type_a,job_type_b,users',
      'konbini,cafe,1',
      ',,4',
      'cafe,cafe,3',
      'izakaya,izakaya,2',
      'konbini,konbini,2',
      'cafe,izakaya,2',
    ]);
    const { model, artifact } = await trainFromCounts(catalog, path, { smoothing: 0.5, clock: ticking });
    expect(model.counts.users).toBe(4);
    expect(Array.from(model.counts.typeUsers)).toEqual([3, 2, 2]);
    expect(artifact.pairs).toEqual([0, 1, 2, 0, 2, 1]);
    // P(izakaya=1 | cafe=1) = (2+0.5)/(3+1)
    expect(model.conditional(1, 0, 1)).toBeCloseTo(2.5 / 4, 12);
    expect(artifact).toMatchObject({ smoothing: 0.5, createdAt: '2026-11-29T00:00:00.000Z' });
    expect(artifact.stats).toEqual({ rows: 6, users: 4, skippedRows: 0, seconds: 0.5, rowsPerSecond: 12 });

    const modelPath = join(dir, 'model.json');
    await writeModelFile(modelPath, artifact);
    expect((await readModelFile(modelPath)).artifact).toEqual(artifact);
  });

  it('stops at the first bad row of the counts file', async () => {
    const path = await countsFile(['job_type_a,job_type_b,users', ',,4', 'cafe,sushi,1']);
    const error = await trainFromCounts(catalog, path, { smoothing: 1, clock: ticking }).catch((e) => e);
    expect(error).toBeInstanceOf(ImportError);
    expect(error).toMatchObject({ file: path, line: 3, field: 'job_type_b' });
  });
});
