import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { COMMAND_NAMES } from '../../src/cli/main';

const ROOT = path.join(__dirname, '../..');
const DENY = path.join(__dirname, 'deny-dev-dependencies.js');

/** Runs the built CLI with every development dependency made unresolvable. */
function soudan(...args: string[]) {
  return spawnSync(process.execPath, ['-r', DENY, path.join(ROOT, 'bin/soudan.js'), ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    timeout: 30_000,
  });
}

describe('the CLI without development dependencies (the production image)', () => {
  it('lists its commands', () => {
    const help = soudan('help');
    expect(help.status).toBe(0);
    expect(help.stdout).toContain('soudan train');
  });

  it.each(COMMAND_NAMES.filter((name) => !name.startsWith('bench-') && name !== 'replay'))(
    '%s loads: a wrong option is a usage error, not a missing module',
    (name) => {
      const run = soudan(name, '--no-such-option');
      expect(run.stderr).not.toMatch(/Cannot find module|unexpected failure/u);
      // setup takes no options: it checks the sample is there and exits 0.
      expect(run.status).toBe(name === 'setup' ? 0 : 2);
    },
  );

  it('a benchmark says it needs the development dependencies, in one line', () => {
    const run = soudan('bench-http', '--duration', '1');
    expect(run.status).toBe(1);
    expect(run.stderr.trim()).toBe(
      'soudan bench-http: this command needs the development dependencies (npm install without --omit=dev)',
    );
  });
});
