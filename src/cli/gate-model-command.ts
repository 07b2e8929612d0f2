import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { loadCatalog } from '../catalog';
import {
  CooccurrenceModel,
  createStrategy,
  Engine,
  isStrategyName,
  STRATEGY_NAMES,
  type ModelArtifact,
} from '../engine';
import { SoudanError } from '../errors';
import { createLogger, type Logger } from '../logging';
import { judgeCandidate, simulate, type SimulationResult } from '../simulate';
import { readModelFile } from '../training';
import { loadTargets } from './evaluation-input';
import { numberOption, requireOption } from './options';
import { UsageError } from './usage-error';

export const GATE_MODEL_USAGE =
  'soudan gate-model --catalog DIR --candidate FILE --serving FILE --targets FILE [--strategy bayes] ' +
  '[--margin 0.01] [--turns-margin 0.25] [--max-turns 15] [--top-k 10] [--noise 0] [--seed 1] ' +
  '[--publish DIR [--version YYYY-MM-DD]]';

/** The exit code of a candidate that simulates worse than the serving model: distinct from bad data (1). */
export const REGRESSION_EXIT_CODE = 3;

const VERSION = /^\d{4}-\d{2}-\d{2}$/u;

/** Raised when the gate refuses a candidate: the message says by how much it regressed. */
class ModelRegressionError extends SoudanError {}

/**
 * The regression gate of the model refresh (infra/k8s/components/model-refresh): simulates the candidate and the
 * serving model on the same held-out targets and, only when the candidate is not worse than the margins allow,
 * copies it into a new dated version folder under --publish. Anything else (a regression, a file that cannot be
 * read or verified) publishes nothing, logs one line at error level and exits non-zero.
 */
export async function gateModelCommand(args: string[], out: (line: string) => void): Promise<number> {
  const { values } = parseArgs({
    args,
    options: {
      catalog: { type: 'string' },
      candidate: { type: 'string' },
      serving: { type: 'string' },
      targets: { type: 'string' },
      strategy: { type: 'string' },
      margin: { type: 'string' },
      'turns-margin': { type: 'string' },
      'max-turns': { type: 'string' },
      'top-k': { type: 'string' },
      noise: { type: 'string' },
      seed: { type: 'string' },
      publish: { type: 'string' },
      version: { type: 'string' },
    },
  });
  const paths = {
    catalog: requireOption(values, 'catalog'),
    candidate: requireOption(values, 'candidate'),
    serving: requireOption(values, 'serving'),
    targets: requireOption(values, 'targets'),
  };
  const strategy = values.strategy ?? 'bayes';
  if (!isStrategyName(strategy))
    throw new UsageError(`--strategy must be one of ${STRATEGY_NAMES.join(', ')}`);
  const margins = {
    successRate: numberOption(values, 'margin', 0.01, { min: 0, max: 1 }),
    turns: numberOption(values, 'turns-margin', 0.25, { min: 0, max: 100 }),
  };
  const noise = numberOption(values, 'noise', 0, { min: 0, max: 0.5 });
  const options = {
    answerNoise: noise,
    maxTurns: numberOption(values, 'max-turns', 15, { min: 1, max: 100, integer: true }),
    topK: numberOption(values, 'top-k', 10, { min: 1, max: 100, integer: true }),
    noise,
    seed: numberOption(values, 'seed', 1, { min: 0, max: 2 ** 32 - 1, integer: true }),
  };
  const version = values.version ?? new Date().toISOString().slice(0, 10);
  if (!VERSION.test(version)) throw new UsageError(`--version must be a date YYYY-MM-DD, got "${version}"`);
  if (values.version !== undefined && values.publish === undefined) {
    throw new UsageError('--version names the folder --publish writes: give --publish too');
  }

  // JSON lines on stdout in Cloud Logging's shape: the refused line is the one the alert matches.
  const logger = createLogger({ write: (line) => out(line.replace(/\n$/u, '')) });
  const context = { candidate: paths.candidate, serving: paths.serving, targets: paths.targets, strategy };
  try {
    // Every file is read and verified before minutes of simulating: a bad one fails at once.
    const [catalog, candidateModel, servingModel] = await Promise.all([
      loadCatalog(paths.catalog),
      readModelFile(paths.candidate),
      readModelFile(paths.serving),
    ]);
    const targets = await loadTargets(catalog, paths.targets);
    const evaluate = (model: CooccurrenceModel): SimulationResult =>
      simulate(createStrategy(strategy, new Engine(catalog, model)), targets, options);
    const candidate = evaluate(candidateModel.model);
    const serving = evaluate(servingModel.model);
    const verdict = judgeCandidate(serving, candidate, margins);
    const figures = {
      ...context,
      cases: candidate.cases,
      margin: margins.successRate,
      turnsMargin: margins.turns,
      servingSr15: serving.sr15,
      candidateSr15: candidate.sr15,
      servingAt: serving.at,
      candidateAt: candidate.at,
    };
    if (!verdict.passed) {
      const how = verdict.regressions
        .map((r) =>
          r.metric === 'sr15'
            ? `SR@15 ${r.candidate.toFixed(3)} < ${r.allowed.toFixed(3)} (serving ${r.serving.toFixed(3)} - margin)`
            : `average turns ${r.candidate.toFixed(2)} > ${r.allowed.toFixed(2)} (serving ${r.serving.toFixed(2)} + margin)`,
        )
        .join('; ');
      throw new ModelRegressionError(
        `the candidate model regresses: ${how}; nothing published, the serving model stays`,
        { context: figures },
      );
    }
    if (values.publish === undefined) {
      logger.info('model gate passed (nothing to publish: no --publish)', figures);
      return 0;
    }
    const published = await publish(paths.candidate, values.publish, version);
    logger.info('model gate passed: published a new version', {
      ...figures,
      published,
      version: published.version,
    });
    return 0;
  } catch (error) {
    return failed(error, logger, context);
  }
}

/** Logs the refusal at error level (the alert) and exits non-zero: 3 for a regression, 1 for anything else. */
function failed(error: unknown, logger: Logger, context: Record<string, unknown>): number {
  if (error instanceof ModelRegressionError) {
    logger.error(`model gate refused: ${error.message}`, error.context);
    return REGRESSION_EXIT_CODE;
  }
  const message = error instanceof Error ? error.message : String(error);
  logger.error(`model gate failed: ${message}; nothing published, the serving model stays`, context);
  // main() prints the same one line on stderr and exits 1.
  throw error;
}

/**
 * Copies the verified candidate into `<dir>/<version>/model.json`, never over an existing version: a second one
 * the same day is `<version>b`, then `c` … (docs/operations.md). The folder is created exclusively, the file
 * written under a temporary name and renamed, then read back and verified.
 */
async function publish(
  candidatePath: string,
  dir: string,
  date: string,
): Promise<{ path: string; version: string }> {
  const bytes = await readFile(candidatePath);
  const { artifact } = await readModelFile(candidatePath);
  await mkdir(dir, { recursive: true });
  for (const suffix of ['', ...'bcdefghijklmnopqrstuvwxyz']) {
    const version = `${date}${suffix}`;
    const folder = join(dir, version);
    try {
      await mkdir(folder);
    } catch (error) {
      if ((error as { code?: unknown }).code === 'EEXIST') continue;
      throw new SoudanError(`cannot create ${folder}: ${(error as Error).message}`, { cause: error });
    }
    const path = join(folder, 'model.json');
    const temporary = join(folder, `.model.json.${process.pid}.tmp`);
    await writeFile(temporary, bytes);
    await rename(temporary, path);
    const copy: ModelArtifact = (await readModelFile(path)).artifact;
    if (copy.checksum !== artifact.checksum) {
      throw new SoudanError(`${path}: the published copy does not verify`, { context: { path } });
    }
    return { path, version };
  }
  throw new SoudanError(`${dir}: 26 versions of ${date} exist already; publish another day`);
}
