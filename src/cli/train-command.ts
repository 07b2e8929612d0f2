import { parseArgs } from 'node:util';
import { loadCatalog } from '../catalog';
import { DEFAULT_TRAIN_OPTIONS, trainFromViewLog, writeModelFile } from '../training';
import { numberOption, requireOption } from './options';

export const TRAIN_USAGE =
  'soudan train --catalog DIR --views FILE --out model.json [--smoothing 1] [--skip-unknown]';

export async function trainCommand(args: string[], out: (line: string) => void): Promise<number> {
  const { values } = parseArgs({
    args,
    options: {
      catalog: { type: 'string' },
      views: { type: 'string' },
      out: { type: 'string' },
      smoothing: { type: 'string' },
      'skip-unknown': { type: 'boolean', default: false },
    },
  });
  const catalog = await loadCatalog(requireOption(values, 'catalog'));
  const { artifact } = await trainFromViewLog(catalog, requireOption(values, 'views'), {
    ...DEFAULT_TRAIN_OPTIONS,
    smoothing: numberOption(values, 'smoothing', 1, { min: 1e-6, max: 1e6 }),
    skipUnknown: values['skip-unknown'] === true,
  });
  const path = requireOption(values, 'out');
  await writeModelFile(path, artifact);
  const s = artifact.stats;
  out(
    `model written to ${path}: ${artifact.jobTypeIds.length} job types, ${s.users} users, ${s.rows} rows ` +
      `(${s.skippedRows} skipped), ${Math.round(s.rowsPerSecond).toLocaleString('en-US')} rows/s`,
  );
  return 0;
}
