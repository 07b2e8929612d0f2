import path from 'node:path';
import { spawnSync } from 'node:child_process';

const ROOT = path.join(__dirname, '../..');
const CORE = ['engine', 'catalog', 'nlu', 'dialogue', 'i18n'];
const EDGES = ['channels', 'server', 'session', 'config', 'cli'];

/**
 * The layering check is eslint's no-restricted-imports for the core folders (eslint.config.mjs), which
 * `npm test` runs through `npm run lint`. This lints sources as if they sat at the given paths, with the
 * project's own configuration, in a child process (eslint loads its configuration by dynamic import, which
 * jest's module sandbox does not run): the rule must fire on the probes, and on nothing else.
 */
function lint(probes: { file: string; source: string }[]): string[][] {
  const script = `
    const { ESLint } = require('eslint');
    const path = require('node:path');
    const probes = JSON.parse(process.argv[1]);
    (async () => {
      const eslint = new ESLint({ cwd: process.cwd() });
      const out = [];
      for (const p of probes) {
        const [r] = await eslint.lintText(p.source, { filePath: path.join(process.cwd(), p.file) });
        out.push(r.messages.filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message));
      }
      process.stdout.write(JSON.stringify(out));
    })().catch((e) => { console.error(e); process.exit(1); });`;
  const run = spawnSync(process.execPath, ['-e', script, JSON.stringify(probes)], {
    cwd: ROOT,
    encoding: 'utf8',
    timeout: 60_000,
  });
  if (run.status !== 0) throw new Error(`eslint failed: ${run.stderr}`);
  return JSON.parse(run.stdout) as string[][];
}

const PAIRS = CORE.flatMap((core) => EDGES.map((edge) => [core, edge] as const));
let results: string[][] = [];

beforeAll(() => {
  results = lint([
    {
      file: 'src/engine/layering-probe.ts',
      source:
        "import { createServingApp } from '../server/serving-app';\nexport const probe = createServingApp;\n",
    },
    {
      file: 'src/dialogue/layering-probe.ts',
      source:
        "import { Engine } from '../engine';\nimport { hashId } from '../logging';\nimport { z } from 'zod';\n" +
        "import { x } from './configuration';\nexport const probe = [Engine, hashId, z, x];\n",
    },
    {
      file: 'src/server/layering-probe.ts',
      source:
        "import { Engine } from '../engine';\nimport { loadConfig } from '../config';\nexport const p = [Engine, loadConfig];\n",
    },
    ...PAIRS.map(([core, edge]) => ({
      file: `src/${core}/deeper/layering-probe.ts`,
      source: `import type { X } from '../../${edge}';\nimport '../../${edge}/y';\nexport type P = X;\n`,
    })),
  ]);
}, 60_000);

describe('the layering check', () => {
  it('fails on an import from src/engine to src/server', () => {
    expect(results[0]).toHaveLength(1);
    expect(results[0]![0]).toContain("'../server/serving-app' import is restricted");
    expect(results[0]![0]).toContain('pure core');
  });

  it.each(PAIRS.map(([core, edge], i) => [core, edge, i + 3] as const))(
    'fails on src/%s importing src/%s, type-only and from deeper folders too',
    (_core, _edge, index) => {
      expect(results[index]).toHaveLength(2);
    },
  );

  it('lets the core import the core, shared helpers and packages, and the edges import the core', () => {
    expect(results[1]).toEqual([]);
    expect(results[2]).toEqual([]);
  });
});
