import { seededRandom } from '../../random';
import { assign } from '../assign';
import type { Experiment } from '../experiment-config';
import type { UserRow } from '../report/user-rows';

/** How one simulated dialogue went (src/simulate's outcome): the turn the wanted job was shown, its rank. */
export interface DialogueResult {
  readonly successTurn: number | null;
  readonly rank: number | null;
  readonly recommendations: number;
}

export interface SyntheticOptions {
  readonly experiment: Experiment;
  readonly users: number;
  readonly seed: number;
  /** Simulated dialogues of each arm (by arm name): each user's conversation is drawn from their arm's. */
  readonly dialogues: Readonly<Record<string, readonly DialogueResult[]>>;
  /** The true conversion lift of each arm over the control (1 = none). */
  readonly trueLift: Readonly<Record<string, number>>;
  /** The control's mean conversion probability. Default 0.05. */
  readonly baseRate?: number;
  readonly maxTurns?: number;
  readonly resultsPerPage?: number;
}

/**
 * How likely a user is to apply after a dialogue, before calibration: a job shown high up and found in few turns
 * converts best, a dialogue that never showed the wanted job rarely. Shape, not data: it makes conversion vary
 * with match quality and turns as the issue asks, and the calibration below fixes each arm's mean.
 */
function conversionPropensity(d: DialogueResult, maxTurns: number): number {
  const turns = d.successTurn ?? maxTurns;
  const match = d.rank === null ? 0.2 : 1 / (1 + 0.25 * (d.rank - 1));
  return match * Math.exp(-0.06 * (turns - 1));
}

const mean = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0) / Math.max(1, xs.length);

/**
 * A synthetic experiment, per user: arrival over the experiment's window, the arm from the real assignment, one
 * to three conversations drawn from the arm's simulated dialogues, results, clicks, a choice, and a conversion
 * whose probability is the dialogue's propensity scaled so that the arm's mean is exactly `trueLift` × the
 * control's `baseRate`. The true lift is therefore known, whatever the strategies' own difference.
 */
export function syntheticUsers(options: SyntheticOptions): UserRow[] {
  const { experiment } = options;
  const random = seededRandom(options.seed);
  const maxTurns = options.maxTurns ?? 15;
  const perPage = options.resultsPerPage ?? 5;
  const baseRate = options.baseRate ?? 0.05;
  const scale = new Map<string, number>();
  for (const v of experiment.variants) {
    const pool = options.dialogues[v.name];
    if (pool === undefined || pool.length === 0) throw new Error(`no simulated dialogues for arm ${v.name}`);
    const target = baseRate * (v.name === experiment.control ? 1 : (options.trueLift[v.name] ?? 1));
    scale.set(v.name, target / mean(pool.map((d) => conversionPropensity(d, maxTurns))));
  }
  const span = experiment.endMs - experiment.startMs;
  const rows: UserRow[] = [];
  for (let i = 0; i < options.users; i++) {
    const user = `synthetic-${options.seed}-${i}`;
    const arm = assign(experiment, user);
    const pool = options.dialogues[arm.variant];
    if (pool === undefined) continue;
    const firstAt = experiment.startMs + Math.floor(random() * span);
    const u = random();
    const conversations = u < 0.8 ? 1 : u < 0.95 ? 2 : 3;
    let results = 0;
    let opened = 0;
    let chosen = 0;
    let converted = false;
    for (let c = 0; c < conversations; c++) {
      const d = pool[Math.floor(random() * pool.length)]!;
      results += Math.max(1, d.recommendations);
      if (d.rank !== null) {
        opened += 1 + (random() < 0.3 ? 1 : 0);
        if (random() < 0.5) chosen = 1;
      } else if (random() < 0.2) opened += 1;
      // One chance per user: the scale is calibrated on a single dialogue's propensity.
      if (c === 0)
        converted = random() < Math.min(1, scale.get(arm.variant)! * conversionPropensity(d, maxTurns));
    }
    rows.push({
      experiment: experiment.name,
      variant: arm.variant,
      user,
      firstAt,
      conversations,
      results,
      shown: results * perPage,
      opened,
      chosen,
      conversions: converted ? 1 : 0,
      convertedAt: converted
        ? Math.min(experiment.endMs - 1, firstAt + Math.floor(random() * 2 * 86_400_000))
        : null,
    });
  }
  return rows;
}
