import { access, mkdir, rename, writeFile } from 'node:fs/promises';
import { loadCatalog, loadCatalogDefinitions } from '../catalog';
import { DEFAULT_SAMPLE_OPTIONS, generateSample, writeSample, type TargetRow } from '../sample';
import { DEFAULT_TRAIN_OPTIONS, trainFromViewLog, writeModelFile } from '../training';
import { SAMPLE_PATHS } from './paths';

export const SETUP_USAGE = 'soudan setup   (generates the bundled sample data and model when missing)';

async function exists(path: string): Promise<boolean> {
  try {
    await access(path);
    return true;
  } catch {
    return false;
  }
}

async function writeTargets(path: string, rows: readonly TargetRow[]): Promise<void> {
  const temporary = `${path}.${process.pid}.tmp`;
  await writeFile(
    temporary,
    ['user_id,listing_id', ...rows.map((r) => `${r.userId},${r.listingId}`)].join('\n') + '\n',
  );
  await rename(temporary, path);
}

/**
 * Makes sure the bundled sample exists: listings, view logs, held-out targets and a trained model. What is
 * small is committed (job types, conditions, areas); the rest is generated here, deterministically from the
 * seed, so every fresh clone gets byte-identical data.
 */
export async function ensureSample(out: (line: string) => void): Promise<void> {
  const generated = [
    SAMPLE_PATHS.listings,
    SAMPLE_PATHS.views,
    SAMPLE_PATHS.targets,
    SAMPLE_PATHS.tuningTargets,
  ];
  if (!(await Promise.all(generated.map(exists))).every(Boolean)) {
    const started = performance.now();
    const definitions = await loadCatalogDefinitions(SAMPLE_PATHS.catalogDir);
    // Twice the targets: the first half is the test set, the second tunes strategies without touching it.
    const options = { ...DEFAULT_SAMPLE_OPTIONS, targets: DEFAULT_SAMPLE_OPTIONS.targets * 2 };
    const sample = generateSample(definitions, options);
    const half = DEFAULT_SAMPLE_OPTIONS.targets;
    await mkdir(SAMPLE_PATHS.generatedDir, { recursive: true });
    await writeSample(
      { ...sample, targets: sample.targets.slice(0, half) },
      { listings: SAMPLE_PATHS.listings, views: SAMPLE_PATHS.views, targets: SAMPLE_PATHS.targets },
    );
    await writeTargets(SAMPLE_PATHS.tuningTargets, sample.targets.slice(half));
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    out(
      `sample generated in ${seconds} s: ${sample.listings.length} listings, ${sample.views.length} views, ` +
        `${half} + ${sample.targets.length - half} targets (seed ${options.seed})`,
    );
  }
  if (!(await exists(SAMPLE_PATHS.model))) {
    const catalog = await loadCatalog(SAMPLE_PATHS.catalogDir);
    const { artifact } = await trainFromViewLog(catalog, SAMPLE_PATHS.views, DEFAULT_TRAIN_OPTIONS);
    await writeModelFile(SAMPLE_PATHS.model, artifact);
    out(`model trained: ${artifact.stats.users} users, ${artifact.stats.rows} rows -> ${SAMPLE_PATHS.model}`);
  }
}

export async function setupCommand(_args: string[], out: (line: string) => void): Promise<number> {
  await ensureSample(out);
  return 0;
}
