import type { Estimate } from './stats';
import { METRICS, type ExperimentReport, type MetricName } from './build-report';

export const METRIC_LABELS: Readonly<Record<MetricName, string>> = {
  resultsPerConversation: 'results shown / conversation',
  clickThrough: 'click-through (opened / job shown)',
  choiceRate: 'choice rate (users)',
  conversionRate: 'conversion rate (users)',
  conversionsPerConversation: 'conversions / conversation',
};

const PERCENT: ReadonlySet<MetricName> = new Set(['clickThrough', 'choiceRate', 'conversionRate']);

export function formatValue(metric: MetricName, e: Estimate): string {
  if (e.value === null) return '–';
  const f = (x: number) => (PERCENT.has(metric) ? `${(x * 100).toFixed(2)} %` : x.toFixed(3));
  return e.low === null || e.high === null ? f(e.value) : `${f(e.value)} [${f(e.low)}, ${f(e.high)}]`;
}

export function formatLift(e: Estimate | undefined): string {
  if (e === undefined || e.value === null) return '–';
  const f = (x: number) => x.toFixed(3);
  const excludes = e.low !== null && e.high !== null && (e.low > 1 || e.high < 1);
  return `${f(e.value)}× [${f(e.low ?? Number.NaN)}, ${f(e.high ?? Number.NaN)}]${excludes ? ' *' : ''}`;
}

export function srmLine(report: ExperimentReport): string {
  const { srm } = report;
  if (srm === null) return 'SRM check: not enough arms or users';
  const weights = Object.entries(srm.weights)
    .map(([n, w]) => `${n} ${w}`)
    .join(' : ');
  return `SRM check (users per arm against weights ${weights}): χ² = ${srm.chiSquare.toFixed(3)}, df ${srm.degreesOfFreedom}, p = ${srm.pValue.toPrecision(3)} — ${srm.pass ? 'pass' : 'FAIL: the split is not what was configured; do not trust the lifts'}`;
}

/** The report as Markdown: counts, each rate with its 95 % interval, lift against control, the SRM check. */
export function renderMarkdown(report: ExperimentReport): string {
  const lines: string[] = [];
  lines.push(`# Experiment ${report.experiment}`, '');
  lines.push(
    `${report.from ?? '–'} to ${report.to ?? '–'}; control: ${report.control}. 95 % intervals (Wilson for shares of users, delta method for per-user rates); lift = arm / control, * = the interval excludes 1.`,
    '',
  );
  lines.push('| arm | users | conversations | results shown | jobs shown | opened | chose | converted |');
  lines.push('| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
  for (const v of report.variants) {
    lines.push(
      `| ${v.name}${v.control ? ' (control)' : ''} | ${v.users} | ${v.conversations} | ${v.resultsShown} | ${v.jobsShown} | ${v.opened} | ${v.choosers} | ${v.converters} |`,
    );
  }
  lines.push('');
  lines.push(`| metric | ${report.variants.map((v) => v.name).join(' | ')} |`);
  lines.push(`| --- | ${report.variants.map(() => '---').join(' | ')} |`);
  for (const m of METRICS) {
    lines.push(
      `| ${METRIC_LABELS[m]} | ${report.variants.map((v) => formatValue(m, v.metrics[m])).join(' | ')} |`,
    );
    lines.push(
      `| lift | ${report.variants.map((v) => (v.lift === null ? '(control)' : formatLift(v.lift[m]))).join(' | ')} |`,
    );
  }
  lines.push('', srmLine(report), '');
  return lines.join('\n');
}
