import { METRICS, type ExperimentReport } from './build-report';
import { formatLift, formatValue, METRIC_LABELS, srmLine } from './render-markdown';

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};
const esc = (text: string) => text.replace(/[&<>"']/g, (c) => ESCAPES[c]!);

const COLOURS = ['#1f6feb', '#d1242f', '#1a7f37', '#8250df', '#bf8700'];

/**
 * The cumulative conversion lift of each arm against the control, day by day, with its 95 % band, and the line
 * at 1.0: an inline SVG, no script or external file, so the report is one self-contained page.
 */
function liftPlot(report: ExperimentReport, width = 720, height = 320): string {
  const points = report.cumulative;
  const arms = report.variants.filter((v) => !v.control && v.name !== 'holdout').map((v) => v.name);
  if (points.length === 0 || arms.length === 0) return '<p>No days to plot.</p>';
  const pad = { left: 56, right: 16, top: 16, bottom: 40 };
  const values = points
    .flatMap((p) => arms.flatMap((a) => [p.lift[a]?.low, p.lift[a]?.high]))
    .filter((v): v is number => typeof v === 'number' && Number.isFinite(v));
  let lo = Math.min(1, ...values);
  let hi = Math.max(1, ...values);
  lo = Math.max(0, lo - (hi - lo) * 0.05);
  hi = hi + (hi - lo) * 0.05;
  const x = (i: number) =>
    pad.left + (points.length === 1 ? 0 : (i / (points.length - 1)) * (width - pad.left - pad.right));
  const y = (v: number) => pad.top + ((hi - v) / (hi - lo)) * (height - pad.top - pad.bottom);
  const parts: string[] = [];
  parts.push(
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="img" aria-label="Cumulative conversion lift against ${esc(report.control)} by day">`,
  );
  parts.push(`<rect x="0" y="0" width="${width}" height="${height}" fill="#fff"/>`);
  for (let k = 0; k <= 4; k++) {
    const v = lo + ((hi - lo) * k) / 4;
    parts.push(
      `<line x1="${pad.left}" x2="${width - pad.right}" y1="${y(v).toFixed(1)}" y2="${y(v).toFixed(1)}" stroke="#eee"/>`,
      `<text x="${pad.left - 6}" y="${(y(v) + 4).toFixed(1)}" font-size="11" text-anchor="end">${v.toFixed(2)}</text>`,
    );
  }
  parts.push(
    `<line x1="${pad.left}" x2="${width - pad.right}" y1="${y(1).toFixed(1)}" y2="${y(1).toFixed(1)}" stroke="#555" stroke-dasharray="4 3"/>`,
  );
  const step = Math.max(1, Math.ceil(points.length / 8));
  points.forEach((p, i) => {
    if (i % step !== 0 && i !== points.length - 1) return;
    parts.push(
      `<text x="${x(i).toFixed(1)}" y="${height - pad.bottom + 16}" font-size="11" text-anchor="middle">${esc(p.day.slice(5))}</text>`,
    );
  });
  arms.forEach((arm, a) => {
    const colour = COLOURS[a % COLOURS.length]!;
    const known = points.flatMap((p, i) => {
      const e = p.lift[arm];
      return e === undefined || e.value === null || e.low === null || e.high === null
        ? []
        : [{ i, e: { value: e.value, low: e.low, high: e.high } }];
    });
    if (known.length === 0) return;
    const upper = known.map((d) => `${x(d.i).toFixed(1)},${y(d.e.high).toFixed(1)}`);
    const lower = known.map((d) => `${x(d.i).toFixed(1)},${y(d.e.low).toFixed(1)}`).reverse();
    parts.push(
      `<polygon points="${[...upper, ...lower].join(' ')}" fill="${colour}" fill-opacity="0.15" stroke="none"/>`,
    );
    parts.push(
      `<polyline points="${known.map((d) => `${x(d.i).toFixed(1)},${y(d.e.value).toFixed(1)}`).join(' ')}" fill="none" stroke="${colour}" stroke-width="2"/>`,
    );
    parts.push(
      `<text x="${pad.left + 8}" y="${pad.top + 14 + a * 14}" font-size="12" fill="${colour}">${esc(arm)} / ${esc(report.control)}</text>`,
    );
  });
  parts.push(
    `<text x="${width / 2}" y="${height - 6}" font-size="11" text-anchor="middle">day (Japan time), cumulative</text>`,
  );
  parts.push('</svg>');
  return parts.join('\n');
}

/** The report as one self-contained HTML page: the tables of the Markdown report and the lift plot. */
export function renderHtml(report: ExperimentReport): string {
  const head = report.variants.map((v) => `<th>${esc(v.name)}${v.control ? ' (control)' : ''}</th>`).join('');
  const counts = report.variants
    .map(
      (v) =>
        `<tr><td>${esc(v.name)}</td><td>${v.users}</td><td>${v.conversations}</td><td>${v.resultsShown}</td><td>${v.jobsShown}</td><td>${v.opened}</td><td>${v.choosers}</td><td>${v.converters}</td></tr>`,
    )
    .join('\n');
  const metrics = METRICS.map(
    (m) =>
      `<tr><td>${esc(METRIC_LABELS[m])}</td>${report.variants.map((v) => `<td>${esc(formatValue(m, v.metrics[m]))}</td>`).join('')}</tr>\n` +
      `<tr class="lift"><td>lift</td>${report.variants.map((v) => `<td>${v.lift === null ? '(control)' : esc(formatLift(v.lift[m]))}</td>`).join('')}</tr>`,
  ).join('\n');
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Experiment ${esc(report.experiment)}</title>
<style>body{font-family:system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem}table{border-collapse:collapse;margin:1rem 0}td,th{border:1px solid #ccc;padding:.25rem .5rem;text-align:right}td:first-child{text-align:left}tr.lift td{color:#555}</style>
</head><body>
<h1>Experiment ${esc(report.experiment)}</h1>
<p>${esc(report.from ?? '–')} to ${esc(report.to ?? '–')}; control: ${esc(report.control)}. 95 % intervals (Wilson for shares of users, delta method for per-user rates); lift = arm / control, * = the interval excludes 1.</p>
<table><tr><th>arm</th><th>users</th><th>conversations</th><th>results shown</th><th>jobs shown</th><th>opened</th><th>chose</th><th>converted</th></tr>
${counts}</table>
<table><tr><th>metric</th>${head}</tr>
${metrics}</table>
<p>${esc(srmLine(report))}</p>
<h2>Cumulative conversion lift</h2>
${liftPlot(report)}
</body></html>
`;
}
