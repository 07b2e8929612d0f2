import { join, resolve } from 'node:path';

/** Where the bundled sample lives, relative to the package root (dist/cli/ -> ../..). */
export const PACKAGE_ROOT = resolve(__dirname, '..', '..');

export const SAMPLE_PATHS = Object.freeze({
  catalogDir: join(PACKAGE_ROOT, 'data', 'catalog'),
  listings: join(PACKAGE_ROOT, 'data', 'catalog', 'listings.jsonl'),
  generatedDir: join(PACKAGE_ROOT, 'data', 'generated'),
  views: join(PACKAGE_ROOT, 'data', 'generated', 'views.csv'),
  targets: join(PACKAGE_ROOT, 'data', 'generated', 'targets.csv'),
  /** Held-out targets from another seed: strategies are tuned on these, never on `targets`. */
  tuningTargets: join(PACKAGE_ROOT, 'data', 'generated', 'targets-tuning.csv'),
  model: join(PACKAGE_ROOT, 'data', 'generated', 'model.json'),
});
