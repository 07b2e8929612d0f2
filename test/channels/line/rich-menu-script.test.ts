import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { FakeLineApi } from './fake-line-api';

const SCRIPT = join(__dirname, '../../../skills/line/register-rich-menu.js');
const run = promisify(execFile);

describe('skills/line: the rich menu and its registration script', () => {
  let api: FakeLineApi;
  beforeAll(async () => {
    api = await new FakeLineApi().start();
  });
  afterAll(() => api.stop());

  it('defines two areas (start over, help) whose postbacks the dialogue understands, on a 2500x843 image', () => {
    const menu = JSON.parse(readFileSync(join(__dirname, '../../../skills/line/rich-menu.json'), 'utf8'));
    expect(menu.areas.map((a: { action: { data: string } }) => a.action.data)).toEqual([
      'cmd:restart',
      'cmd:help',
    ]);
    const png = readFileSync(join(__dirname, '../../../skills/line/rich-menu.png'));
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([menu.size.width, menu.size.height]);
    expect(png.length).toBeLessThan(1024 * 1024);
  });

  it('validates, creates, uploads the image, sets the default and removes the older soudan menu', async () => {
    const env = { ...process.env, LINE_CHANNEL_ACCESS_TOKEN: 'tok', LINE_API_BASE_URL: api.url };
    await run(process.execPath, [SCRIPT], { env });
    const { stdout } = await run(process.execPath, [SCRIPT], { env });
    expect(stdout).toContain('rich menu richmenu-2 is now the default (1 older soudan menu(s) removed)');
    const second = api.calls.slice(
      api.calls.findIndex((c) => c.path === '/v2/bot/richmenu' && c.method === 'POST') + 1,
    );
    expect(second.map((c) => `${c.method} ${c.path}`)).toEqual([
      'POST /v2/bot/richmenu/richmenu-1/content',
      'POST /v2/bot/user/all/richmenu/richmenu-1',
      'POST /v2/bot/richmenu/validate',
      'GET /v2/bot/richmenu/list',
      'POST /v2/bot/richmenu',
      'POST /v2/bot/richmenu/richmenu-2/content',
      'POST /v2/bot/user/all/richmenu/richmenu-2',
      'DELETE /v2/bot/richmenu/richmenu-1',
    ]);
    const upload = api.calls.find((c) => c.path === '/v2/bot/richmenu/richmenu-2/content')!;
    expect(upload.contentType).toBe('image/png');
    expect(upload.authorization).toBe('Bearer tok');
  });

  it('refuses to run without a channel access token', async () => {
    const env = { ...process.env, LINE_CHANNEL_ACCESS_TOKEN: '' };
    await expect(run(process.execPath, [SCRIPT], { env })).rejects.toMatchObject({ code: 2 });
  });
});
