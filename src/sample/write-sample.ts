import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { Sample } from './generate';

export interface SamplePaths {
  listings: string;
  views: string;
  targets: string;
}

/**
 * Writes listings.jsonl and the two CSV files. Each file is written beside its destination and renamed into place,
 * so a reader never sees half a file.
 */
export async function writeSample(sample: Sample, paths: SamplePaths): Promise<void> {
  await Promise.all([
    writeAtomically(paths.listings, sample.listings.map((l) => `${JSON.stringify(l)}\n`).join('')),
    writeAtomically(paths.views, csv(sample.views)),
    writeAtomically(paths.targets, csv(sample.targets)),
  ]);
}

function csv(rows: readonly { userId: string; listingId: string }[]): string {
  return [
    'user_id,listing_id\n',
    ...rows.map((r) => `${csvField(r.userId)},${csvField(r.listingId)}\n`),
  ].join('');
}

function csvField(value: string): string {
  return /[",\r\n]/u.test(value) ? `"${value.replace(/"/gu, '""')}"` : value;
}

async function writeAtomically(path: string, text: string): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  const temp = `${path}.${process.pid}.tmp`;
  try {
    await writeFile(temp, text, 'utf8');
    await rename(temp, path);
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
}
