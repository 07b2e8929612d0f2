import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readModelFile } from '../training';
import { main } from './main';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'soudan-train-cli-'));
  await writeFile(
    join(dir, 'job-types.json'),
    JSON.stringify(['cafe', 'izakaya'].map((id) => ({ id, name: id }))),
  );
  await writeFile(join(dir, 'conditions.json'), '[]');
  const listing = (id: string, jobTypeIds: string[]) =>
    JSON.stringify({ id, title: id, jobTypeIds, conditionIds: [], url: `https://jobs.example/${id}` });
  await writeFile(
    join(dir, 'listings.jsonl'),
    [listing('L1', ['cafe']), listing('L2', ['cafe', 'izakaya'])].join('\n'),
  );
  await writeFile(join(dir, 'views.csv'), 'user_id,listing_id\nu1,L1\nu2,L2\nu2,L1\n');
  await writeFile(
    join(dir, 'co-views.csv'),
    'job_type_a,job_type_b,users\n,,2\ncafe,cafe,2\nizakaya,izakaya,1\ncafe,izakaya,1\n',
  );
});
afterAll(() => rm(dir, { recursive: true, force: true }));

async function run(...args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(
    ['train', ...args],
    (line) => out.push(line),
    (line) => err.push(line),
  );
  return { code, out: out.join('\n'), err: err.join('\n') };
}

describe('soudan train', () => {
  it('trains from co-view counts the model it trains from their view log', async () => {
    const common = ['--catalog', dir, '--smoothing', '0.5'];
    const fromCounts = await run(
      ...common,
      '--counts',
      join(dir, 'co-views.csv'),
      '--out',
      join(dir, 'a.json'),
    );
    expect(fromCounts).toMatchObject({ code: 0, err: '' });
    expect(fromCounts.out).toMatch(/: 2 job types, 2 users, 1 co-viewed pairs, from 4 count rows$/);
    const fromViews = await run(...common, '--views', join(dir, 'views.csv'), '--out', join(dir, 'b.json'));
    expect(fromViews.code).toBe(0);
    const [a, b] = await Promise.all([
      readModelFile(join(dir, 'a.json')),
      readModelFile(join(dir, 'b.json')),
    ]);
    expect(a.artifact).toMatchObject({ smoothing: 0.5, users: 2, typeUsers: [2, 1], pairs: [0, 1, 1] });
    expect({ ...a.artifact, createdAt: '', stats: null, checksum: '' }).toEqual({
      ...b.artifact,
      createdAt: '',
      stats: null,
      checksum: '',
    });
  });

  it.each([
    [['--views', 'v.csv', '--counts', 'c.csv'], /--views and --counts exclude each other/],
    [[], /--views FILE or --counts FILE is required/],
    [['--counts', 'c.csv', '--skip-unknown'], /--skip-unknown applies to --views/],
  ])('refuses %j as a usage error (exit 2)', async (args, message) => {
    const result = await run('--catalog', dir, '--out', join(dir, 'never.json'), ...args);
    expect(result.code).toBe(2);
    expect(result.err).toMatch(message);
    expect(result.err).toContain(
      'usage: soudan train --catalog DIR (--views FILE [--skip-unknown] | --counts FILE)',
    );
  });

  it('names the file, line and field of a bad counts row (exit 1)', async () => {
    await writeFile(join(dir, 'bad.csv'), 'job_type_a,job_type_b,users\n,,2\ncafe,cafe,-2\n');
    const result = await run(
      '--catalog',
      dir,
      '--counts',
      join(dir, 'bad.csv'),
      '--out',
      join(dir, 'never.json'),
    );
    expect(result.code).toBe(1);
    expect(result.err).toBe(
      `soudan train: ${join(dir, 'bad.csv')}:3: field "users": must be a whole number of users (0 or more), got "-2"`,
    );
  });

  it('prints its help with --help (exit 0)', async () => {
    const result = await run('--help');
    expect(result.code).toBe(0);
    expect(result.out).toContain('--counts FILE');
  });
});

describe('soudan export-catalog-types', () => {
  it('writes the table co-views.sql joins the view log with', async () => {
    const path = join(dir, 'catalog-types.csv');
    const out: string[] = [];
    const code = await main(['export-catalog-types', '--catalog', dir, '--out', path], (line) =>
      out.push(line),
    );
    expect(code).toBe(0);
    expect(out).toEqual([`catalogue types written to ${path}: 5 rows (2 job types)`]);
    expect(await readFile(path, 'utf8')).toBe(
      'listing_id,job_type_id\n,cafe\n,izakaya\nL1,cafe\nL2,cafe\nL2,izakaya\n',
    );
  });
});
