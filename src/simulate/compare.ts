import type { DialogueOutcome } from './run-dialogue';

/** A treatment's value over the control's on the same simulated users, with a 95 % interval. */
export interface PairedLift {
  readonly control: number;
  readonly treatment: number;
  readonly lift: number | null;
  readonly low: number | null;
  readonly high: number | null;
}

export interface Comparison {
  readonly control: string;
  readonly treatment: string;
  readonly cases: number;
  readonly sr5: PairedLift;
  readonly sr10: PairedLift;
  readonly sr15: PairedLift;
  /** Average turns (failures count as max turns): below 1 is better. */
  readonly at: PairedLift;
}

const Z = 1.959963984540054;

/**
 * Ratio of means over paired cases (the same target, the same volunteered condition, the same random draws for
 * both strategies), by the delta method on the log scale with the pairs' covariance:
 * se² = (s_t² / m_t² + s_c² / m_c² − 2 s_tc / (m_t m_c)) / n. Pairing removes the users' own variation, so a
 * difference between strategies shows with far fewer simulated users than two separate samples would need.
 */
export function pairedLift(control: readonly number[], treatment: readonly number[]): PairedLift {
  const n = Math.min(control.length, treatment.length);
  const mean = (xs: readonly number[]) => xs.slice(0, n).reduce((a, b) => a + b, 0) / Math.max(1, n);
  const mc = mean(control);
  const mt = mean(treatment);
  if (n < 2 || mc <= 0 || mt <= 0) return { control: mc, treatment: mt, lift: null, low: null, high: null };
  let scc = 0;
  let stt = 0;
  let stc = 0;
  for (let i = 0; i < n; i++) {
    const c = control[i]! - mc;
    const t = treatment[i]! - mt;
    scc += c * c;
    stt += t * t;
    stc += t * c;
  }
  const [vc, vt, cov] = [scc / (n - 1), stt / (n - 1), stc / (n - 1)];
  const se = Math.sqrt(Math.max(0, (vt / (mt * mt) + vc / (mc * mc) - (2 * cov) / (mt * mc)) / n));
  const lift = mt / mc;
  return { control: mc, treatment: mt, lift, low: lift * Math.exp(-Z * se), high: lift * Math.exp(Z * se) };
}

/** Two strategies' simulated dialogues, case by case (simulate() seeds each case alike for both). */
export function compareOutcomes(
  names: { control: string; treatment: string },
  control: readonly DialogueOutcome[],
  treatment: readonly DialogueOutcome[],
  maxTurns: number,
): Comparison {
  const within = (outcomes: readonly DialogueOutcome[], t: number) =>
    outcomes.map((o) => (o.successTurn !== null && o.successTurn <= t ? 1 : 0));
  const turns = (outcomes: readonly DialogueOutcome[]) => outcomes.map((o) => o.successTurn ?? maxTurns);
  return {
    ...names,
    cases: Math.min(control.length, treatment.length),
    sr5: pairedLift(within(control, 5), within(treatment, 5)),
    sr10: pairedLift(within(control, 10), within(treatment, 10)),
    sr15: pairedLift(within(control, 15), within(treatment, 15)),
    at: pairedLift(turns(control), turns(treatment)),
  };
}
