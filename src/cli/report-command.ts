import { writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { HOLDOUT, readExperimentsFile, type ExperimentsConfig } from '../experiments';
import {
  buildReport,
  readUserRows,
  renderHtml,
  renderMarkdown,
  type ExperimentReport,
} from '../experiments/report';
import { requireOption } from './options';
import { UsageError } from './usage-error';

export const REPORT_USAGE =
  'soudan report --events FILE|DIR [--experiment NAME] [--format md|html|json] [--config EXPERIMENTS.json] ' +
  '[--control NAME] [--out FILE]';

const FORMATS = ['md', 'html', 'json'] as const;
type Format = (typeof FORMATS)[number];

/**
 * The experiment report from event lines (EVENTS_FILE, or an export of the log): per arm users, conversations,
 * rates with intervals, lift against control, the SRM check, and in HTML the cumulative lift plot. The
 * experiments file gives the control and the weights the SRM check expects; without it the control is
 * `--control` or the alphabetically first arm, and the weights are equal.
 */
export async function reportCommand(args: string[], out: (line: string) => void): Promise<number> {
  const { values } = parseArgs({
    args,
    options: {
      events: { type: 'string' },
      experiment: { type: 'string' },
      format: { type: 'string', default: 'md' },
      config: { type: 'string' },
      control: { type: 'string' },
      out: { type: 'string' },
    },
  });
  const format = values.format as Format;
  if (!FORMATS.includes(format)) throw new UsageError(`--format must be one of ${FORMATS.join(', ')}`);
  const { rows, experiments } = await readUserRows(requireOption(values, 'events'));
  const name = values.experiment ?? experiments[0];
  if (name === undefined) throw new UsageError('the events hold no experiment');
  if (!experiments.includes(name)) {
    throw new UsageError(`no events of experiment ${name} (found: ${experiments.join(', ') || 'none'})`);
  }
  const config = values.config === undefined ? null : await readExperimentsFile(values.config);
  const report = buildReport(name, rows, reportOptions(config, name, values.control));
  const text = render(report, format);
  if (values.out !== undefined) await writeFile(values.out, text);
  else out(text);
  return 0;
}

function reportOptions(config: ExperimentsConfig | null, name: string, control: string | undefined) {
  const experiment = config?.experiments.find((e) => e.name === name);
  if (config !== null && experiment === undefined) throw new UsageError(`--config has no experiment ${name}`);
  return {
    control: control ?? experiment?.control,
    weights:
      experiment === undefined
        ? undefined
        : Object.fromEntries(
            experiment.variants.filter((v) => v.name !== HOLDOUT).map((v) => [v.name, v.weight]),
          ),
  };
}

function render(report: ExperimentReport, format: Format): string {
  if (format === 'json') return JSON.stringify(report, null, 2);
  return format === 'html' ? renderHtml(report) : renderMarkdown(report);
}
