import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { inflateRawSync } from 'node:zlib';

const SKILL = join(__dirname, '../../../skills/teams');
const run = promisify(execFile);

/** The entries of a zip, read from its central directory. */
function unzip(zip: Buffer): Map<string, Buffer> {
  const end = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  const count = zip.readUInt16LE(end + 10);
  let at = zip.readUInt32LE(end + 16);
  const entries = new Map<string, Buffer>();
  for (let i = 0; i < count; i++) {
    const method = zip.readUInt16LE(at + 10);
    const packedSize = zip.readUInt32LE(at + 20);
    const nameLength = zip.readUInt16LE(at + 28);
    const extra = zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32);
    const local = zip.readUInt32LE(at + 42);
    const name = zip.toString('utf8', at + 46, at + 46 + nameLength);
    const dataStart = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
    const packed = zip.subarray(dataStart, dataStart + packedSize);
    entries.set(name, method === 8 ? inflateRawSync(packed) : packed);
    at += 46 + nameLength + extra;
  }
  return entries;
}

const size = (png: Buffer) => [png.readUInt32BE(16), png.readUInt32BE(20), png[25]];

describe('skills/teams: the app package', () => {
  const dir = mkdtempSync(join(tmpdir(), 'soudan-teams-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('zips a filled-in manifest (current schema, bot in personal, group and team scopes) with both icons', async () => {
    const out = join(dir, 'app.zip');
    const env = {
      ...process.env,
      MICROSOFT_APP_ID: '11111111-2222-3333-4444-555555555555',
      PUBLIC_BASE_URL: 'https://soudan.example.jp',
    };
    await run(process.execPath, [join(SKILL, 'build-app-package.js'), out], { env });
    const entries = unzip(readFileSync(out));
    expect([...entries.keys()]).toEqual(['manifest.json', 'color.png', 'outline.png']);
    const manifest = JSON.parse(entries.get('manifest.json')!.toString('utf8'));
    expect(manifest.$schema).toBe(
      'https://developer.microsoft.com/json-schemas/teams/v1.22/MicrosoftTeams.schema.json',
    );
    expect(manifest.manifestVersion).toBe('1.22');
    expect(manifest.id).toBe('11111111-2222-3333-4444-555555555555');
    expect(manifest.bots[0]).toMatchObject({
      botId: '11111111-2222-3333-4444-555555555555',
      scopes: ['personal', 'groupChat', 'team'],
    });
    expect(manifest.validDomains).toEqual(['soudan.example.jp']);
    expect(JSON.stringify(manifest)).not.toContain('${{');
    expect(manifest.name.short.length).toBeLessThanOrEqual(30);
    expect(manifest.description.short.length).toBeLessThanOrEqual(80);
    expect(manifest.description.full.length).toBeLessThanOrEqual(4000);
    // color: 192x192; outline: 32x32 with an alpha channel (PNG colour type 6), as Teams asks.
    expect(size(entries.get('color.png')!).slice(0, 2)).toEqual([192, 192]);
    expect(size(entries.get('outline.png')!)).toEqual([32, 32, 6]);
  });

  it('refuses to build without a GUID app id or an https base URL', async () => {
    const script = join(SKILL, 'build-app-package.js');
    const out = join(dir, 'bad.zip');
    const bad = [
      { MICROSOFT_APP_ID: 'not-a-guid', PUBLIC_BASE_URL: 'https://soudan.example.jp' },
      {
        MICROSOFT_APP_ID: '11111111-2222-3333-4444-555555555555',
        PUBLIC_BASE_URL: 'http://soudan.example.jp',
      },
    ];
    for (const vars of bad) {
      await expect(
        run(process.execPath, [script, out], { env: { ...process.env, ...vars } }),
      ).rejects.toMatchObject({
        code: 2,
      });
    }
  });
});
