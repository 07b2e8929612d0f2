import { basename, isAbsolute, sep } from 'node:path';
import type { ReplayReport } from './run-replay';
import { describeFailure, failedStep } from './describe-step';

const escape = (text: string): string =>
  text
    // XML 1.0 cannot hold most control characters at all.
    // eslint-disable-next-line no-control-regex -- dropping control characters is the point
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/g, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');

/**
 * The script as a class name shows it: its path from the working directory, or only its file name when it lies
 * outside (`../../tmp/a.yaml` would read as a package path of dots).
 */
function scriptName(file: string): string {
  return isAbsolute(file) || file.split(sep)[0] === '..' ? basename(file) : file;
}

/**
 * JUnit XML as CI servers read it: one test suite per channel, one test case per conversation (class name
 * `qa.<channel>.<script>`, see scriptName), a failure naming the step, the expected and the actual reply.
 */
export function junitXml(report: ReplayReport): string {
  const byChannel = new Map<string, ReplayReport['results'][number][]>();
  for (const r of report.results) byChannel.set(r.channel, [...(byChannel.get(r.channel) ?? []), r]);
  const suites = [...byChannel].map(([channel, results]) => {
    const failures = results.filter((r) => !r.passed).length;
    const skipped = results.filter((r) => r.skipped !== undefined).length;
    const seconds = results.reduce((sum, r) => sum + r.seconds, 0);
    const cases = results.map((r) => {
      const attributes = `classname="${escape(`qa.${channel}.${scriptName(r.conversation.file)}`)}" name="${escape(r.conversation.name)}" time="${r.seconds.toFixed(3)}"`;
      if (r.skipped !== undefined) {
        return `    <testcase ${attributes}>\n      <skipped message="${escape(r.skipped)}"/>\n    </testcase>`;
      }
      const step = failedStep(r);
      if (r.passed || step === undefined) return `    <testcase ${attributes}/>`;
      const detail = describeFailure(r, step);
      const message =
        step.error ?? step.mismatches.map((m) => `${m.field}: expected ${m.expected}`).join('; ');
      return [
        `    <testcase ${attributes}>`,
        `      <failure message="${escape(`step ${step.number}: ${message}`)}" type="expectation">${escape(detail.join('\n'))}</failure>`,
        '    </testcase>',
      ].join('\n');
    });
    return [
      `  <testsuite name="qa-replay ${escape(channel)}" tests="${results.length}" failures="${failures}" errors="0" skipped="${skipped}" time="${seconds.toFixed(3)}">`,
      ...cases,
      '  </testsuite>',
    ].join('\n');
  });
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="qa-replay" tests="${report.results.length}" failures="${report.failed}" time="${report.seconds.toFixed(3)}">`,
    ...suites,
    '</testsuites>',
    '',
  ].join('\n');
}
