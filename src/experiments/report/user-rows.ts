import type { ExperimentEvent } from '../events';

/** One user of one arm, summed over their events: the unit every interval in the report is computed over. */
export interface UserRow {
  readonly experiment: string;
  readonly variant: string;
  readonly user: string;
  /** First event, epoch ms: when the user entered the experiment. */
  firstAt: number;
  conversations: number;
  /** Pages of results shown, and jobs on them. */
  results: number;
  shown: number;
  /** Job links opened. */
  opened: number;
  /** 1 when the user chose a job (「これがいい」), else 0. */
  chosen: number;
  /** Distinct applications reported by the job site. */
  conversions: number;
  /** First conversion, epoch ms; null: none. */
  convertedAt: number | null;
}

/** The few fields of an event the report reads (a BigQuery export or our own lines). */
export type ReportEvent = Pick<ExperimentEvent, 'event' | 'at' | 'user' | 'experiment' | 'variant'> & {
  readonly shown?: number;
  readonly application?: string;
};

/**
 * Sums events per (experiment, arm, user). Events outside any experiment, and QA users pinned by an override
 * (`<arm>:forced`), are left out; a conversion counts once per application id.
 */
export class UserRowBuilder {
  private readonly rows = new Map<string, UserRow>();
  private readonly applications = new Set<string>();

  add(event: ReportEvent): void {
    const { experiment, variant, user } = event;
    if (experiment === null || variant === null || variant.includes(':')) return;
    const at = Date.parse(event.at);
    if (!Number.isFinite(at)) return;
    const key = `${experiment}\0${variant}\0${user}`;
    let row = this.rows.get(key);
    if (row === undefined) {
      row = {
        experiment,
        variant,
        user,
        firstAt: at,
        conversations: 0,
        results: 0,
        shown: 0,
        opened: 0,
        chosen: 0,
        conversions: 0,
        convertedAt: null,
      };
      this.rows.set(key, row);
    }
    row.firstAt = Math.min(row.firstAt, at);
    switch (event.event) {
      case 'conversation_started':
        row.conversations++;
        break;
      case 'results_shown':
        row.results++;
        row.shown += event.shown ?? 0;
        break;
      case 'job_opened':
        row.opened++;
        break;
      case 'job_chosen':
        row.chosen = 1;
        break;
      case 'conversion': {
        const id = `${experiment}\0${event.application ?? ''}`;
        if (this.applications.has(id)) break;
        this.applications.add(id);
        row.conversions++;
        row.convertedAt = row.convertedAt === null ? at : Math.min(row.convertedAt, at);
        break;
      }
      default:
        break;
    }
  }

  build(): UserRow[] {
    return [...this.rows.values()];
  }
}
