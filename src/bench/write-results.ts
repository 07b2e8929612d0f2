import { mkdir, writeFile } from 'node:fs/promises';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import { PACKAGE_ROOT } from '../cli/paths';

export const RESULTS_DIR = join(PACKAGE_ROOT, 'bench', 'results');

/** Writes `<name>.json` and `<name>.md` under bench/results/. */
export async function writeResults(name: string, json: unknown, markdown: string): Promise<string[]> {
  await mkdir(RESULTS_DIR, { recursive: true });
  const paths = [join(RESULTS_DIR, `${name}.json`), join(RESULTS_DIR, `${name}.md`)];
  await writeFile(paths[0]!, JSON.stringify(json, null, 2) + '\n');
  await writeFile(paths[1]!, markdown + '\n');
  return paths;
}

/** One line naming the machine a figure was measured on, for README. */
export function machineLine(): string {
  const cpu = cpus()[0]?.model ?? 'unknown CPU';
  const memory = Math.round(totalmem() / 2 ** 30);
  return `${new Date().toISOString().slice(0, 10)}, ${cpu} × ${cpus().length}, ${memory} GiB, Node ${process.version}`;
}
