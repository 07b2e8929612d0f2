import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from './main';
import { SAMPLE_PATHS } from './paths';
import { REGRESSION_EXIT_CODE } from './gate-model-command';

interface LogLine {
  severity: string;
  message: string;
  [field: string]: unknown;
}

let dir: string;
let targets: string;
let worse: string;

/** Runs `soudan gate-model` in this process; stdout lines are parsed as the JSON log lines they must be. */
async function gate(...args: string[]): Promise<{ code: number; logs: LogLine[]; stderr: string }> {
  const stdout: string[] = [];
  const stderr: string[] = [];
  const code = await main(
    ['gate-model', '--catalog', SAMPLE_PATHS.catalogDir, '--targets', targets, ...args],
    (line) => stdout.push(line),
    (line) => stderr.push(line),
  );
  return { code, logs: stdout.map((line) => JSON.parse(line) as LogLine), stderr: stderr.join('\n') };
}

const published = (publishDir: string): string[] => {
  try {
    return readdirSync(publishDir, { recursive: true, encoding: 'utf8' }).sort();
  } catch {
    return [];
  }
};

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'soudan-gate-'));
  // 200 held-out targets of the sample: enough for the deliberately worse model to show, quick to simulate.
  targets = join(dir, 'targets.csv');
  writeFileSync(
    targets,
    readFileSync(SAMPLE_PATHS.targets, 'utf8').split('\n').slice(0, 201).join('\n') + '\n',
  );
  // A deliberately worse model: the sample's co-view counts with the popularity of job types turned upside
  // down and no pairs, trained through the same `soudan train --counts` path the CronJob uses.
  const serving = JSON.parse(readFileSync(SAMPLE_PATHS.model, 'utf8')) as {
    users: number;
    jobTypeIds: string[];
    typeUsers: number[];
  };
  const most = Math.max(...serving.typeUsers);
  const least = Math.min(...serving.typeUsers);
  const counts = join(dir, 'inverted-counts.csv');
  writeFileSync(
    counts,
    [
      'job_type_a,job_type_b,users',
      `,,${serving.users}`,
      ...serving.jobTypeIds.map((id, i) => `${id},${id},${most + least - serving.typeUsers[i]!}`),
    ].join('\n') + '\n',
  );
  worse = join(dir, 'worse.json');
  const trained = await main(
    ['train', '--catalog', SAMPLE_PATHS.catalogDir, '--counts', counts, '--out', worse],
    () => undefined,
    (line) => {
      throw new Error(line);
    },
  );
  expect(trained).toBe(0);
}, 60_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('soudan gate-model', () => {
  it('refuses a deliberately worse model: exit 3, one error line saying by how much, nothing published', async () => {
    const publishDir = join(dir, 'bucket-refused');
    const run = await gate('--candidate', worse, '--serving', SAMPLE_PATHS.model, '--publish', publishDir);
    expect(run.code).toBe(REGRESSION_EXIT_CODE);
    const errors = run.logs.filter((l) => l.severity === 'ERROR');
    expect(errors).toHaveLength(1);
    expect(errors[0]!.message).toMatch(
      /^model gate refused: the candidate model regresses: SR@15 0\.\d{3} < 0\.\d{3} \(serving 0\.\d{3} - margin\).*nothing published, the serving model stays$/u,
    );
    expect(errors[0]!.candidateSr15 as number).toBeLessThan((errors[0]!.servingSr15 as number) - 0.01);
    expect(published(publishDir)).toEqual([]);
  }, 60_000);

  it('publishes a model that does not regress into a new dated version, never over an existing one', async () => {
    const publishDir = join(dir, 'bucket');
    const args = ['--candidate', SAMPLE_PATHS.model, '--serving', worse, '--publish', publishDir];
    // A version of that day is there already (by hand, or an earlier run): it is left alone.
    mkdirSync(join(publishDir, '2026-12-15'), { recursive: true });
    writeFileSync(join(publishDir, '2026-12-15/model.json'), 'earlier');
    const run = await gate(...args, '--version', '2026-12-15');
    expect(run.code).toBe(0);
    expect(run.logs).toHaveLength(1);
    expect(run.logs[0]).toMatchObject({
      severity: 'INFO',
      message: 'model gate passed: published a new version',
      version: '2026-12-15b',
    });
    expect(readFileSync(join(publishDir, '2026-12-15/model.json'), 'utf8')).toBe('earlier');
    expect(published(publishDir)).toEqual([
      '2026-12-15',
      '2026-12-15/model.json',
      '2026-12-15b',
      '2026-12-15b/model.json',
    ]);
    expect(readFileSync(join(publishDir, '2026-12-15b/model.json'))).toEqual(
      readFileSync(SAMPLE_PATHS.model),
    );
  }, 60_000);

  it.each([
    ['a truncated candidate', 'truncated'],
    ['a candidate that is not there', 'missing'],
    ['a candidate whose checksum is wrong', 'tampered'],
  ])('%s: exit 1, an error line naming the file, nothing published', async (_name, kind) => {
    const candidate = join(dir, `${kind}.json`);
    const text = readFileSync(SAMPLE_PATHS.model, 'utf8');
    if (kind === 'truncated') writeFileSync(candidate, text.slice(0, text.length / 2));
    if (kind === 'tampered') writeFileSync(candidate, text.replace('"users":50000', '"users":50001'));
    const publishDir = join(dir, `bucket-${kind}`);
    const run = await gate(
      '--candidate',
      candidate,
      '--serving',
      SAMPLE_PATHS.model,
      '--publish',
      publishDir,
    );
    expect(run.code).toBe(1);
    expect(run.logs.map((l) => l.severity)).toEqual(['ERROR']);
    expect(run.logs[0]!.message).toContain(candidate);
    expect(run.logs[0]!.message).toMatch(/nothing published, the serving model stays$/u);
    expect(run.stderr).toMatch(new RegExp(`^soudan gate-model: .*${kind}\\.json`, 'u'));
    expect(published(publishDir)).toEqual([]);
  });

  it('a serving model or targets it cannot read stop it the same way', async () => {
    const run = await gate('--candidate', SAMPLE_PATHS.model, '--serving', join(dir, 'nowhere.json'));
    expect(run.code).toBe(1);
    expect(run.logs[0]!.severity).toBe('ERROR');
  }, 60_000);

  it('a wrong command line is a usage error (exit 2)', async () => {
    const run = await gate('--candidate', worse, '--serving', SAMPLE_PATHS.model, '--version', 'tomorrow');
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('--version must be a date YYYY-MM-DD');
  });
});
