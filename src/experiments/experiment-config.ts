import { z } from 'zod';
import { STRATEGY_NAMES, type StrategyName } from '../engine';
import { ExperimentConfigError } from './experiment-error';

/** What a variant changes in the dialogue; anything left out is the service's own setting. */
export interface VariantSettings {
  readonly strategy?: StrategyName;
  /** Questions asked before results are shown at the latest. */
  readonly questionBudget?: number;
  /** Jobs per page of results (text channels; voice pages stay as they are read aloud). */
  readonly resultsPerPage?: number;
}

interface Variant extends VariantSettings {
  readonly name: string;
  /** Relative share of the users in the experiment (after the holdout). */
  readonly weight: number;
}

export interface Experiment {
  readonly name: string;
  /** Mixed into the assignment hash: a new salt reshuffles users, the same salt keeps them where they were. */
  readonly salt: string;
  /** Inclusive start and exclusive end, epoch milliseconds. */
  readonly startMs: number;
  readonly endMs: number;
  /** The variant the others are compared with. */
  readonly control: string;
  readonly variants: readonly Variant[];
  /** Share of users kept out of the experiment: they get the service's own dialogue and are recorded as such. */
  readonly holdout: number;
  /** QA: user keys (a web conversation id, a channel user id) pinned to a variant or to the holdout. */
  readonly overrides: ReadonlyMap<string, string>;
}

export interface ExperimentsConfig {
  readonly experiments: readonly Experiment[];
}

export const NO_EXPERIMENTS: ExperimentsConfig = Object.freeze({ experiments: [] });

/** The holdout's name in assignments, events and reports. */
export const HOLDOUT = 'holdout';

const NAME = /^[a-z0-9][a-z0-9_-]{0,62}$/;
const name = z.string().regex(NAME, { error: 'lowercase letters, digits, _ and -, at most 63' });
const instant = z.iso.datetime({ offset: true, error: 'an ISO 8601 time with its offset' });

const VARIANT = z.strictObject({
  name,
  weight: z.number().positive().max(1_000_000),
  strategy: z.enum(STRATEGY_NAMES as [StrategyName, ...StrategyName[]]).optional(),
  questionBudget: z.int().min(1).max(30).optional(),
  resultsPerPage: z.int().min(1).max(10).optional(),
});

const EXPERIMENT = z
  .strictObject({
    name,
    salt: z.string().min(8).max(200),
    start: instant,
    end: instant,
    control: name,
    variants: z.array(VARIANT).min(2).max(10),
    holdout: z.number().min(0).max(0.99).default(0),
    overrides: z.record(z.string().min(1).max(200), name).default({}),
  })
  .superRefine((e, ctx) => {
    const names = e.variants.map((v) => v.name);
    if (new Set(names).size !== names.length)
      ctx.addIssue({ code: 'custom', message: 'variant names repeat' });
    if (names.includes(HOLDOUT))
      ctx.addIssue({ code: 'custom', message: `no variant may be called ${HOLDOUT}` });
    if (!names.includes(e.control))
      ctx.addIssue({
        code: 'custom',
        path: ['control'],
        message: `not one of the variants (${names.join(', ')})`,
      });
    if (Date.parse(e.end) <= Date.parse(e.start))
      ctx.addIssue({ code: 'custom', path: ['end'], message: 'must be after start' });
    for (const [key, variant] of Object.entries(e.overrides)) {
      if (variant !== HOLDOUT && !names.includes(variant))
        ctx.addIssue({ code: 'custom', path: ['overrides', key], message: `no variant ${variant}` });
    }
  });

const FILE = z.strictObject({ experiments: z.array(EXPERIMENT).max(20) });

/**
 * Validates the experiments file's JSON. Experiments change the dialogue, so two may not run at the same time
 * (a user would be in both, with two strategies): overlapping windows are refused.
 */
export function parseExperiments(json: unknown, source: string): ExperimentsConfig {
  const parsed = FILE.safeParse(json);
  if (!parsed.success) {
    const problems = parsed.error.issues.map(
      (i) => `${source}: ${i.path.join('.') || '(file)'}: ${i.message}`,
    );
    throw new ExperimentConfigError(problems.join('\n'), { context: { source } });
  }
  const experiments = parsed.data.experiments.map((e): Experiment => ({
    name: e.name,
    salt: e.salt,
    startMs: Date.parse(e.start),
    endMs: Date.parse(e.end),
    control: e.control,
    variants: e.variants,
    holdout: e.holdout,
    overrides: new Map(Object.entries(e.overrides)),
  }));
  const names = experiments.map((e) => e.name);
  if (new Set(names).size !== names.length)
    throw new ExperimentConfigError(`${source}: experiments: names repeat`, { context: { source } });
  const byStart = [...experiments].sort((a, b) => a.startMs - b.startMs);
  for (let i = 1; i < byStart.length; i++) {
    const [before, after] = [byStart[i - 1]!, byStart[i]!];
    if (after.startMs < before.endMs) {
      throw new ExperimentConfigError(
        `${source}: experiments ${before.name} and ${after.name} overlap in time; one user would be in both`,
        { context: { source } },
      );
    }
  }
  return { experiments };
}

/** The experiment running at `nowMs`, if any. */
export function activeExperiment(config: ExperimentsConfig, nowMs: number): Experiment | undefined {
  return config.experiments.find((e) => e.startMs <= nowMs && nowMs < e.endMs);
}
