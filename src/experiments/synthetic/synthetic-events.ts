import type { ExperimentEvent } from '../events';
import type { UserRow } from '../report/user-rows';

/**
 * The event lines a synthetic user's row stands for, as the service would write them: what `soudan report`
 * reads back into the same row (the worked example runs the report on these, end to end).
 */
export function eventsOf(row: UserRow, resultsPerPage = 5): ExperimentEvent[] {
  const stamp = (ms: number) => ({
    at: new Date(ms).toISOString(),
    user: row.user,
    conversation: row.user,
    channel: 'web',
    experiment: row.experiment,
    variant: row.variant,
  });
  const events: ExperimentEvent[] = [];
  let t = row.firstAt;
  for (let c = 0; c < row.conversations; c++) events.push({ ...stamp(t + c), event: 'conversation_started' });
  t += row.conversations;
  for (let r = 0; r < row.results; r++) {
    const shown = Math.min(resultsPerPage, row.shown - r * resultsPerPage);
    events.push({ ...stamp(t), event: 'results_shown', turn: 3 + r, shown, exact: shown, jobs: [] });
  }
  for (let o = 0; o < row.opened; o++) {
    events.push({ ...stamp(t + 1), event: 'job_opened', listing: 'L000001', click: `${row.user}-${o}` });
  }
  if (row.chosen === 1)
    events.push({ ...stamp(t + 2), event: 'job_chosen', listing: 'L000001', match: 'exact', turn: 9 });
  if (row.convertedAt !== null) {
    events.push({
      ...stamp(row.convertedAt),
      event: 'conversion',
      listing: 'L000001',
      click: `${row.user}-0`,
      application: `${row.user}-application`,
    });
  }
  return events;
}
