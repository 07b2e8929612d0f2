import { ExperimentConfigError } from './experiment-error';
import { activeExperiment, parseExperiments } from './experiment-config';

const base = {
  name: 'seed-vs-bayes',
  salt: 'a-salt-of-some-length',
  start: '2026-12-01T00:00:00Z',
  end: '2026-12-15T00:00:00Z',
  control: 'seed',
  variants: [
    { name: 'seed', weight: 1, strategy: 'seed' },
    { name: 'bayes', weight: 1, strategy: 'bayes' },
  ],
};

function problems(json: unknown): string {
  try {
    parseExperiments(json, 'experiments.json');
  } catch (error) {
    expect(error).toBeInstanceOf(ExperimentConfigError);
    return (error as Error).message;
  }
  throw new Error('expected a refusal');
}

describe('parseExperiments', () => {
  it('reads an experiment with its window, defaults and variants', () => {
    const { experiments } = parseExperiments({ experiments: [base] }, 'f');
    expect(experiments[0]).toMatchObject({
      name: 'seed-vs-bayes',
      startMs: Date.parse('2026-12-01T00:00:00Z'),
      endMs: Date.parse('2026-12-15T00:00:00Z'),
      holdout: 0,
      control: 'seed',
    });
    expect(experiments[0]!.overrides.size).toBe(0);
  });

  it('names the file, the field and what is wrong', () => {
    expect(problems({ experiments: [{ ...base, control: 'other' }] })).toMatch(
      /experiments\.json: experiments\.0\.control: not one of the variants \(seed, bayes\)/,
    );
    expect(problems({ experiments: [{ ...base, end: base.start }] })).toMatch(
      /experiments\.0\.end: must be after start/,
    );
    expect(
      problems({ experiments: [{ ...base, variants: [{ name: 'x', weight: 1, strategy: 'magic' }] }] }),
    ).toMatch(/variants/);
    expect(problems({ experiments: [{ ...base, holdout: 1 }] })).toMatch(/holdout/);
    expect(problems({ experiments: [{ ...base, overrides: { 'qa-1': 'nobody' } }] })).toMatch(
      /no variant nobody/,
    );
    expect(problems({ experiments: [{ ...base, extra: true }] })).toMatch(/extra/);
    expect(problems({ experiments: [{ ...base, start: '2026-12-01' }] })).toMatch(/start/);
  });

  it('refuses experiments that overlap in time, and takes them one after the other', () => {
    const later = { ...base, name: 'later', start: '2026-12-10T00:00:00Z', end: '2026-12-20T00:00:00Z' };
    expect(problems({ experiments: [base, later] })).toMatch(/seed-vs-bayes and later overlap/);
    const next = { ...later, start: '2026-12-15T00:00:00Z' };
    const config = parseExperiments({ experiments: [base, next] }, 'f');
    expect(activeExperiment(config, Date.parse('2026-12-14T23:59:59Z'))?.name).toBe('seed-vs-bayes');
    expect(activeExperiment(config, Date.parse('2026-12-15T00:00:00Z'))?.name).toBe('later');
    expect(activeExperiment(config, Date.parse('2026-12-20T00:00:00Z'))).toBeUndefined();
  });
});
