import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ImportError } from './import-error';
import { readTargets } from './targets';
import { readViewLog, type ViewRecord } from './view-log';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'soudan-views-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function fileWith(name: string, content: string | Buffer): Promise<string> {
  const path = join(dir, name);
  await writeFile(path, content);
  return path;
}

async function views(path: string): Promise<ViewRecord[]> {
  const records: ViewRecord[] = [];
  for await (const record of readViewLog(path)) records.push(record);
  return records;
}

async function failure(run: () => Promise<unknown>): Promise<ImportError> {
  try {
    await run();
  } catch (error) {
    if (error instanceof ImportError) return error;
    throw error;
  }
  throw new Error('expected an ImportError');
}

function expectAt(
  error: ImportError,
  file: string,
  line: number | undefined,
  field: string | undefined,
): void {
  expect({ file: error.file, line: error.line, field: error.field }).toEqual({ file, line, field });
  const where = line === undefined ? file : `${file}:${line}`;
  expect(error.message.startsWith(field === undefined ? `${where}: ` : `${where}: field "${field}": `)).toBe(
    true,
  );
}

describe('readViewLog: CSV', () => {
  it('reads user_id,listing_id rows with their line numbers', async () => {
    const path = await fileWith('a.csv', 'user_id,listing_id\nu1,L1\n\nu2,L2\n');
    expect(await views(path)).toEqual([
      { userId: 'u1', listingId: 'L1', lineNumber: 2 },
      { userId: 'u2', listingId: 'L2', lineNumber: 4 },
    ]);
  });

  it('takes the column order from the header, with an optional timestamp and extra columns', async () => {
    const path = await fileWith(
      'b.csv',
      '\uFEFFTimestamp, job_type_id ,user_id,rating\r\n2024-05-01T10:00:00+09:00,cafe,u1,5\r\n,bar,u2,3\r\n',
    );
    expect(await views(path)).toEqual([
      { userId: 'u1', jobTypeId: 'cafe', timestamp: '2024-05-01T10:00:00+09:00', lineNumber: 2 },
      { userId: 'u2', jobTypeId: 'bar', lineNumber: 3 },
    ]);
  });

  it('accepts double-quoted fields with commas and doubled quotes', async () => {
    const path = await fileWith('c.csv', '"user_id","listing_id"\n"u,1","L ""quoted"""\nu2,"L2"\n');
    expect(await views(path)).toEqual([
      { userId: 'u,1', listingId: 'L "quoted"', lineNumber: 2 },
      { userId: 'u2', listingId: 'L2', lineNumber: 3 },
    ]);
  });

  it('allows both id columns, needing one of them per row', async () => {
    const path = await fileWith('d.csv', 'user_id,listing_id,job_type_id\nu1,L1,\nu1,,cafe\nu2,,\n');
    const error = await failure(() => views(path));
    expectAt(error, path, 4, 'listing_id');
  });

  it('rejects a bad header', async () => {
    const cases: [string, string | undefined, RegExp][] = [
      ['userid,listing_id\n', 'user_id', /bad header: no "user_id" column/],
      ['user_id,item\n', undefined, /bad header: needs a "listing_id" or "job_type_id" column/],
      ['user_id,listing_id,user_id\n', 'user_id', /duplicate column/],
      ['user_id,,listing_id\n', undefined, /column 2 has no name/],
      ['"user_id,listing_id\n', undefined, /unterminated quoted field at column 1/],
    ];
    for (const [content, field, reason] of cases) {
      const path = await fileWith('header.csv', `${content}u1,L1\n`);
      const error = await failure(() => views(path));
      expectAt(error, path, 1, field);
      expect(error.message).toMatch(reason);
    }
  });

  it('rejects a row missing a column, or with one too many', async () => {
    let path = await fileWith('short.csv', 'user_id,listing_id,timestamp\nu1,L1,2024\nu2,L2\n');
    let error = await failure(() => views(path));
    expectAt(error, path, 3, 'timestamp');
    expect(error.reason).toBe("missing field: the row has 2 of the header's 3 columns");

    path = await fileWith('long.csv', 'user_id,listing_id\nu1,L1,extra\n');
    error = await failure(() => views(path));
    expectAt(error, path, 2, undefined);
  });

  it('rejects an empty user id', async () => {
    const path = await fileWith('empty.csv', 'user_id,listing_id\n  ,L1\n');
    expectAt(await failure(() => views(path)), path, 2, 'user_id');
  });

  it('rejects a truncated last line, since a cut CSV row can still look whole', async () => {
    const path = await fileWith('cut.csv', 'user_id,listing_id\nu1,L1\nu2,L2');
    const error = await failure(() => views(path));
    expectAt(error, path, 3, undefined);
    expect(error.reason).toMatch(/^truncated last line/);
  });

  it('rejects broken UTF-8 and an empty file', async () => {
    const broken = await fileWith(
      'broken.csv',
      Buffer.concat([
        Buffer.from('user_id,listing_id\nu1,L1\nu'),
        Buffer.from([0xff, 0xfe]),
        Buffer.from(',L2\n'),
      ]),
    );
    expectAt(await failure(() => views(broken)), broken, 3, undefined);
    const empty = await fileWith('empty-file.csv', '\n\n');
    expectAt(await failure(() => views(empty)), empty, undefined, undefined);
  });
});

describe('readViewLog: JSON Lines', () => {
  it('reads records with optional keys and numeric timestamps', async () => {
    const path = await fileWith(
      'a.jsonl',
      '{"user_id":"u1","listing_id":"L1","timestamp":"2024-05-01"}\n\n{"job_type_id":"cafe","user_id":"u2","timestamp":1714521600,"x":1}\n{"user_id":"u3","listing_id":"L3","timestamp":null}',
    );
    expect(await views(path)).toEqual([
      { userId: 'u1', listingId: 'L1', timestamp: '2024-05-01', lineNumber: 1 },
      { userId: 'u2', jobTypeId: 'cafe', timestamp: '1714521600', lineNumber: 3 },
      { userId: 'u3', listingId: 'L3', lineNumber: 4 },
    ]);
  });

  it('names the line and field of a bad record', async () => {
    const cases: [string, string | undefined, string][] = [
      ['{"listing_id":"L1"}', 'user_id', 'required field is missing'],
      ['{"user_id":7,"listing_id":"L1"}', 'user_id', 'must be a string, got a number'],
      [
        '{"user_id":"u1"}',
        'listing_id',
        'required field is missing (a view needs a listing_id or a job_type_id)',
      ],
      ['{"user_id":"u1","job_type_id":["cafe"]}', 'job_type_id', 'must be a string, got an array'],
      [
        '{"user_id":"u1","listing_id":"L1","timestamp":true}',
        'timestamp',
        'must be a string or a number, got a boolean',
      ],
      ['["u1","L1"]', undefined, 'expected a JSON object, got an array'],
    ];
    for (const [record, field, reason] of cases) {
      const path = await fileWith('bad.ndjson', `{"user_id":"u0","listing_id":"L0"}\n${record}\n`);
      const error = await failure(() => views(path));
      expectAt(error, path, 2, field);
      expect(error.reason).toBe(reason);
    }
  });

  it('reports a line cut in half', async () => {
    const line = '{"user_id":"u1","listing_id":"L1"}';
    let path = await fileWith('cut.jsonl', `${line}\n${line.slice(0, 20)}\n${line}\n`);
    let error = await failure(() => views(path));
    expectAt(error, path, 2, undefined);
    expect(error.reason).toBe('invalid JSON at column 17: unterminated string');

    path = await fileWith('cut-last.jsonl', `${line}\n${line.slice(0, 20)}`);
    error = await failure(() => views(path));
    expectAt(error, path, 2, undefined);
    expect(error.reason).toMatch(/^truncated last line/);
  });
});

describe('readViewLog: choosing the format', () => {
  it('goes by the first non-blank character when the extension says nothing', async () => {
    const json = await fileWith('log.txt', '\n  {"user_id":"u1","listing_id":"L1"}\n');
    expect(await views(json)).toEqual([{ userId: 'u1', listingId: 'L1', lineNumber: 2 }]);
    const csv = await fileWith('log', 'user_id,job_type_id\nu1,cafe\n');
    expect(await views(csv)).toEqual([{ userId: 'u1', jobTypeId: 'cafe', lineNumber: 2 }]);
  });

  it('trusts the extension over the content', async () => {
    const path = await fileWith('looks-like-json.csv', '{"user_id":"u1","listing_id":"L1"}\n');
    expect((await failure(() => views(path))).reason).toMatch(
      /^bad header: expected "," after a closing quote/,
    );
  });
});

describe('readTargets', () => {
  it('reads user_id,listing_id in any column order', async () => {
    const path = await fileWith('targets.csv', 'listing_id,user_id,note\nL1,u1,"a, b"\n\nL2,u2,\n');
    expect(await readTargets(path)).toEqual([
      { userId: 'u1', listingId: 'L1', lineNumber: 2 },
      { userId: 'u2', listingId: 'L2', lineNumber: 4 },
    ]);
  });

  it('rejects a bad header, a missing value and a short row', async () => {
    let path = await fileWith('t1.csv', 'user_id,job_type_id\nu1,cafe\n');
    expectAt(await failure(() => readTargets(path)), path, 1, 'listing_id');
    path = await fileWith('t2.csv', 'user_id,listing_id\nu1,L1\nu2,\n');
    expectAt(await failure(() => readTargets(path)), path, 3, 'listing_id');
    path = await fileWith('t3.csv', 'user_id,listing_id\nu1\n');
    expectAt(await failure(() => readTargets(path)), path, 2, 'listing_id');
    path = await fileWith('t4.csv', '');
    expectAt(await failure(() => readTargets(path)), path, undefined, undefined);
  });
});
