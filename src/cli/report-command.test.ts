import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { eventLine, type ExperimentEvent } from '../experiments';
import { main } from './main';

const at = (day: number) => `2026-12-0${day}T03:00:00.000Z`;
const base = { conversation: 'c', channel: 'web', experiment: 'e1' };
const EVENTS: ExperimentEvent[] = ['u1', 'u2', 'u3', 'u4'].flatMap((user, i): ExperimentEvent[] => {
  const variant = i % 2 === 0 ? 'a' : 'b';
  const stamp = { ...base, user, variant, at: at(1 + i) };
  return [
    { ...stamp, event: 'conversation_started' },
    { ...stamp, event: 'results_shown', turn: 4, shown: 5, exact: 5, jobs: [] },
    ...(i > 0
      ? [{ ...stamp, event: 'conversion' as const, listing: 'L1', click: 'k', application: `app-${user}` }]
      : []),
  ];
});

describe('soudan report', () => {
  let dir: string;
  let file: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'soudan-report-cli-'));
    file = join(dir, 'events.jsonl');
    writeFileSync(file, EVENTS.map(eventLine).join(''));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  async function run(...args: string[]) {
    const out: string[] = [];
    const err: string[] = [];
    const code = await main(
      ['report', ...args],
      (l) => out.push(l),
      (l) => err.push(l),
    );
    return { code, out: out.join('\n'), err: err.join('\n') };
  }

  it('prints the Markdown report of the only experiment in a file or a directory', async () => {
    for (const events of [file, dir]) {
      const { code, out } = await run('--events', events);
      expect(code).toBe(0);
      expect(out).toContain('# Experiment e1');
      expect(out).toContain('| a (control) | 2 | 2 | 2 | 10 | 0 | 0 | 1 |');
      expect(out).toContain('| b | 2 | 2 | 2 | 10 | 0 | 0 | 2 |');
    }
  });

  it('gives JSON with the arms, their counts and the SRM check, and HTML with the plot', async () => {
    const json = await run('--events', file, '--format', 'json', '--experiment', 'e1', '--control', 'b');
    const report = JSON.parse(json.out) as {
      control: string;
      variants: Array<{ name: string; converters: number }>;
      srm: { chiSquare: number };
    };
    expect(report.control).toBe('b');
    expect(report.variants.map((v) => [v.name, v.converters])).toEqual([
      ['b', 2],
      ['a', 1],
    ]);
    expect(report.srm.chiSquare).toBe(0);
    const html = await run('--events', file, '--format', 'html');
    expect(html.out).toContain('<svg');
  });

  it('says what is wrong with the command line (exit 2) and with the data (exit 1)', async () => {
    expect((await run('--events', file, '--experiment', 'nope')).err).toMatch(
      /no events of experiment nope \(found: e1\)/,
    );
    expect((await run('--events', file, '--experiment', 'nope')).code).toBe(2);
    expect((await run('--events', file, '--format', 'pdf')).code).toBe(2);
    expect((await run()).code).toBe(2);
    const bad = join(dir, 'bad.log');
    writeFileSync(bad, '{"message":"experiment event","event":"conversion"}\n');
    const broken = await run('--events', bad);
    expect(broken.code).toBe(1);
    expect(broken.err).toMatch(/not an experiment event/);
    rmSync(bad);
  });
});
