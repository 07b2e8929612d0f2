import { execFile, execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { load } from 'js-yaml';

const ROOT = join(__dirname, '../..');
const SCRIPT = join(ROOT, 'scripts/check-dependencies.js');
const run = promisify(execFile);

interface TreeNode {
  version?: string;
  dependencies?: Record<string, TreeNode>;
  problems?: string[];
}

async function check(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, [SCRIPT, ...args], { cwd: ROOT });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

describe('scripts/check-dependencies.js (offline dependency check)', () => {
  let dir: string;
  let installed: TreeNode;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'soudan-deps-'));
    // The real installed tree, as CI has it after `npm ci`; the fixtures below are edits of it.
    const stdout = execFileSync('npm', ['ls', '--all', '--json'], { cwd: ROOT, encoding: 'utf8' });
    installed = JSON.parse(stdout) as TreeNode;
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  /** Writes a copy of the installed tree changed by `edit` and checks it. */
  async function checkEdited(edit: (tree: TreeNode) => void) {
    const tree = structuredClone(installed);
    edit(tree);
    const file = join(dir, `tree-${Math.random().toString(36).slice(2)}.json`);
    writeFileSync(file, JSON.stringify(tree));
    return check(['--tree', file]);
  }
  const top = (tree: TreeNode, name: string): TreeNode => tree.dependencies![name]!;

  it('passes on the installed tree: each platform SDK once, in its reviewed version, nothing in a bad range', async () => {
    const result = await check([]);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^sdk {3}botbuilder {17}4\.23\.3 \(reviewed 4\.23\.3\)$/m);
    expect(result.stdout).toMatch(/^sdk {3}@line\/bot-sdk {14}11\.0\.0 /m);
    expect(result.stdout).toMatch(/^range ask-sdk-express-adapter {4}not installed$/m);
    expect(result.stdout).toMatch(/^ok: \d+ rules, no problem found/m);
  });

  it('fails on a second copy of a platform SDK, naming both versions', async () => {
    const result = await checkEdited((tree) => {
      top(tree, 'botbuilder').dependencies!['botframework-connector'] = {
        version: '4.22.1',
        dependencies: {},
      };
    });
    expect(result.code).toBe(1);
    expect(result.stdout).toContain(
      'botframework-connector: 2 versions installed (4.23.3, 4.22.1): one copy expected',
    );
  });

  it('fails on an SDK version nobody reviewed', async () => {
    const result = await checkEdited((tree) => {
      top(tree, '@line/bot-sdk').version = '11.0.1';
    });
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('@line/bot-sdk: 11.0.1 installed, 11.0.0 reviewed');
  });

  it('fails when the Alexa adapter with the certificate-URL flaw comes back, even as a transitive dependency', async () => {
    const result = await checkEdited((tree) => {
      top(tree, 'ask-sdk-core').dependencies!['ask-sdk-express-adapter'] = { version: '2.14.0' };
    });
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(
      /ask-sdk-express-adapter@2\.14\.0 \(ask-sdk-core@2\.14\.0 > ask-sdk-express-adapter@2\.14\.0\): issue 15 finding 1/,
    );
  });

  it('fails on a token library in a range with an advisory, and names where it comes from', async () => {
    const result = await checkEdited((tree) => {
      top(tree, 'botbuilder').dependencies!.jsonwebtoken = {
        version: '8.5.1',
        dependencies: { jws: { version: '3.2.2' } },
      };
    });
    expect(result.code).toBe(1);
    expect(result.stdout).toContain(
      'jws@3.2.2 (botbuilder@4.23.3 > jsonwebtoken@8.5.1 > jws@3.2.2): CVE-2025-65945',
    );
    expect(result.stdout).toContain(
      'jsonwebtoken@8.5.1 (botbuilder@4.23.3 > jsonwebtoken@8.5.1): CVE-2022-23539',
    );
    expect(result.stdout).toMatch(/^range jws {24}4\.0\.1, 3\.2\.2 {2}KNOWN BAD$/m);
  });

  it('fails when the tree is not the lock file’s (missing or invalid), and only notes extraneous packages', async () => {
    const missing = await checkEdited((tree) => {
      tree.problems = ['missing: zod@^4.6.7, required by soudan@0.1.0'];
    });
    expect(missing.code).toBe(1);
    expect(missing.stdout).toContain('npm ls: missing: zod@^4.6.7, required by soudan@0.1.0');
    const extraneous = await checkEdited((tree) => {
      tree.problems = ['extraneous: left-pad@1.3.0 /app/node_modules/left-pad'];
    });
    expect(extraneous.code).toBe(0);
    expect(extraneous.stdout).toContain('note  npm ls: extraneous: left-pad@1.3.0');
  });

  it('exits 2 on a wrong command line or a tree it cannot read', async () => {
    expect((await check(['--tree'])).code).toBe(2);
    expect((await check(['--frobnicate'])).code).toBe(2);
    expect((await check(['--tree', join(dir, 'absent.json')])).code).toBe(2);
  });
});

describe('.github/dependabot.yml', () => {
  interface Update {
    'package-ecosystem': string;
    directory: string;
    schedule: { interval: string };
    ignore?: { 'dependency-name': string; versions?: string[] }[];
  }
  const config = load(readFileSync(join(ROOT, '.github/dependabot.yml'), 'utf8')) as {
    version: number;
    updates: Update[];
  };

  it('watches npm, the Dockerfile base images and the Terraform provider every week', () => {
    expect(config.version).toBe(2);
    expect(config.updates.map((u) => [u['package-ecosystem'], u.directory, u.schedule.interval])).toEqual([
      ['npm', '/', 'weekly'],
      ['docker', '/', 'weekly'],
      ['terraform', '/infra/terraform', 'weekly'],
    ]);
  });

  it('holds @line/bot-sdk at the last version that runs on Node 20', () => {
    const npm = config.updates.find((u) => u['package-ecosystem'] === 'npm')!;
    expect(npm.ignore).toContainEqual({ 'dependency-name': '@line/bot-sdk', versions: ['>=11.0.1'] });
  });
});
