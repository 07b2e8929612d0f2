import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { join, resolve } from 'node:path';
import { eventually } from '../session/redis-test-utils';

const ROOT = resolve(__dirname, '..', '..');
const MAIN = join(ROOT, 'src', 'server', 'main.ts');
const REGISTER = join(ROOT, 'test', 'support', 'register-ts.js');

export interface ServiceProcessOptions {
  /** The process's open-file limit (`ulimit -n`, soft and hard), as a container runtime would set it. */
  openFiles?: number;
}

/** The container's entry point as a real process: its JSON log lines, its exit. */
export class ServiceProcess {
  readonly lines: Record<string, unknown>[] = [];
  readonly exited: Promise<[number | null, NodeJS.Signals | null]>;
  private readonly child: ChildProcess;

  constructor(env: Record<string, string>, options: ServiceProcessOptions = {}) {
    const node = [process.execPath, '-r', REGISTER, MAIN];
    const [command, ...args] =
      options.openFiles === undefined
        ? node
        : // exec: the shell becomes node, so signals reach the service itself.
          ['/bin/sh', '-c', `ulimit -n ${options.openFiles} && exec "$0" "$@"`, ...node];
    this.child = spawn(command!, args, {
      cwd: ROOT,
      env: { PATH: process.env.PATH ?? '', PORT: '0', METRICS_PORT: '0', CHANNELS: 'none', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let pending = '';
    this.child.stdout!.setEncoding('utf8').on('data', (chunk: string) => {
      pending += chunk;
      const complete = pending.split('\n');
      pending = complete.pop()!;
      for (const line of complete) if (line.trim() !== '') this.lines.push(JSON.parse(line));
    });
    this.exited = once(this.child, 'exit') as Promise<[number | null, NodeJS.Signals | null]>;
  }

  signal(name: NodeJS.Signals): void {
    this.child.kill(name);
  }

  async waitFor(message: string, count = 1): Promise<Record<string, unknown>> {
    await eventually(
      async () => {
        if (this.lines.filter((l) => l.message === message).length < count)
          throw new Error(`no "${message}" yet`);
      },
      20_000,
      50,
    );
    return this.lines.filter((l) => l.message === message)[count - 1]!;
  }
}
