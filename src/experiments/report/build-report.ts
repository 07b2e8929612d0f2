import {
  lift,
  proportion,
  ratio,
  ratioEstimate,
  srmCheck,
  wilson,
  type Estimate,
  type RatioSums,
  type SrmCheck,
} from './stats';
import type { UserRow } from './user-rows';

export const METRICS = [
  'resultsPerConversation',
  'clickThrough',
  'choiceRate',
  'conversionRate',
  'conversionsPerConversation',
] as const;
export type MetricName = (typeof METRICS)[number];

interface VariantReport {
  readonly name: string;
  readonly control: boolean;
  readonly users: number;
  readonly conversations: number;
  readonly resultsShown: number;
  readonly jobsShown: number;
  readonly opened: number;
  readonly choosers: number;
  readonly converters: number;
  readonly conversions: number;
  readonly metrics: Readonly<Record<MetricName, Estimate>>;
  /** Against the control; null for the control itself. */
  readonly lift: Readonly<Record<MetricName, Estimate>> | null;
}

interface CumulativePoint {
  /** The day (Japan time, YYYY-MM-DD) up to whose end users and conversions are counted. */
  readonly day: string;
  readonly users: Readonly<Record<string, number>>;
  /** Conversion-rate lift of each treatment arm against the control. */
  readonly lift: Readonly<Record<string, Estimate>>;
}

export interface ExperimentReport {
  readonly experiment: string;
  readonly control: string;
  readonly from: string | null;
  readonly to: string | null;
  readonly variants: readonly VariantReport[];
  /** Users per arm against the weights (the holdout is not part of the split checked). */
  readonly srm: (SrmCheck & { readonly weights: Readonly<Record<string, number>> }) | null;
  readonly cumulative: readonly CumulativePoint[];
}

export interface ReportOptions {
  /** The control arm; default the alphabetically first arm. */
  readonly control?: string;
  /** Configured weights per arm; default equal. */
  readonly weights?: Readonly<Record<string, number>>;
  /** The day-by-day lift (the HTML plot). Default true; reruns in a benchmark leave it out. */
  readonly cumulative?: boolean;
}

const HOLDOUT = 'holdout';

/** The report of one experiment from its per-user rows: arms, rates, intervals, lifts, SRM, lift over time. */
export function buildReport(
  experiment: string,
  allRows: readonly UserRow[],
  options: ReportOptions = {},
): ExperimentReport {
  // QA users pinned by an override (`<arm>:forced`) are no sample of anything.
  const rows = allRows.filter((r) => r.experiment === experiment && !r.variant.includes(':'));
  const byVariant = new Map<string, UserRow[]>();
  for (const row of rows) {
    const list = byVariant.get(row.variant) ?? [];
    list.push(row);
    byVariant.set(row.variant, list);
  }
  const names = [...byVariant.keys()].sort();
  const control = options.control ?? names.find((n) => n !== HOLDOUT) ?? names[0] ?? '';
  const ordered = [control, ...names.filter((n) => n !== control)].filter((n) => byVariant.has(n));
  const controlRows = byVariant.get(control) ?? [];
  const variants = ordered.map((name) =>
    variantReport(name, byVariant.get(name)!, name === control ? null : controlRows),
  );
  const arms = ordered.filter((n) => n !== HOLDOUT);
  const weights = Object.fromEntries(arms.map((n) => [n, options.weights?.[n] ?? 1]));
  const srm = srmCheck(
    arms.map((n) => byVariant.get(n)!.length),
    arms.map((n) => weights[n]!),
  );
  return {
    experiment,
    control,
    from: rows.length === 0 ? null : new Date(least(rows, (r) => r.firstAt)).toISOString(),
    to: rows.length === 0 ? null : new Date(-least(rows, (r) => -(r.convertedAt ?? r.firstAt))).toISOString(),
    variants,
    srm: srm === null ? null : { ...srm, weights },
    cumulative: options.cumulative === false ? [] : cumulative(byVariant, control, arms),
  };
}

function sums(rows: readonly UserRow[], x: (r: UserRow) => number, y: (r: UserRow) => number): RatioSums {
  let sx = 0;
  let sy = 0;
  let xx = 0;
  let yy = 0;
  let xy = 0;
  for (const r of rows) {
    const a = x(r);
    const b = y(r);
    sx += a;
    sy += b;
    xx += a * a;
    yy += b * b;
    xy += a * b;
  }
  return { n: rows.length, x: sx, y: sy, xx, yy, xy };
}

const RATIOS: Readonly<
  Record<
    'resultsPerConversation' | 'clickThrough' | 'conversionsPerConversation',
    [(r: UserRow) => number, (r: UserRow) => number]
  >
> = {
  resultsPerConversation: [(r) => r.results, (r) => r.conversations],
  clickThrough: [(r) => r.opened, (r) => r.shown],
  conversionsPerConversation: [(r) => r.conversions, (r) => r.conversations],
};
const PROPORTIONS: Readonly<Record<'choiceRate' | 'conversionRate', (r: UserRow) => number>> = {
  choiceRate: (r) => r.chosen,
  conversionRate: (r) => (r.conversions > 0 ? 1 : 0),
};

function variantReport(
  name: string,
  rows: readonly UserRow[],
  controlRows: readonly UserRow[] | null,
): VariantReport {
  const total = (f: (r: UserRow) => number) => rows.reduce((s, r) => s + f(r), 0);
  const metrics = {} as Record<MetricName, Estimate>;
  const lifts = {} as Record<MetricName, Estimate>;
  for (const [metric, [x, y]] of Object.entries(RATIOS) as Array<
    [keyof typeof RATIOS, [(r: UserRow) => number, (r: UserRow) => number]]
  >) {
    metrics[metric] = ratioEstimate(sums(rows, x, y));
    if (controlRows !== null) lifts[metric] = lift(ratio(sums(rows, x, y)), ratio(sums(controlRows, x, y)));
  }
  for (const [metric, x] of Object.entries(PROPORTIONS) as Array<
    [keyof typeof PROPORTIONS, (r: UserRow) => number]
  >) {
    const hits = total(x);
    metrics[metric] = wilson(hits, rows.length);
    if (controlRows !== null) {
      const controlHits = controlRows.reduce((s, r) => s + x(r), 0);
      lifts[metric] = lift(proportion(hits, rows.length), proportion(controlHits, controlRows.length));
    }
  }
  return {
    name,
    control: controlRows === null,
    users: rows.length,
    conversations: total((r) => r.conversations),
    resultsShown: total((r) => r.results),
    jobsShown: total((r) => r.shown),
    opened: total((r) => r.opened),
    choosers: total((r) => r.chosen),
    converters: total((r) => (r.conversions > 0 ? 1 : 0)),
    conversions: total((r) => r.conversions),
    metrics,
    lift: controlRows === null ? null : lifts,
  };
}

const JAPAN_OFFSET_MS = 9 * 3600 * 1000;
const DAY_MS = 24 * 3600 * 1000;
/** The Japan-time day an instant falls in, as its number since the epoch. */
const dayOf = (ms: number) => Math.floor((ms + JAPAN_OFFSET_MS) / DAY_MS);

/** For each day, every user who entered by its end and the conversions by its end: the lift as it was then. */
function cumulative(
  byVariant: ReadonlyMap<string, UserRow[]>,
  control: string,
  arms: readonly string[],
): CumulativePoint[] {
  const all = arms.flatMap((n) => byVariant.get(n) ?? []);
  if (all.length === 0 || !byVariant.has(control)) return [];
  const first = dayOf(least(all, (r) => r.firstAt));
  const last = dayOf(-least(all, (r) => -(r.convertedAt ?? r.firstAt)));
  const points: CumulativePoint[] = [];
  for (let day = first; day <= last && day - first < 400; day++) {
    const countsOf = (name: string) => {
      let users = 0;
      let converted = 0;
      for (const r of byVariant.get(name) ?? []) {
        if (dayOf(r.firstAt) > day) continue;
        users++;
        if (r.convertedAt !== null && dayOf(r.convertedAt) <= day) converted++;
      }
      return { users, converted };
    };
    const base = countsOf(control);
    const users: Record<string, number> = {};
    const lifts: Record<string, Estimate> = {};
    for (const arm of arms) {
      const c = arm === control ? base : countsOf(arm);
      users[arm] = c.users;
      if (arm !== control)
        lifts[arm] = lift(proportion(c.converted, c.users), proportion(base.converted, base.users));
    }
    points.push({ day: new Date(day * DAY_MS).toISOString().slice(0, 10), users, lift: lifts });
  }
  return points;
}

/** The smallest f(row), without spreading a million arguments onto the stack. */
function least(rows: readonly UserRow[], f: (row: UserRow) => number): number {
  let best = Number.POSITIVE_INFINITY;
  for (const row of rows) best = Math.min(best, f(row));
  return best;
}
