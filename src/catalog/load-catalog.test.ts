import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ImportError } from './import-error';
import { loadCatalog } from './load-catalog';
import type { Prefecture } from './types';

const JOB_TYPES = [
  {
    id: 'cafe',
    name: 'カフェスタッフ',
    reading: 'かふぇすたっふ',
    category: 'フード・飲食',
    synonyms: ['カフェ', '喫茶'],
    nameEn: 'Cafe staff',
  },
  { id: 'convenience', name: 'コンビニスタッフ', synonyms: ['コンビニ'] },
  { id: 'warehouse', name: '倉庫内作業', extra: 'ignored' },
];
const CONDITIONS = [
  { id: 'daily-pay', name: '日払い', question: 'お給料は日払いだとうれしいですか？' },
  { id: 'short-term', name: '短期', synonyms: ['単発'] },
];
const AREAS: Prefecture[] = [
  {
    name: '東京都',
    reading: 'とうきょうと',
    shortName: '東京',
    shortReading: 'とうきょう',
    nameEn: 'Tokyo',
    lat: 35.69,
    lng: 139.69,
    municipalities: [
      { name: '千代田区', reading: 'ちよだく', lat: 35.69, lng: 139.75 },
      { name: '渋谷区', reading: 'しぶやく', lat: 35.66, lng: 139.7 },
    ],
  },
  {
    name: '北海道',
    reading: 'ほっかいどう',
    shortName: '北海道',
    shortReading: 'ほっかいどう',
    nameEn: 'Hokkaido',
    lat: 43.06,
    lng: 141.35,
    municipalities: [{ name: '札幌市 中央区', reading: 'さっぽろし ちゅうおうく', lat: 43.06, lng: 141.34 }],
  },
];
const LISTINGS = [
  {
    id: 'L1',
    title: '駅前カフェのホールスタッフ',
    company: 'カフェ渋谷',
    jobTypeIds: ['cafe'],
    conditionIds: ['daily-pay'],
    wage: { unit: 'hour', min: 1200, max: 1500 },
    area: { prefecture: '東京都', municipality: '渋谷区', station: '渋谷' },
    url: 'https://example.com/jobs/L1',
  },
  {
    id: 'L2',
    title: '倉庫で仕分け',
    jobTypeIds: ['warehouse', 'convenience'],
    conditionIds: [],
    url: 'http://x.jp/2',
  },
  {
    id: 'L3',
    title: '札幌のコンビニ',
    jobTypeIds: ['convenience'],
    conditionIds: ['short-term', 'daily-pay'],
    area: { prefecture: '北海道', municipality: '札幌市 中央区' },
    url: 'https://example.com/L3',
    note: 'ignored',
  },
];

/** One element per line, so element i starts on line i + 2. */
function jsonArray(items: readonly unknown[]): string {
  return `[\n${items.map((item) => `  ${JSON.stringify(item)}`).join(',\n')}\n]\n`;
}

function jsonLines(items: readonly unknown[]): string {
  return items.map((item) => `${JSON.stringify(item)}\n`).join('');
}

interface Files {
  jobTypes?: string | Buffer;
  conditions?: string | Buffer;
  listings?: string | Buffer;
  /** null: no areas.json in the directory. */
  areas?: string | Buffer | null;
}

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'soudan-catalog-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function writeCatalog(files: Files = {}): Promise<void> {
  await writeFile(join(dir, 'job-types.json'), files.jobTypes ?? jsonArray(JOB_TYPES));
  await writeFile(join(dir, 'conditions.json'), files.conditions ?? jsonArray(CONDITIONS));
  await writeFile(join(dir, 'listings.jsonl'), files.listings ?? jsonLines(LISTINGS));
  if (files.areas !== null) await writeFile(join(dir, 'areas.json'), files.areas ?? jsonArray(AREAS));
}

async function loadError(files: Files): Promise<ImportError> {
  await writeCatalog(files);
  try {
    await loadCatalog(dir);
  } catch (error) {
    if (error instanceof ImportError) return error;
    throw error;
  }
  throw new Error('expected loadCatalog to throw an ImportError');
}

function expectAt(error: ImportError, name: string, line: number, field: string | undefined): void {
  const file = join(dir, name);
  expect({ file: error.file, line: error.line, field: error.field }).toEqual({ file, line, field });
  const prefix = field === undefined ? `${file}:${line}: ` : `${file}:${line}: field "${field}": `;
  expect(error.message.startsWith(prefix)).toBe(true);
}

function withListing(index: number, change: (listing: Record<string, unknown>) => void): string {
  const listings = LISTINGS.map((listing) => structuredClone(listing) as Record<string, unknown>);
  change(listings[index] as Record<string, unknown>);
  return jsonLines(listings);
}

describe('loadCatalog: a valid catalogue', () => {
  it('loads every record with defaults applied and extra fields dropped', async () => {
    await writeCatalog();
    const catalog = await loadCatalog(dir);
    expect(catalog.jobTypes).toHaveLength(3);
    expect(catalog.conditions).toHaveLength(2);
    expect(catalog.listings).toHaveLength(3);
    expect(catalog.prefectures).toHaveLength(2);
    expect(catalog.jobTypes[0]).toEqual(JOB_TYPES[0]);
    expect(catalog.jobTypes[2]).toEqual({ id: 'warehouse', name: '倉庫内作業', synonyms: [] });
    expect(catalog.conditions[0]?.synonyms).toEqual([]);
    expect(catalog.listings[0]).toEqual(LISTINGS[0]);
    expect(catalog.listings[2]).not.toHaveProperty('note');
    expect(catalog.prefectures).toEqual(AREAS);
    expect(catalog.checksum).toMatch(/^[0-9a-f]{64}$/);
  });

  it('freezes the catalogue and everything in it', async () => {
    await writeCatalog();
    const catalog = await loadCatalog(dir);
    const listing = catalog.listings[0];
    for (const value of [
      catalog,
      catalog.jobTypes,
      catalog.jobTypes[0],
      catalog.jobTypes[0]?.synonyms,
      catalog.conditions[0],
      catalog.listings,
      listing,
      listing?.jobTypeIds,
      listing?.conditionIds,
      listing?.wage,
      listing?.area,
      catalog.prefectures,
      catalog.prefectures[0],
      catalog.prefectures[0]?.municipalities,
      catalog.prefectures[0]?.municipalities[0],
    ]) {
      expect(Object.isFrozen(value)).toBe(true);
    }
  });

  it('skips blank lines, accepts CRLF, a BOM and a last line without a line break', async () => {
    const lines = LISTINGS.map((listing) => JSON.stringify(listing));
    await writeCatalog({ listings: `\uFEFF${lines[0]}\r\n\r\n   \n${lines[1]}\r\n${lines[2]}` });
    const catalog = await loadCatalog(dir);
    expect(catalog.listings.map((listing) => listing.id)).toEqual(['L1', 'L2', 'L3']);
  });

  it('uses options.areasFile when the directory has no areas.json, else no areas', async () => {
    await writeCatalog({ areas: null });
    const withoutAreas = await loadCatalog(dir);
    expect(withoutAreas.prefectures).toEqual([]);

    const areasFile = join(dir, 'elsewhere.json');
    await writeFile(areasFile, jsonArray(AREAS));
    const withAreas = await loadCatalog(dir, { areasFile });
    expect(withAreas.prefectures.map((prefecture) => prefecture.name)).toEqual(['東京都', '北海道']);
    expect(withAreas.checksum).not.toBe(withoutAreas.checksum);
  });

  it('takes area names as they are when no areas are loaded', async () => {
    const listings = withListing(0, (listing) => {
      listing['area'] = { prefecture: '架空県', municipality: 'どこか市' };
    });
    await writeCatalog({ listings, areas: null });
    const catalog = await loadCatalog(dir);
    expect(catalog.listings[0]?.area).toEqual({ prefecture: '架空県', municipality: 'どこか市' });
  });

  it('gives a checksum that is stable and follows every file', async () => {
    await writeCatalog();
    const first = (await loadCatalog(dir)).checksum;
    expect((await loadCatalog(dir)).checksum).toBe(first);
    await writeCatalog({ conditions: jsonArray([...CONDITIONS, { id: 'night', name: '夜勤' }]) });
    expect((await loadCatalog(dir)).checksum).not.toBe(first);
    await writeCatalog({ listings: jsonLines(LISTINGS.slice(1)) });
    expect((await loadCatalog(dir)).checksum).not.toBe(first);
  });

  it('finds the line of each element of a pretty-printed JSON array', async () => {
    const jobTypes = [...JOB_TYPES, { id: 'bad', name: 42 }];
    const text = JSON.stringify(jobTypes, null, 2);
    const line = text.split('\n').indexOf('    "id": "bad",');
    const error = await loadError({ jobTypes: text });
    expectAt(error, 'job-types.json', line, 'name');
  });
});

describe('loadCatalog: malformed records name file, line and field', () => {
  it('a missing field', async () => {
    const error = await loadError({ listings: withListing(1, (listing) => delete listing['title']) });
    expectAt(error, 'listings.jsonl', 2, 'title');
    expect(error.message).toContain('required field is missing');

    const jobTypes = jsonArray([JOB_TYPES[0], { id: 'nameless' }]);
    expectAt(await loadError({ jobTypes }), 'job-types.json', 3, 'name');
    const conditions = jsonArray([{ name: '高収入' }]);
    expectAt(await loadError({ conditions }), 'conditions.json', 2, 'id');
    const listings = withListing(0, (listing) => delete listing['jobTypeIds']);
    expectAt(await loadError({ listings }), 'listings.jsonl', 1, 'jobTypeIds');
  });

  it('a field of the wrong type', async () => {
    let error = await loadError({
      listings: withListing(2, (listing) => (listing['jobTypeIds'] = 'convenience')),
    });
    expectAt(error, 'listings.jsonl', 3, 'jobTypeIds');
    expect(error.reason).toBe('must be an array of strings, got a string');

    error = await loadError({
      listings: withListing(0, (listing) => (listing['wage'] = { unit: 'hour', min: '1200', max: 1500 })),
    });
    expectAt(error, 'listings.jsonl', 1, 'wage.min');
    expect(error.reason).toBe('must be a number, got a string');

    error = await loadError({ jobTypes: jsonArray([{ id: 'cafe', name: 'カフェ', synonyms: ['喫茶', 7] }]) });
    expectAt(error, 'job-types.json', 2, 'synonyms[1]');

    error = await loadError({ conditions: jsonArray([...CONDITIONS, ['not', 'an', 'object']]) });
    expectAt(error, 'conditions.json', 4, undefined);
    expect(error.reason).toBe('expected a JSON object, got an array');

    error = await loadError({ listings: withListing(1, (listing) => (listing['area'] = '東京都')) });
    expectAt(error, 'listings.jsonl', 2, 'area');
  });

  it('strings that are empty or padded, and other bad values', async () => {
    const cases: [(listing: Record<string, unknown>) => void, string, string][] = [
      [(l) => (l['title'] = '   '), 'title', 'must not be empty'],
      [(l) => (l['title'] = ' カフェ'), 'title', 'must not start or end with spaces'],
      [(l) => (l['jobTypeIds'] = []), 'jobTypeIds', 'must not be empty'],
      [(l) => (l['jobTypeIds'] = ['cafe', 'cafe']), 'jobTypeIds[1]', 'duplicate value "cafe"'],
      [
        (l) => (l['wage'] = { unit: 'week', min: 1, max: 2 }),
        'wage.unit',
        'must be one of hour, day, month, got "week"',
      ],
      [
        (l) => (l['wage'] = { unit: 'day', min: 9000, max: 8000 }),
        'wage.max',
        'must not be less than wage.min (9000)',
      ],
      [(l) => (l['wage'] = { unit: 'day', min: 9000 }), 'wage.max', 'required field is missing'],
      [(l) => (l['url'] = '/jobs/L1'), 'url', 'not an absolute URL: "/jobs/L1"'],
      [(l) => (l['url'] = 'ftp://example.com/L1'), 'url', 'must be an http(s) URL, got ftp:'],
      [
        (l) => (l['area'] = { prefecture: '東京' }),
        'area.prefecture',
        'unknown prefecture "東京" (did you mean "東京都"?)',
      ],
      [(l) => (l['area'] = { municipality: '渋谷区' }), 'area.prefecture', 'required field is missing'],
      [
        (l) => (l['area'] = { prefecture: '北海道', municipality: '渋谷区' }),
        'area.municipality',
        '"渋谷区" is not a municipality of "北海道"',
      ],
      [
        (l) => (l['area'] = { prefecture: '北海道', municipality: '札幌市中央区' }),
        'area.municipality',
        '"札幌市中央区" is not a municipality of "北海道" (did you mean "札幌市 中央区"?)',
      ],
    ];
    for (const [change, field, reason] of cases) {
      const error = await loadError({ listings: withListing(0, change) });
      expectAt(error, 'listings.jsonl', 1, field);
      expect(error.reason).toBe(reason);
    }
  });

  it('an unknown job type id', async () => {
    const error = await loadError({
      listings: withListing(2, (listing) => (listing['jobTypeIds'] = ['convenience', 'cafee'])),
    });
    expectAt(error, 'listings.jsonl', 3, 'jobTypeIds[1]');
    expect(error.message).toBe(
      `${join(dir, 'listings.jsonl')}:3: field "jobTypeIds[1]": unknown job type id "cafee"`,
    );
  });

  it('an unknown condition id', async () => {
    const error = await loadError({
      listings: withListing(1, (listing) => (listing['conditionIds'] = ['night'])),
    });
    expectAt(error, 'listings.jsonl', 2, 'conditionIds[0]');
    expect(error.reason).toBe('unknown condition id "night"');
  });

  it('a duplicate id in each file', async () => {
    let error = await loadError({ jobTypes: jsonArray([...JOB_TYPES, { id: 'cafe', name: '喫茶店' }]) });
    expectAt(error, 'job-types.json', 5, 'id');
    expect(error.reason).toBe('duplicate job type id "cafe" (first on line 2)');

    error = await loadError({ conditions: jsonArray([...CONDITIONS, CONDITIONS[1]]) });
    expectAt(error, 'conditions.json', 4, 'id');
    expect(error.reason).toBe('duplicate condition id "short-term" (first on line 3)');

    error = await loadError({ listings: jsonLines([...LISTINGS, LISTINGS[0]]) });
    expectAt(error, 'listings.jsonl', 4, 'id');
    expect(error.reason).toBe('duplicate listing id "L1" (first on line 1)');

    error = await loadError({ areas: jsonArray([...AREAS, AREAS[0]]) });
    expectAt(error, 'areas.json', 4, 'name');
  });

  it('broken UTF-8', async () => {
    const lines = jsonLines(LISTINGS).split('\n');
    const listings = Buffer.concat([
      Buffer.from(`${lines[0]}\n${lines[1]}\n`),
      Buffer.from('{"id":"L9","title":"'),
      Buffer.from([0xff, 0xfe]),
      Buffer.from('"}\n'),
    ]);
    let error = await loadError({ listings });
    expectAt(error, 'listings.jsonl', 3, undefined);
    expect(error.reason).toBe('invalid UTF-8 at byte 21 of the line');

    const jobTypes = Buffer.concat([
      Buffer.from('[\n  {"id": "cafe", "name": "カフェ"},\n  {"id": "bar", "name": "'),
      Buffer.from([0xe3, 0x81]), // a three-byte character cut after two bytes
      Buffer.from('"}\n]\n'),
    ]);
    error = await loadError({ jobTypes });
    expectAt(error, 'job-types.json', 3, undefined);
    expect(error.reason).toMatch(/^invalid UTF-8/);
  });

  it('a truncated JSON Lines record', async () => {
    const [first, second, third] = LISTINGS.map((listing) => JSON.stringify(listing));
    const cut = (text = ''): string => text.slice(0, text.length >> 1);

    let error = await loadError({ listings: `${first}\n${cut(second)}\n${third}\n` });
    expectAt(error, 'listings.jsonl', 2, undefined);
    expect(error.reason).toMatch(/^invalid JSON at column \d+: /);

    error = await loadError({ listings: `${first}\n${second}\n${cut(third)}` });
    expectAt(error, 'listings.jsonl', 3, undefined);
    expect(error.reason).toMatch(/^truncated last line \(no line break at the end\): invalid JSON/);

    error = await loadError({ listings: `${first}\n"just a string"\n` });
    expectAt(error, 'listings.jsonl', 2, undefined);
    expect(error.reason).toBe('expected a JSON object, got a string');
  });

  it('invalid JSON in job-types.json reports the line of the error', async () => {
    const missingComma =
      '[\n  {"id": "cafe", "name": "カフェ"},\n  {"id": "bar", "name": "バー"}\n  {"id": "x", "name": "X"}\n]\n';
    let error = await loadError({ jobTypes: missingComma });
    expectAt(error, 'job-types.json', 4, undefined);
    expect(error.reason).toBe("invalid JSON: expected ',' or ']' after an array element");

    const trailingComma = '[\n  {"id": "cafe",\n   "name": "カフェ",\n  }\n]\n';
    error = await loadError({ jobTypes: trailingComma });
    expectAt(error, 'job-types.json', 4, undefined);
    expect(error.reason).toBe('invalid JSON: expected a property name in double quotes');

    error = await loadError({ jobTypes: '[\n  {"id": "cafe", "name": "カフェ"}\n' });
    expectAt(error, 'job-types.json', 3, undefined);
    expect(error.reason).toMatch(/unexpected end of input/);

    error = await loadError({ jobTypes: '{"id": "cafe"}\n' });
    expectAt(error, 'job-types.json', 1, undefined);
    expect(error.reason).toMatch(/expected the file to hold a JSON array/);
  });

  it('a missing file names the file', async () => {
    await writeCatalog();
    await rm(join(dir, 'conditions.json'));
    await expect(loadCatalog(dir)).rejects.toMatchObject({
      name: 'ImportError',
      file: join(dir, 'conditions.json'),
      line: undefined,
      message: expect.stringContaining('cannot read file'),
    });
  });
});
