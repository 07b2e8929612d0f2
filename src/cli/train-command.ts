import { parseArgs } from 'node:util';
import { loadCatalog } from '../catalog';
import type { ModelArtifact } from '../engine';
import { DEFAULT_TRAIN_OPTIONS, trainFromCounts, trainFromViewLog, writeModelFile } from '../training';
import { numberOption, requireOption } from './options';
import { UsageError } from './usage-error';

export const TRAIN_USAGE =
  'soudan train --catalog DIR (--views FILE [--skip-unknown] | --counts FILE) --out model.json [--smoothing 1] ' +
  '[--answer-noise N --speech-noise N]';

const TRAIN_HELP = [
  `usage: ${TRAIN_USAGE}`,
  '',
  'Trains the co-view model of the catalogue in DIR from one of:',
  '  --views FILE     a view log, CSV or JSON Lines: user_id and listing_id and/or job_type_id',
  '  --counts FILE    co-view counts made from such a log by infra/bigquery/co-views.sql (CSV',
  '                   job_type_a,job_type_b,users); gives the same model as --views on that log',
  '  --skip-unknown   with --views: skip views of ids the catalogue does not know instead of stopping',
  '  --smoothing A    additive smoothing of every probability (default 1)',
  "  --answer-noise N how often this deployment's users answer a typed question wrongly (0-0.49); with",
  '  --speech-noise N the same for spoken answers: stored in the model, which strategies then assume',
].join('\n');

export async function trainCommand(args: string[], out: (line: string) => void): Promise<number> {
  const { values } = parseArgs({
    args,
    options: {
      catalog: { type: 'string' },
      views: { type: 'string' },
      counts: { type: 'string' },
      out: { type: 'string' },
      smoothing: { type: 'string' },
      'answer-noise': { type: 'string' },
      'speech-noise': { type: 'string' },
      'skip-unknown': { type: 'boolean', default: false },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help === true) {
    out(TRAIN_HELP);
    return 0;
  }
  const source = trainingSource(values);
  const catalogDir = requireOption(values, 'catalog');
  const path = requireOption(values, 'out');
  const smoothing = numberOption(values, 'smoothing', 1, { min: 1e-6, max: 1e6 });
  const answerNoise = answerNoiseOption(values);
  const catalog = await loadCatalog(catalogDir);
  let artifact: ModelArtifact;
  if (source.kind === 'views') {
    ({ artifact } = await trainFromViewLog(catalog, source.path, {
      ...DEFAULT_TRAIN_OPTIONS,
      smoothing,
      skipUnknown: values['skip-unknown'] === true,
      ...(answerNoise ? { answerNoise } : {}),
    }));
  } else {
    ({ artifact } = await trainFromCounts(catalog, source.path, { ...DEFAULT_TRAIN_OPTIONS, smoothing }));
  }
  await writeModelFile(path, artifact);
  const s = artifact.stats;
  const pairs = artifact.pairs.length / 3;
  out(
    source.kind === 'views'
      ? `model written to ${path}: ${artifact.jobTypeIds.length} job types, ${s.users} users, ${s.rows} rows ` +
          `(${s.skippedRows} skipped), ${Math.round(s.rowsPerSecond).toLocaleString('en-US')} rows/s`
      : `model written to ${path}: ${artifact.jobTypeIds.length} job types, ${s.users} users, ` +
          `${pairs} co-viewed pairs, from ${s.rows} count rows`,
  );
  return 0;
}

/** Exactly one of --views and --counts; --skip-unknown only means something for a view log. */
function trainingSource(values: Record<string, unknown>): { kind: 'views' | 'counts'; path: string } {
  const views = values['views'];
  const counts = values['counts'];
  if (views !== undefined && counts !== undefined) {
    throw new UsageError('--views and --counts exclude each other: train from a view log or from its counts');
  }
  if (counts !== undefined) {
    if (values['skip-unknown'] === true) {
      throw new UsageError(
        '--skip-unknown applies to --views; counts skip unknown ids when made (co-views.sql @skip_unknown)',
      );
    }
    return { kind: 'counts', path: requireOption(values, 'counts') };
  }
  if (views === undefined) throw new UsageError('--views FILE or --counts FILE is required');
  return { kind: 'views', path: requireOption(values, 'views') };
}

/** --answer-noise and --speech-noise come together (speech defaults to twice the text noise, at most 0.49). */
function answerNoiseOption(values: Record<string, unknown>): { text: number; speech: number } | undefined {
  if (values['answer-noise'] === undefined) {
    if (values['speech-noise'] !== undefined) throw new UsageError('--speech-noise needs --answer-noise');
    return undefined;
  }
  if (values['counts'] !== undefined) throw new UsageError('--answer-noise applies to --views');
  const text = numberOption(values, 'answer-noise', 0, { min: 0, max: 0.49 });
  const speech = numberOption(values, 'speech-noise', Math.min(0.49, 2 * text), { min: 0, max: 0.49 });
  return { text, speech };
}
