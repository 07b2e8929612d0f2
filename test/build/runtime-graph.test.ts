import { spawnSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const ROOT = path.join(__dirname, '../..');
const PACKAGE = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as {
  devDependencies: Record<string, string>;
};

/** Test helpers: what only tests import. None of it may be compiled into dist/ or the image. */
const TEST_ONLY = [/(^|\/)testing\//u, /\.test\.(js|d\.ts|js\.map)$/u, /(^|\/)sample\/test-fixtures\./u];
const isTestOnly = (relative: string): boolean => TEST_ONLY.some((pattern) => pattern.test(relative));

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .map((entry) => entry.split(path.sep).join('/'))
    .filter((entry) => statSync(path.join(dir, entry)).isFile());
}

/**
 * Every module a compiled entry point can reach through `require("…")` (the lazy ones included: a benchmark
 * must not load a test helper either), and the packages named on the way.
 */
function requireGraph(dist: string, entry: string): { files: string[]; packages: Set<string> } {
  const seen = new Set<string>();
  const packages = new Set<string>();
  const visit = (file: string): void => {
    if (seen.has(file)) return;
    seen.add(file);
    for (const match of readFileSync(file, 'utf8').matchAll(/\brequire\((["'])([^"']+)\1\)/gu)) {
      const specifier = match[2]!;
      if (!specifier.startsWith('.')) {
        const parts = specifier.split('/');
        packages.add(specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0]!);
        continue;
      }
      const base = path.resolve(path.dirname(file), specifier);
      const target = [base, `${base}.js`, path.join(base, 'index.js')].find(
        (candidate) => existsSync(candidate) && statSync(candidate).isFile(),
      );
      if (target === undefined) throw new Error(`${file}: cannot resolve require("${specifier}")`);
      visit(target);
    }
  };
  visit(path.join(dist, entry));
  return { files: [...seen].map((f) => path.relative(dist, f).split(path.sep).join('/')), packages };
}

describe('the build (tsconfig.build.json, what the Dockerfile compiles into the image)', () => {
  let dist: string;

  beforeAll(() => {
    // A fresh output directory: dist/ in the checkout may hold files an earlier configuration compiled.
    dist = mkdtempSync(path.join(tmpdir(), 'soudan-dist-'));
    const tsc = spawnSync(
      process.execPath,
      [
        require.resolve('typescript/bin/tsc'),
        '-p',
        'tsconfig.build.json',
        '--outDir',
        dist,
        '--sourceMap',
        'false',
      ],
      { cwd: ROOT, encoding: 'utf8', timeout: 240_000 },
    );
    if (tsc.status !== 0) throw new Error(`tsc failed:\n${tsc.stdout}${tsc.stderr}`);
  }, 300_000);

  afterAll(() => rmSync(dist, { recursive: true, force: true }));

  it('holds no test or test helper', () => {
    const files = filesUnder(dist);
    expect(files).toContain('cli/main.js');
    expect(files).toContain('server/main.js');
    expect(files.filter(isTestOnly)).toEqual([]);
  });

  it.each(['cli/main.js', 'server/main.js'])(
    '%s reaches every module it requires, none of them a test helper',
    (entry) => {
      const { files } = requireGraph(dist, entry);
      expect(files.length).toBeGreaterThan(50);
      expect(files.filter(isTestOnly)).toEqual([]);
    },
  );

  it('the server needs no development dependency', () => {
    const { packages } = requireGraph(dist, 'server/main.js');
    expect([...packages].filter((name) => name in PACKAGE.devDependencies)).toEqual([]);
  });

  it('the sources do hold test helpers, so the build configuration is what keeps them out', () => {
    const sources = filesUnder(path.join(ROOT, 'src')).filter((f) => !f.endsWith('.test.ts'));
    expect(sources.filter(isTestOnly).length).toBeGreaterThan(5);
  });

  it('the graph walk finds a test helper that a runtime module requires', () => {
    const fixture = mkdtempSync(path.join(tmpdir(), 'soudan-graph-'));
    try {
      mkdirSync(path.join(fixture, 'engine/testing'), { recursive: true });
      writeFileSync(path.join(fixture, 'main.js'), 'require("./engine");\n');
      writeFileSync(path.join(fixture, 'engine/index.js'), 'const t = require("./testing/tiny");\n');
      writeFileSync(path.join(fixture, 'engine/testing/tiny.js'), 'require("fast-check");\n');
      const { files, packages } = requireGraph(fixture, 'main.js');
      expect(files.filter(isTestOnly)).toEqual(['engine/testing/tiny.js']);
      expect([...packages]).toEqual(['fast-check']);
    } finally {
      rmSync(fixture, { recursive: true, force: true });
    }
  });
});
