import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEFAULT_SAMPLE_OPTIONS, generateSample, writeSample } from './index';
import { testInput } from './test-fixtures';

describe('writeSample', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'soudan-sample-'));
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  const options = { ...DEFAULT_SAMPLE_OPTIONS, listings: 300, users: 200, targets: 20 };
  const paths = (root: string) => ({
    listings: join(root, 'listings.jsonl'),
    views: join(root, 'views.csv'),
    targets: join(root, 'targets.csv'),
  });

  it('writes JSON Lines and two CSV files with headers, leaving no temp files', async () => {
    const sample = generateSample(testInput(), options);
    const out = paths(join(dir, 'nested', 'sample'));
    await writeSample(sample, out);

    const listingLines = (await readFile(out.listings, 'utf8')).split('\n');
    expect(listingLines.pop()).toBe('');
    expect(listingLines.map((line) => JSON.parse(line) as unknown)).toEqual(sample.listings);

    const views = (await readFile(out.views, 'utf8')).split('\n');
    expect(views[0]).toBe('user_id,listing_id');
    expect(views.slice(1, -1)).toEqual(sample.views.map((v) => `${v.userId},${v.listingId}`));
    const targets = (await readFile(out.targets, 'utf8')).split('\n');
    expect(targets[0]).toBe('user_id,listing_id');
    expect(targets).toHaveLength(sample.targets.length + 2);

    expect((await readdir(join(dir, 'nested', 'sample'))).sort()).toEqual([
      'listings.jsonl',
      'targets.csv',
      'views.csv',
    ]);
  });

  it('writes byte-identical files for the same seed and replaces earlier files', async () => {
    const a = paths(join(dir, 'a'));
    const b = paths(join(dir, 'b'));
    await writeSample(generateSample(testInput(), { ...options, seed: 1 }), a);
    await writeSample(generateSample(testInput(), options), a);
    await writeSample(generateSample(testInput(), options), b);
    for (const key of ['listings', 'views', 'targets'] as const) {
      expect(await readFile(a[key])).toEqual(await readFile(b[key]));
    }
  });
});
