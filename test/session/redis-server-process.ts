import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import net from 'node:net';
import { eventually } from './redis-test-utils';

/** A port nothing listens on right now (the OS picks it). */
export async function freePort(): Promise<number> {
  const server = net.createServer();
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const address = server.address();
  server.close();
  await once(server, 'close');
  if (address === null || typeof address === 'string') throw new Error('no TCP address');
  return address.port;
}

/** Sends one PING over a raw socket; any reply (+PONG, or -NOAUTH with a password set) means it is serving. */
function pingOnce(port: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const socket = net.connect({ host: '127.0.0.1', port });
    socket.setTimeout(1000, () => socket.destroy(new Error('PING timed out')));
    socket.once('error', reject);
    socket.once('connect', () => socket.write('PING\r\n'));
    socket.once('data', (data) => {
      socket.destroy();
      if (/^[+-]/.test(data.toString())) resolve();
      else reject(new Error(`unexpected reply ${data.toString()}`));
    });
  });
}

/** A throwaway redis-server without persistence; start/stop can be repeated on the same port. */
export class RedisServerProcess {
  private child: ChildProcess | null = null;
  private output = '';

  /** `port` is plain TCP (used for the readiness check); `extraArgs` go to redis-server as they are. */
  constructor(
    readonly port: number,
    private readonly extraArgs: readonly string[] = [],
  ) {}

  get url(): string {
    return `redis://127.0.0.1:${this.port}`;
  }

  async start(): Promise<void> {
    if (this.child !== null) throw new Error('redis-server already running');
    const args = ['--port', String(this.port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'];
    args.push(...this.extraArgs);
    const child = spawn('redis-server', args, { stdio: ['ignore', 'pipe', 'pipe'] });
    this.child = child;
    this.output = '';
    const collect = (chunk: Buffer): void => {
      this.output = (this.output + chunk.toString()).slice(-4000);
    };
    child.stdout?.on('data', collect);
    child.stderr?.on('data', collect);
    child.once('exit', () => {
      if (this.child === child) this.child = null;
    });
    try {
      await eventually(
        async () => {
          if (this.child !== child) throw new Error(`redis-server exited early:\n${this.output}`);
          await pingOnce(this.port);
        },
        10_000,
        50,
      );
    } catch (error) {
      await this.stop();
      throw error;
    }
  }

  /** SIGKILL, as a crash would; resolves once the process is gone. */
  async stop(): Promise<void> {
    const child = this.child;
    if (child === null) return;
    this.child = null;
    if (child.exitCode === null && child.signalCode === null) {
      const exited = once(child, 'exit');
      child.kill('SIGKILL');
      await exited;
    }
  }
}
