import { parseArgs } from 'node:util';
import {
  defaultStrategyVerdict,
  LASTFM_SHAPE,
  runDialogueBenchmark,
  runScaleCheck,
} from '../bench/dialogue-benchmark';
import { runShapesBenchmark, shapesVerdict } from '../bench/shapes-benchmark';
import { machineLine, writeResults } from '../bench/write-results';
import { loadEngine, loadTargets } from './evaluation-input';
import { formatMarkdownTable, formatTable } from './format-table';
import { numberOption } from './options';
import { SAMPLE_PATHS } from './paths';
import { ensureSample } from './setup-command';
import { RESULT_HEADER, resultJson, resultRow } from './simulate-command';

/** npm run bench:dialogue — every strategy on the held-out synthetic targets at noise 0 and 0.1. */
export async function benchDialogueCommand(args: string[], out: (line: string) => void): Promise<number> {
  const { values } = parseArgs({
    args,
    options: { tests: { type: 'string' }, seed: { type: 'string' }, 'no-shapes': { type: 'boolean' } },
  });
  await ensureSample(out);
  const { catalog, engine } = await loadEngine(SAMPLE_PATHS.catalogDir, SAMPLE_PATHS.model);
  const targets = await loadTargets(catalog, values.tests ?? SAMPLE_PATHS.targets);
  const options = {
    maxTurns: 15,
    topK: 10,
    seed: numberOption(values, 'seed', 1, { min: 0, max: 2 ** 32 - 1 }),
  };
  const rows = runDialogueBenchmark(engine, targets, [0, 0.1], options);

  const shapes = values['no-shapes'] === true ? [] : await runShapesBenchmark([0, 0.1], options);
  const shapeHeader = ['shape', 'noise', ...RESULT_HEADER, 'floor AT'];
  const shapeCells = shapes.map((r) => [
    r.unseen ? `${r.shape} (unseen)` : r.shape,
    String(r.noise),
    ...resultRow(r.result),
    r.result.floorTurns.toFixed(2),
  ]);
  const shapeLines = shapesVerdict(shapes);

  const scale = runScaleCheck(1000);
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
  out(formatTable(header, cells));
  out(`floor ${floor.toFixed(2)} bits; ${catalog.listings.length} listings; ${machine}`);
  verdict.forEach((line) => out(line));
  if (shapes.length > 0) {
    out('Catalogue shapes (evaluation seed, never tuned on; answer noise told to the strategy):');
    out(formatTable(shapeHeader, shapeCells));
    shapeLines.forEach((line) => out(line));
  }
  out(`Scale check on a random catalogue of LastFM*'s shape (${shape}):`);
  out(formatTable(scaleHeader, scaleCells));
  const markdown = [
    `Dialogue benchmark (${machine}): ${targets.length} held-out targets, ${catalog.listings.length} listings, ` +
      `max 15 turns, top 10, seed ${options.seed}. 95% intervals in brackets.`,
    '',
    formatMarkdownTable(header, cells),
    '',
    `Information-theoretic floor: ${floor.toFixed(2)} bits.`,
    '',
    ...verdict.map((line) => `- ${line}`),
    '',
    'Catalogue shapes: each generated from its evaluation seed (tuning used another), trained on its own view ' +
      'log, 2,000 held-out targets; the strategy is told the run\'s answer noise. "floor AT" is floorTurns.',
    '',
    formatMarkdownTable(shapeHeader, shapeCells),
    '',
    ...shapeLines.map((line) => `- ${line}`),
    '',
    `Scale check: 1,000 dialogues per strategy on a random catalogue of LastFM*'s shape (${shape}); time only, ` +
      `its answers carry no meaning.`,
    '',
    formatMarkdownTable(scaleHeader, scaleCells),
  ].join('\n');
  const json = {
    machine,
    listings: catalog.listings.length,
    options,
    rows: rows.map((r) => ({ noise: r.noise, seconds: r.seconds, ...resultJson(r.result) })),
    verdict,
    shapes: shapes.map((r) => ({
      shape: r.shape,
      unseen: r.unseen,
      noise: r.noise,
      ...resultJson(r.result),
    })),
    shapesVerdict: shapeLines,
    scale: { shape: LASTFM_SHAPE, rows: scale },
  };
  const paths = await writeResults('dialogue', json, markdown);
  out(`written: ${paths.join(', ')}`);
  return 0;
}
