import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ImportError } from '../catalog';
import { readCoViewCounts } from './co-view-counts-file';

const TYPES = ['cafe', 'izakaya', 'konbini'];

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'soudan-counts-'));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

let files = 0;
async function read(lines: readonly string[]) {
  const path = join(dir, `counts-${++files}.csv`);
  await writeFile(path, lines.join('\n') + '\n');
  return readCoViewCounts(path, TYPES);
}

async function failure(lines: readonly string[]): Promise<ImportError> {
  try {
    await read(lines);
  } catch (error) {
    if (error instanceof ImportError) return error;
    throw error;
  }
  throw new Error('expected an ImportError');
}

const GOOD = ['job_type_a,job_type_b,users', ',,4', 'cafe,cafe,3', 'izakaya,izakaya,2', 'cafe,izakaya,2'];

describe('readCoViewCounts', () => {
  it('reads the total, the per-type and the per-pair counts; what has no row is zero', async () => {
    const { counts, rows } = await read([...GOOD, 'konbini,konbini,2', 'cafe,konbini,1']);
    expect(rows).toBe(6);
    expect(counts.users).toBe(4);
    expect(Array.from(counts.typeUsers)).toEqual([3, 2, 2]);
    expect(counts.pair(0, 1)).toBe(2);
    expect(counts.pair(1, 0)).toBe(2);
    expect(counts.pair(2, 0)).toBe(1);
    expect(counts.pair(1, 2)).toBe(0);
  });

  it('takes rows in any order, a pair in either order, columns in any order, quoted fields and extra columns', async () => {
    const { counts } = await read([
      'users,note,job_type_b,job_type_a',
      '2,,izakaya,cafe',
      '"3",x,cafe,"cafe"',
      '2,,izakaya,izakaya',
      '4,"the total, last",,',
    ]);
    expect(counts.users).toBe(4);
    expect(Array.from(counts.typeUsers)).toEqual([3, 2, 0]);
    expect(counts.pair(0, 1)).toBe(2);
  });

  it('takes a log without views: a zero total and nothing else', async () => {
    const { counts } = await read(['job_type_a,job_type_b,users', ',,0']);
    expect(counts.users).toBe(0);
    expect(Array.from(counts.typeUsers)).toEqual([0, 0, 0]);
  });

  const H = 'job_type_a,job_type_b,users';
  it.each([
    ['a header without users', ['job_type_a,job_type_b'], 1, 'users', /no "users" column/],
    ['an unknown job type', [H, ',,4', 'cafe,cafee,1'], 3, 'job_type_b', /unknown job type id "cafee"/],
    ['a fractional count', [H, ',,4', 'cafe,cafe,1.5'], 3, 'users', /whole number .* got "1.5"/],
    ['a negative count', [H, ',,4', 'cafe,cafe,-1'], 3, 'users', /whole number .* got "-1"/],
    ['a missing count', [H, ',,4', 'cafe,cafe,'], 3, 'users', /required field is missing/],
    ['an empty job_type_a', [H, ',,4', ',cafe,1'], 3, 'job_type_a', /only the total row/],
    ['an empty job_type_b', [H, ',,4', 'cafe,,1'], 3, 'job_type_b', /only the total row/],
    [
      'a type twice',
      [H, ',,4', 'cafe,cafe,1', 'cafe,cafe,1'],
      4,
      undefined,
      /"cafe" is given twice \(first on line 3\)/,
    ],
    [
      'a pair twice',
      [H, ',,4', 'cafe,izakaya,1', 'cafe,izakaya,1'],
      4,
      undefined,
      /given twice \(first on line 3\)/,
    ],
    [
      'a pair in both orders',
      [H, ',,4', 'cafe,izakaya,1', 'izakaya,cafe,1'],
      4,
      undefined,
      /either order\) is given twice/,
    ],
    ['a second total', [H, ',,4', ',,4'], 3, undefined, /second total row \(the first is on line 2\)/],
    ['a short row', [H, ',,4', 'cafe,cafe'], 3, 'users', /missing field/],
  ])('refuses %s with its line and field', async (_what, lines, line, field, message) => {
    const error = await failure(lines);
    expect(error).toMatchObject({ line, field });
    expect(error.reason).toMatch(message);
    expect(error.message).toContain(`counts-${files}.csv:${line}`);
  });

  it('refuses counts no log could give, at the earliest such line', async () => {
    const pairTooBig = await failure([...GOOD, 'izakaya,konbini,1']); // konbini has no row: 0 users
    expect(pairTooBig).toMatchObject({ line: 6, field: 'users' });
    expect(pairTooBig.reason).toBe(
      '1 users of the pair "izakaya","konbini" exceed the 0 users of "konbini" alone',
    );

    const typeTooBig = await failure(['job_type_a,job_type_b,users', 'cafe,izakaya,3', 'cafe,cafe,5', ',,4']);
    expect(typeTooBig).toMatchObject({ line: 2, field: 'users' }); // the pair, on the earlier line
    expect(typeTooBig.reason).toMatch(
      /3 users of the pair "cafe","izakaya" exceed the 0 users of "izakaya" alone/,
    );

    const overTotal = await failure(['job_type_a,job_type_b,users', 'cafe,cafe,5', ',,4']);
    expect(overTotal).toMatchObject({ line: 2, field: 'users' });
    expect(overTotal.reason).toBe('5 users of job type "cafe" exceed the 4 users of the total row');
  });

  it('refuses a file without a total, an empty file and a truncated one', async () => {
    const noTotal = await failure(['job_type_a,job_type_b,users', 'cafe,cafe,1']);
    expect(noTotal).toMatchObject({ line: undefined });
    expect(noTotal.reason).toMatch(/no total row/);
    await expect(read([])).rejects.toThrow(/empty file/);

    const path = join(dir, 'truncated.csv');
    await writeFile(path, 'job_type_a,job_type_b,users\n,,4\ncafe,cafe,3');
    await expect(readCoViewCounts(path, TYPES)).rejects.toMatchObject({ line: 3 });
  });
});
