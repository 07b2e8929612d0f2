import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import {
  dialoguePools,
  reruns,
  workedExample,
  type ExperimentBenchOptions,
  type RerunSummary,
} from '../bench/experiment-benchmark';
import { machineLine, RESULTS_DIR, writeResults } from '../bench/write-results';
import { renderHtml, renderMarkdown } from '../experiments/report';
import { loadEngine, loadTargets } from './evaluation-input';
import { numberOption } from './options';
import { SAMPLE_PATHS } from './paths';
import { ensureSample } from './setup-command';

/**
 * npm run bench:experiment — the README's worked example (a two-week synthetic experiment of the talk's question
 * logic against ours, a true 6 % conversion lift, 200,000 users, read back through the event file and
 * `soudan report`), then the same experiment rerun with fresh users with no true lift (coverage of the
 * interval, false alarms, SRM) and with the lift (power).
 */
export async function benchExperimentCommand(args: string[], out: (line: string) => void): Promise<number> {
  const { values } = parseArgs({
    args,
    options: {
      users: { type: 'string' },
      reruns: { type: 'string' },
      lift: { type: 'string' },
      'base-rate': { type: 'string' },
      dialogues: { type: 'string' },
      seed: { type: 'string' },
    },
  });
  const options: ExperimentBenchOptions = {
    users: numberOption(values, 'users', 200_000, { min: 100, max: 5_000_000, integer: true }),
    reruns: numberOption(values, 'reruns', 200, { min: 1, max: 10_000, integer: true }),
    lift: numberOption(values, 'lift', 1.06, { min: 0.5, max: 3 }),
    baseRate: numberOption(values, 'base-rate', 0.05, { min: 0.001, max: 0.5 }),
    dialogues: numberOption(values, 'dialogues', 400, { min: 10, max: 100_000, integer: true }),
    seed: numberOption(values, 'seed', 1, { min: 0, max: 2 ** 31 - 1, integer: true }),
  };
  await ensureSample(out);
  const { catalog, engine } = await loadEngine(SAMPLE_PATHS.catalogDir, SAMPLE_PATHS.model);
  const targets = await loadTargets(catalog, SAMPLE_PATHS.targets);
  const started = performance.now();
  const pools = dialoguePools(engine, targets, options.dialogues, options.seed);
  out(`simulated ${options.dialogues} dialogues per strategy`);
  const example = await workedExample(pools, options);
  const markdownReport = renderMarkdown(example.report);
  out(markdownReport);
  await writeFile(join(RESULTS_DIR, 'experiment-report.html'), renderHtml(example.report));
  const nullRuns = reruns(pools, options, 1);
  const liftRuns = reruns(pools, options, options.lift);
  const seconds = (performance.now() - started) / 1000;
  const machine = machineLine();
  const lines = [
    `Worked example (${machine}): ${options.users.toLocaleString('en-US')} synthetic users over 14 days, true conversion lift ${options.lift}, control conversion ${options.baseRate}; ${example.events.toLocaleString('en-US')} events written and read back.`,
    `Users per arm for 80 % power at this lift: ${example.usersPerArmFor80PercentPower.toLocaleString('en-US')}; the cumulative interval excluded 1 for good from ${example.detectedOn === null ? 'no day' : `${example.detectedOn.day} (${example.detectedOn.users.toLocaleString('en-US')} users in)`}.`,
    rerunLine(nullRuns),
    rerunLine(liftRuns),
    `${seconds.toFixed(0)} s in all.`,
  ];
  lines.forEach((line) => out(line));
  await writeResults(
    'experiment',
    {
      machine,
      options,
      example: { ...example, report: { ...example.report, cumulative: undefined } },
      nullRuns,
      liftRuns,
      seconds,
    },
    [...lines.map((l) => `- ${l}`), '', markdownReport].join('\n'),
  );
  return 0;
}

function rerunLine(r: RerunSummary): string {
  const pct = (x: number) => `${((100 * x) / r.reruns).toFixed(1)} %`;
  return (
    `${r.reruns} reruns with a true lift of ${r.trueLift}: the conversion-lift interval covered it in ${pct(r.covered)}, ` +
    `excluded 1 in ${pct(r.excludedOne)}; the SRM check passed in ${pct(r.srmPassed)}.`
  );
}
