import { parseArgs } from 'node:util';
import { createStrategy, isStrategyName, STRATEGY_NAMES } from '../engine';
import {
  compareOutcomes,
  simulate,
  type Comparison,
  type PairedLift,
  type SimulationResult,
} from '../simulate';
import { loadEngine, loadTargets } from './evaluation-input';
import { formatTable } from './format-table';
import { numberOption, requireOption } from './options';
import { UsageError } from './usage-error';

export const SIMULATE_USAGE =
  'soudan simulate --catalog DIR --model FILE --tests FILE --strategy NAME [--compare NAME] [--max-turns 15] ' +
  '[--top-k 10] [--noise 0] [--answer-noise N] [--seed 1] [--json]';

export async function simulateCommand(args: string[], out: (line: string) => void): Promise<number> {
  const { values } = parseArgs({
    args,
    options: {
      catalog: { type: 'string' },
      model: { type: 'string' },
      tests: { type: 'string' },
      strategy: { type: 'string' },
      compare: { type: 'string' },
      'max-turns': { type: 'string' },
      'top-k': { type: 'string' },
      noise: { type: 'string' },
      'answer-noise': { type: 'string' },
      seed: { type: 'string' },
      json: { type: 'boolean', default: false },
    },
  });
  const name = requireOption(values, 'strategy');
  if (!isStrategyName(name)) throw new UsageError(`--strategy must be one of ${STRATEGY_NAMES.join(', ')}`);
  const noise = numberOption(values, 'noise', 0, { min: 0, max: 0.5 });
  const other = values.compare;
  if (other !== undefined && !isStrategyName(other)) {
    throw new UsageError(`--compare must be one of ${STRATEGY_NAMES.join(', ')}`);
  }
  const options = {
    // What the strategy is told: calibrated (the simulated users' own noise) unless given.
    answerNoise: numberOption(values, 'answer-noise', noise, { min: 0, max: 0.49 }),
    maxTurns: numberOption(values, 'max-turns', 15, { min: 1, max: 100, integer: true }),
    topK: numberOption(values, 'top-k', 10, { min: 1, max: 100, integer: true }),
    noise,
    seed: numberOption(values, 'seed', 1, { min: 0, max: 2 ** 32 - 1, integer: true }),
  };
  const { catalog, engine } = await loadEngine(
    requireOption(values, 'catalog'),
    requireOption(values, 'model'),
  );
  const targets = await loadTargets(catalog, requireOption(values, 'tests'));
  const result = simulate(createStrategy(name, engine), targets, options);
  if (other === undefined) {
    out(values.json ? JSON.stringify(resultJson(result)) : formatResults([result]));
    return 0;
  }
  // The same targets, seed and therefore the same simulated users for both: a paired comparison.
  const treatment = simulate(createStrategy(other, engine), targets, options);
  const comparison = compareOutcomes(
    { control: name, treatment: other },
    result.outcomes,
    treatment.outcomes,
    options.maxTurns,
  );
  if (values.json) {
    out(JSON.stringify({ control: resultJson(result), treatment: resultJson(treatment), lift: comparison }));
  } else {
    out(formatResults([result, treatment]));
    out(formatComparison(comparison));
  }
  return 0;
}

/** The `--json` object: the keys the issues name (floorTurns: the floor of AT, issue 12). */
export function resultJson(r: SimulationResult) {
  return {
    strategy: r.strategy,
    cases: r.cases,
    sr5: r.sr5,
    sr10: r.sr10,
    sr15: r.sr15,
    at: r.at,
    hdcg: r.hdcg,
    ci95: r.ci95,
    floorBits: r.floorBits,
    floorTurns: r.floorTurns,
  };
}

const fixed = (x: number, digits = 3) => x.toFixed(digits);

/** The treatment over the control on each measure, paired case by case. */
function formatComparison(c: Comparison): string {
  const cell = (l: PairedLift) =>
    l.lift === null
      ? '–'
      : `${fixed(l.lift)}× [${fixed(l.low ?? Number.NaN)}, ${fixed(l.high ?? Number.NaN)}]`;
  return (
    `\n${c.treatment} / ${c.control} on the same ${c.cases} simulated users (paired, 95% intervals):\n` +
    formatTable(
      ['measure', c.control, c.treatment, 'lift'],
      (
        [
          ['SR@5', c.sr5],
          ['SR@10', c.sr10],
          ['SR@15', c.sr15],
          ['AT (lower is better)', c.at],
        ] as const
      ).map(([label, l]) => [label, fixed(l.control), fixed(l.treatment), cell(l)]),
    )
  );
}
const withInterval = (x: number, ci: { low: number; high: number }, digits = 3) =>
  `${fixed(x, digits)} [${fixed(ci.low, digits)}, ${fixed(ci.high, digits)}]`;

export const RESULT_HEADER = ['strategy', 'cases', 'SR@5', 'SR@10', 'SR@15', 'AT', 'hDCG'];

export function resultRow(r: SimulationResult): string[] {
  return [
    r.strategy,
    String(r.cases),
    withInterval(r.sr5, r.ci95.sr5),
    withInterval(r.sr10, r.ci95.sr10),
    withInterval(r.sr15, r.ci95.sr15),
    withInterval(r.at, r.ci95.at, 2),
    withInterval(r.hdcg, r.ci95.hdcg),
  ];
}

function formatResults(results: readonly SimulationResult[]): string {
  const floor = results[0]?.floorBits ?? 0;
  return (
    formatTable(RESULT_HEADER, results.map(resultRow)) +
    `\n95% intervals in brackets. Information-theoretic floor: ${fixed(floor, 2)} bits ` +
    `(entropy of the targets; a yes/no questioner needs at least that many answers on average); ` +
    `floor of AT ${fixed(results[0]?.floorTurns ?? 0, 2)} turns.`
  );
}
