import { mkdtemp, rm } from 'node:fs/promises';
import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Listing } from '../catalog/types';
import { createStrategy, type Engine } from '../engine';
import { eventLine, parseExperiments, type Experiment } from '../experiments';
import { buildReport, readUserRows, type ExperimentReport } from '../experiments/report';
import { eventsOf, syntheticUsers, type DialogueResult } from '../experiments/synthetic';
import { simulate } from '../simulate';

export interface ExperimentBenchOptions {
  /** Users in the worked example and in each rerun. */
  readonly users: number;
  /** True conversion lift of the worked example and of the power reruns. */
  readonly lift: number;
  readonly reruns: number;
  readonly baseRate: number;
  /** Simulated dialogues per strategy (the pools users' conversations are drawn from). */
  readonly dialogues: number;
  readonly seed: number;
}

const WORKED_EXPERIMENT: Experiment = parseExperiments(
  {
    experiments: [
      {
        name: 'question-logic',
        salt: 'worked-example-2026-11',
        start: '2026-11-16T00:00:00+09:00',
        end: '2026-11-30T00:00:00+09:00',
        control: 'seed',
        variants: [
          { name: 'seed', weight: 1, strategy: 'seed' },
          { name: 'bayes', weight: 1, strategy: 'bayes' },
        ],
      },
    ],
  },
  'worked example',
).experiments[0]!;

/** Each strategy's simulated dialogues on the same targets (the talk's seed logic and ours). */
export function dialoguePools(engine: Engine, targets: readonly Listing[], count: number, seed: number) {
  const cases = targets.slice(0, count);
  const options = { maxTurns: 15, topK: 10, noise: 0, seed };
  const pool = (name: 'seed' | 'bayes'): DialogueResult[] =>
    simulate(createStrategy(name, engine), cases, options).outcomes.map((o) => ({
      successTurn: o.successTurn,
      rank: o.rank,
      recommendations: o.recommendations,
    }));
  return { seed: pool('seed'), bayes: pool('bayes') };
}

export interface WorkedExample {
  readonly report: ExperimentReport;
  readonly events: number;
  /** Users per arm a two-sided 5 % test needs for 80 % power at this lift and base rate. */
  readonly usersPerArmFor80PercentPower: number;
  /** The first day the cumulative interval excluded 1 and kept excluding it, with the users in by then. */
  readonly detectedOn: { day: string; users: number } | null;
}

/**
 * The README's worked example end to end: synthetic users → the event lines the service writes (a file) →
 * `soudan report`'s reading of that file → the report.
 */
export async function workedExample(
  pools: Readonly<Record<string, readonly DialogueResult[]>>,
  options: ExperimentBenchOptions,
): Promise<WorkedExample> {
  const rows = syntheticUsers({
    experiment: WORKED_EXPERIMENT,
    users: options.users,
    seed: options.seed,
    dialogues: pools,
    trueLift: { bayes: options.lift },
    baseRate: options.baseRate,
  });
  const dir = await mkdtemp(join(tmpdir(), 'soudan-experiment-'));
  try {
    const file = join(dir, 'events.jsonl');
    const stream = createWriteStream(file);
    for (const row of rows) {
      for (const event of eventsOf(row)) {
        if (!stream.write(eventLine(event))) await once(stream, 'drain');
      }
    }
    await new Promise<void>((resolve, reject) =>
      stream.end((error?: Error | null) => (error ? reject(error) : resolve())),
    );
    const read = await readUserRows(file);
    const report = buildReport(WORKED_EXPERIMENT.name, read.rows, {
      control: 'seed',
      weights: { seed: 1, bayes: 1 },
    });
    return {
      report,
      events: read.events,
      usersPerArmFor80PercentPower: usersPerArm(options.baseRate, options.lift),
      detectedOn: detection(report),
    };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** n per arm = (z_0.975 + z_0.8)² ((1 − p₁)/p₁ + (1 − p₂)/p₂) / ln(L)², the log-ratio test's normal approximation. */
function usersPerArm(baseRate: number, lift: number): number {
  const z = 1.959963984540054 + 0.8416212335729143;
  const p2 = baseRate * lift;
  return Math.ceil((z * z * ((1 - baseRate) / baseRate + (1 - p2) / p2)) / Math.log(lift) ** 2);
}

function detection(report: ExperimentReport): { day: string; users: number } | null {
  let found: { day: string; users: number } | null = null;
  for (const point of report.cumulative) {
    const e = point.lift.bayes;
    const excludes = e?.low !== null && e?.low !== undefined && e.low > 1;
    if (excludes && found === null) {
      found = { day: point.day, users: Object.values(point.users).reduce((a, b) => a + b, 0) };
    } else if (!excludes) found = null;
  }
  return found;
}

export interface RerunSummary {
  readonly trueLift: number;
  readonly reruns: number;
  readonly users: number;
  /** Reruns whose conversion-lift interval held the true lift. */
  readonly covered: number;
  /** Reruns whose interval excluded 1 (a detection, or with no true lift a false alarm). */
  readonly excludedOne: number;
  readonly srmPassed: number;
}

/** The same experiment rerun with fresh users: how often the interval covers the truth and the SRM check passes. */
export function reruns(
  pools: Readonly<Record<string, readonly DialogueResult[]>>,
  options: ExperimentBenchOptions,
  trueLift: number,
): RerunSummary {
  let covered = 0;
  let excludedOne = 0;
  let srmPassed = 0;
  for (let r = 0; r < options.reruns; r++) {
    const rows = syntheticUsers({
      experiment: WORKED_EXPERIMENT,
      users: options.users,
      seed: options.seed * 100_003 + 1 + r,
      dialogues: pools,
      trueLift: { bayes: trueLift },
      baseRate: options.baseRate,
    });
    const report = buildReport(WORKED_EXPERIMENT.name, rows, { control: 'seed', cumulative: false });
    const e = report.variants.find((v) => v.name === 'bayes')?.lift?.conversionRate;
    if (e !== undefined && e.low !== null && e.high !== null) {
      if (e.low <= trueLift && trueLift <= e.high) covered++;
      if (e.low > 1 || e.high < 1) excludedOne++;
    }
    if (report.srm?.pass) srmPassed++;
  }
  return { trueLift, reruns: options.reruns, users: options.users, covered, excludedOne, srmPassed };
}
