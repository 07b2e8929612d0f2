import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { ShapedSample } from './generate-shaped';

/** Where a shaped sample's files go: a catalogue directory in the import format plus its log and targets. */
export function shapedPaths(dir: string) {
  return {
    catalogDir: dir,
    views: join(dir, 'views.csv'),
    targets: join(dir, 'targets.csv'),
  };
}

/**
 * Writes job-types.json, conditions.json and listings.jsonl (the import format), views.csv
 * (`user_id,listing_id,timestamp`, ISO times) and targets.csv. Each file is renamed into place when complete.
 */
export async function writeShapedSample(sample: ShapedSample, dir: string): Promise<void> {
  await mkdir(dir, { recursive: true });
  const paths = shapedPaths(dir);
  const views = ['user_id,listing_id,timestamp\n'];
  for (const v of sample.views) {
    views.push(`${v.userId},${v.listingId},${new Date(v.timestamp * 1000).toISOString()}\n`);
  }
  await Promise.all([
    writeAtomically(join(dir, 'job-types.json'), JSON.stringify(sample.jobTypes, null, 1) + '\n'),
    writeAtomically(join(dir, 'conditions.json'), JSON.stringify(sample.conditions, null, 1) + '\n'),
    writeAtomically(
      join(dir, 'listings.jsonl'),
      sample.listings.map((l) => JSON.stringify(l) + '\n').join(''),
    ),
    writeAtomically(paths.views, views.join('')),
    writeAtomically(
      paths.targets,
      ['user_id,listing_id\n', ...sample.targets.map((t) => `${t.userId},${t.listingId}\n`)].join(''),
    ),
  ]);
}

async function writeAtomically(path: string, text: string): Promise<void> {
  const temp = `${path}.${process.pid}.tmp`;
  try {
    await writeFile(temp, text, 'utf8');
    await rename(temp, path);
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
}
