import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

const ROOT = path.join(__dirname, '../..');
const DOCKERFILE = readFileSync(path.join(ROOT, 'Dockerfile'), 'utf8');
const DOCKERIGNORE = readFileSync(path.join(ROOT, '.dockerignore'), 'utf8');

interface Instruction {
  keyword: string;
  args: string;
  line: number;
}

/** Instructions of a Dockerfile: comments dropped, backslash continuations joined (heredocs are refused). */
function parseDockerfile(text: string): Instruction[] {
  const instructions: Instruction[] = [];
  let pending: { parts: string[]; line: number } | null = null;
  text.split('\n').forEach((raw, index) => {
    const trimmed = raw.trim();
    // Comment lines end nothing, even inside a continuation (Docker drops them there too).
    if (trimmed.startsWith('#') || (trimmed === '' && pending === null)) return;
    const continues = trimmed.endsWith('\\');
    const part = continues ? trimmed.slice(0, -1).trim() : trimmed;
    pending = pending ?? { parts: [], line: index + 1 };
    pending.parts.push(part);
    if (continues) return;
    const joined = pending.parts.filter((p) => p !== '').join(' ');
    const match = /^(\S+)\s*(.*)$/.exec(joined);
    if (match === null) throw new Error(`Dockerfile line ${pending.line}: cannot parse "${joined}"`);
    if (joined.includes('<<'))
      throw new Error(`Dockerfile line ${pending.line}: heredocs are not parsed here`);
    instructions.push({ keyword: match[1]!.toUpperCase(), args: match[2]!, line: pending.line });
    pending = null;
  });
  if (pending !== null) throw new Error('Dockerfile ends inside a line continuation');
  return instructions;
}

/** FROM splits the file into stages; the first instruction that is not ARG must be a FROM. */
function stages(instructions: Instruction[]): Instruction[][] {
  const result: Instruction[][] = [];
  for (const instruction of instructions) {
    if (instruction.keyword === 'FROM') result.push([instruction]);
    else if (result.length > 0) result[result.length - 1]!.push(instruction);
    else if (instruction.keyword !== 'ARG')
      throw new Error(`line ${instruction.line}: before the first FROM`);
  }
  return result;
}

/** `FROM [--platform=x] image [AS name]` -> the image reference. */
const fromImage = (from: Instruction): string =>
  from.args.split(/\s+/).filter((w) => !w.startsWith('--'))[0]!;

/** `KEY=value KEY2="v 2"` or the old `KEY value` form -> [key, value] pairs. */
function assignments(args: string): [string, string][] {
  const pairs = [...args.matchAll(/([A-Za-z_][A-Za-z0-9_]*)=("[^"]*"|'[^']*'|\S*)/g)].map(
    (m): [string, string] => [m[1]!, m[2]!.replace(/^["']|["']$/g, '')],
  );
  if (pairs.length > 0) return pairs;
  const [key, ...rest] = args.split(/\s+/);
  return [[key!, rest.join(' ')]];
}

/** .dockerignore as Docker reads it: later lines win, `!` re-includes, a directory excludes its contents. */
function dockerignored(patterns: string[], file: string): boolean {
  const toRegExp = (pattern: string): RegExp => {
    const body = pattern
      .replace(/^\/+|\/+$/g, '')
      .split(/(\*\*\/|\*\*|\*|\?)/)
      .map((part) => {
        if (part === '**/') return '(?:.*/)?';
        if (part === '**') return '.*';
        if (part === '*') return '[^/]*';
        if (part === '?') return '[^/]';
        return part.replace(/[.+^${}()|[\]\\]/g, '\\$&');
      })
      .join('');
    return new RegExp(`^${body}$`);
  };
  const prefixes = file.split('/').map((_, i, parts) => parts.slice(0, i + 1).join('/'));
  let excluded = false;
  for (const pattern of patterns) {
    const negated = pattern.startsWith('!');
    const regExp = toRegExp(negated ? pattern.slice(1) : pattern);
    if (prefixes.some((p) => regExp.test(p))) excluded = !negated;
  }
  return excluded;
}

const INSTRUCTIONS = parseDockerfile(DOCKERFILE);
const STAGES = stages(INSTRUCTIONS);
const FINAL = STAGES[STAGES.length - 1]!;
const IGNORE_PATTERNS = DOCKERIGNORE.split('\n')
  .map((l) => l.trim())
  .filter((l) => l !== '' && !l.startsWith('#'));
const SECRET_NAME = /PASSWORD|SECRET|TOKEN|KEY|SALT|CREDENTIAL|REDIS_URL/i;

describe('Dockerfile', () => {
  it('builds in a Node 22 stage and runs in distroless Node 22 as nonroot, every base pinned by digest', () => {
    expect(STAGES.length).toBeGreaterThanOrEqual(2);
    for (const stage of STAGES) {
      expect(fromImage(stage[0]!)).toMatch(/^[^@\s]+:[^@\s]+@sha256:[0-9a-f]{64}$/);
    }
    expect(fromImage(STAGES[0]![0]!)).toMatch(/^node:22[.\w-]*@sha256:/);
    expect(fromImage(FINAL[0]!)).toMatch(/^gcr\.io\/distroless\/nodejs22-debian12:nonroot@sha256:/);
  });

  it('builds with npm ci, compiles, generates the sample and prunes the dev dependencies', () => {
    const runs = STAGES[0]!.filter((i) => i.keyword === 'RUN').map((i) => i.args);
    expect(runs.join('\n')).toMatch(/npm ci\b/);
    expect(runs.join('\n')).toMatch(/npm run (prepare|build)\b/);
    expect(runs.join('\n')).toMatch(/npm prune --omit=dev\b/);
  });

  it('runs as a non-root user, with no shell step, NODE_ENV=production and both ports exposed', () => {
    const users = FINAL.filter((i) => i.keyword === 'USER').map((i) => i.args.split(':')[0]!.trim());
    expect(users.length).toBeGreaterThan(0);
    expect(['root', '0']).not.toContain(users[users.length - 1]);
    expect(FINAL.filter((i) => i.keyword === 'RUN')).toEqual([]);
    const env = new Map(FINAL.filter((i) => i.keyword === 'ENV').flatMap((i) => assignments(i.args)));
    expect(env.get('NODE_ENV')).toBe('production');
    const exposed = FINAL.filter((i) => i.keyword === 'EXPOSE').flatMap((i) => i.args.split(/\s+/));
    expect(exposed.map((p) => p.replace(/\/tcp$/, ''))).toEqual(expect.arrayContaining(['3000', '9464']));
  });

  it('starts node with the server in exec form (node is PID 1 and gets SIGTERM)', () => {
    const cmds = FINAL.filter((i) => i.keyword === 'CMD');
    expect(cmds).toHaveLength(1);
    expect(JSON.parse(cmds[0]!.args)).toEqual(['dist/server/main.js']);
    for (const entrypoint of INSTRUCTIONS.filter((i) => i.keyword === 'ENTRYPOINT')) {
      expect(entrypoint.args.startsWith('[')).toBe(true);
    }
  });

  it('bakes no secret into ENV or ARG and copies no key, certificate or .env file', () => {
    for (const i of INSTRUCTIONS.filter((x) => x.keyword === 'ENV' || x.keyword === 'ARG')) {
      const carried = assignments(i.args).filter(([key, value]) => SECRET_NAME.test(key) && value !== '');
      expect([i.line, carried]).toEqual([i.line, []]);
    }
    for (const i of INSTRUCTIONS.filter((x) => x.keyword === 'COPY' || x.keyword === 'ADD')) {
      const sources = i.args
        .split(/\s+/)
        .filter((w) => !w.startsWith('--'))
        .slice(0, -1);
      for (const source of sources) expect(source).not.toMatch(/(^|\/)\.env|\.(pem|key|p12)$/);
    }
  });

  it('copies only sources that exist and that .dockerignore lets into the context', () => {
    const copies = INSTRUCTIONS.filter((i) => i.keyword === 'COPY' && !/--from=/.test(i.args));
    expect(copies.length).toBeGreaterThan(0);
    for (const copy of copies) {
      for (const source of copy.args.split(/\s+/).slice(0, -1)) {
        expect([source, existsSync(path.join(ROOT, source)), dockerignored(IGNORE_PATTERNS, source)]).toEqual(
          [source, true, false],
        );
      }
    }
  });

  it('passes dockerfilelint with no issue', () => {
    const lint = spawnSync(
      path.join(ROOT, 'node_modules/.bin/dockerfilelint'),
      ['-o', 'json', 'Dockerfile'],
      {
        cwd: ROOT,
        encoding: 'utf8',
      },
    );
    expect(lint.error).toBeUndefined();
    const report = JSON.parse(lint.stdout) as { totalIssues: number; files: { issues: unknown[] }[] };
    expect(report.files.flatMap((f) => f.issues)).toEqual([]);
    expect(report.totalIssues).toBe(0);
  });
});

describe('.dockerignore', () => {
  it.each([
    'node_modules/express/package.json',
    'dist/server/main.js',
    '.git/HEAD',
    '.env',
    '.env.production',
    'config/.env.local',
    'secrets/tls.pem',
    'deploy/service.key',
    'data/generated/model.json',
    'data/catalog/listings.jsonl',
    'coverage/lcov.info',
    'bench/results/http.json',
    'test/server/app.test.ts',
    'src/server/app.test.ts',
    'infra/k8s/base/deployment.yaml',
    'docs/CONVENTIONS.md',
  ])('keeps %s out of the build context', (file) => {
    expect(dockerignored(IGNORE_PATTERNS, file)).toBe(true);
  });

  it.each([
    'package.json',
    'package-lock.json',
    'tsconfig.json',
    'tsconfig.build.json',
    'src/server/main.ts',
    'bin/soudan.js',
    'locales/ja/messages.json',
    'public/app.js',
    'data/catalog/job-types.json',
    'data/catalog/NOTICE.md',
  ])('lets %s into the build context', (file) => {
    expect(dockerignored(IGNORE_PATTERNS, file)).toBe(false);
  });
});
