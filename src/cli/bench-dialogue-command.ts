import { parseArgs } from 'node:util';
import {
  defaultStrategyVerdict,
  LASTFM_SHAPE,
  runDialogueBenchmark,
  runScaleCheck,
} from '../bench/dialogue-benchmark';
import { runShapesBenchmark, shapesVerdict } from '../bench/shapes-benchmark';
import { EVALUATION_SEED, TUNING_SEED } from '../sample/shapes';
import { machineLine, writeResults } from '../bench/write-results';
import { loadEngine, loadTargets } from './evaluation-input';
import { formatMarkdownTable, formatTable } from './format-table';
import { numberOption } from './options';
import { UsageError } from './usage-error';
import { SAMPLE_PATHS } from './paths';
import { ensureSample } from './setup-command';
import { RESULT_HEADER, resultJson, resultRow } from './simulate-command';

/**
 * npm run bench:dialogue — every strategy on the held-out synthetic targets at noise 0 and 0.1, then on each
 * catalogue shape. --shapes-only runs the shapes alone; --shape-targets N keeps N targets per shape;
 * --shape-seed N generates the shapes from another held-out seed (never 1, the tuning seed), written to
 * dialogue-shapes-seedN.
 */
export async function benchDialogueCommand(args: string[], out: (line: string) => void): Promise<number> {
  const { values } = parseArgs({
    args,
    options: {
      tests: { type: 'string' },
      seed: { type: 'string' },
      'no-shapes': { type: 'boolean' },
      'shapes-only': { type: 'boolean' },
      'shape-targets': { type: 'string' },
      'shape-seed': { type: 'string' },
    },
  });
  const shapesOnly = values['shapes-only'] === true;
  if (shapesOnly && values['no-shapes'] === true)
    throw new UsageError('--shapes-only and --no-shapes exclude each other');
  const shapeTargets =
    values['shape-targets'] === undefined
      ? undefined
      : numberOption(values, 'shape-targets', 2000, { min: 1, max: 1_000_000, integer: true });
  const shapeSeed = numberOption(values, 'shape-seed', EVALUATION_SEED, {
    min: 0,
    max: 2 ** 32 - 1,
    integer: true,
  });
  if (shapeSeed === TUNING_SEED) throw new UsageError(`--shape-seed ${TUNING_SEED} is the tuning seed`);
  await ensureSample(out);
  const { catalog, engine } = await loadEngine(SAMPLE_PATHS.catalogDir, SAMPLE_PATHS.model);
  const targets = await loadTargets(catalog, values.tests ?? SAMPLE_PATHS.targets);
  const options = {
    maxTurns: 15,
    topK: 10,
    seed: numberOption(values, 'seed', 1, { min: 0, max: 2 ** 32 - 1 }),
  };
  const rows = shapesOnly ? [] : runDialogueBenchmark(engine, targets, [0, 0.1], options);

  const shapes =
    values['no-shapes'] === true
      ? []
      : await runShapesBenchmark([0, 0.1], {
          ...options,
          shapeSeed,
          ...(shapeTargets === undefined ? {} : { targets: shapeTargets }),
        });
  const shapeHeader = ['shape', 'noise', ...RESULT_HEADER, 'floor AT', 'seconds'];
  const shapeCells = shapes.map((r) => [
    r.unseen ? `${r.shape} (unseen)` : r.shape,
    String(r.noise),
    ...resultRow(r.result),
    r.result.floorTurns.toFixed(2),
    r.seconds.toFixed(1),
  ]);
  const shapeLines = shapesVerdict(shapes);
  const shapeCases = shapes[0]?.result.cases ?? 0;

  const scale = shapesOnly ? [] : runScaleCheck(1000);
  const scaleHeader = ['strategy', 'dialogues', 'seconds'];
  const scaleCells = scale.map((r) => [r.strategy, String(r.dialogues), r.seconds.toFixed(1)]);
  const shape =
    `${LASTFM_SHAPE.types} categories, ${LASTFM_SHAPE.conditions.toLocaleString('en-US')} attributes, ` +
    `${LASTFM_SHAPE.listings.toLocaleString('en-US')} items`;

  const header = ['noise', ...RESULT_HEADER, 'seconds'];
  const cells = rows.map((r) => [String(r.noise), ...resultRow(r.result), r.seconds.toFixed(1)]);
  const floor = rows[0]?.result.floorBits ?? 0;
  const verdict = defaultStrategyVerdict(rows);
  const machine = machineLine();
  if (!shapesOnly) {
    out(formatTable(header, cells));
    out(`floor ${floor.toFixed(2)} bits; ${catalog.listings.length} listings; ${machine}`);
    verdict.forEach((line) => out(line));
  }
  if (shapes.length > 0) {
    out(
      `Catalogue shapes (seed ${shapeSeed}, never tuned on; answer noise told to the strategy; ${machine}):`,
    );
    out(formatTable(shapeHeader, shapeCells));
    shapeLines.forEach((line) => out(line));
  }
  if (!shapesOnly) {
    out(`Scale check on a random catalogue of LastFM*'s shape (${shape}):`);
    out(formatTable(scaleHeader, scaleCells));
  }
  const sampleSection = [
    `Dialogue benchmark (${machine}): ${targets.length} held-out targets, ${catalog.listings.length} listings, ` +
      `max 15 turns, top 10, seed ${options.seed}. 95% intervals in brackets.`,
    '',
    formatMarkdownTable(header, cells),
    '',
    `Information-theoretic floor: ${floor.toFixed(2)} bits.`,
    '',
    ...verdict.map((line) => `- ${line}`),
    '',
  ];
  const shapeSection = [
    `Catalogue shapes (${machine}): each generated from seed ${shapeSeed} (tuning used seed ${TUNING_SEED}), trained on ` +
      `its own view log, ${shapeCases.toLocaleString('en-US')} held-out targets each, max 15 turns, top 10; the ` +
      'strategy is told the run\'s answer noise. "floor AT" is floorTurns. 95% intervals in brackets.',
    '',
    formatMarkdownTable(shapeHeader, shapeCells),
    '',
    ...shapeLines.map((line) => `- ${line}`),
    '',
  ];
  const scaleSection = [
    `Scale check: 1,000 dialogues per strategy on a random catalogue of LastFM*'s shape (${shape}); time only, ` +
      `its answers carry no meaning.`,
    '',
    formatMarkdownTable(scaleHeader, scaleCells),
  ];
  const markdown = [
    ...(shapesOnly ? [] : sampleSection),
    ...(shapes.length > 0 ? shapeSection : []),
    ...(shapesOnly ? [] : scaleSection),
  ].join('\n');
  const json = {
    machine,
    listings: catalog.listings.length,
    options: { ...options, shapeTargets: shapeCases, shapeSeed },
    rows: rows.map((r) => ({ noise: r.noise, seconds: r.seconds, ...resultJson(r.result) })),
    verdict,
    shapes: shapes.map((r) => ({
      shape: r.shape,
      unseen: r.unseen,
      noise: r.noise,
      seconds: r.seconds,
      ...resultJson(r.result),
    })),
    shapesVerdict: shapeLines,
    scale: { shape: LASTFM_SHAPE, rows: scale },
  };
  const shapesName = shapeSeed === EVALUATION_SEED ? 'dialogue-shapes' : `dialogue-shapes-seed${shapeSeed}`;
  const paths = await writeResults(shapesOnly ? shapesName : 'dialogue', json, markdown);
  out(`written: ${paths.join(', ')}`);
  return 0;
}
