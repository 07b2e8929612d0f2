import { spawnSync } from 'node:child_process';

/**
 * Gate for suites that need a real Redis. Jest collects tests synchronously, so the probe runs synchronously
 * too (in a child process). No Redis: skip with a visible notice, except under CI=true, where the suite fails.
 */
export const REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';

const PROBE = `
const Redis = require(process.argv[1]);
const client = new Redis(process.argv[2], {
  lazyConnect: true, connectTimeout: 1500, commandTimeout: 1500, maxRetriesPerRequest: 0,
  enableOfflineQueue: false, retryStrategy: () => null,
});
let socketError = null;
client.on('error', (e) => { socketError = socketError || e; });
client.connect().then(() => client.ping()).then(
  () => { client.disconnect(); process.exit(0); },
  (e) => { process.stderr.write(String((socketError || e).message)); process.exit(1); },
);`;

const probes = new Map<string, string | null>();

/** null when Redis at `url` answered PING, otherwise why not. */
function redisUnavailableReason(url: string = REDIS_URL): string | null {
  const cached = probes.get(url);
  if (cached !== undefined) return cached;
  const result = spawnSync(process.execPath, ['-e', PROBE, require.resolve('ioredis'), url], {
    timeout: 5000,
    encoding: 'utf8',
  });
  const reason = result.status === 0 ? null : result.stderr.trim() || result.error?.message || 'no answer';
  probes.set(url, reason);
  return reason;
}

/** Whether `redis-server` can be started (for suites that run throwaway servers). */
export function redisServerMissingReason(): string | null {
  const result = spawnSync('redis-server', ['--version'], { encoding: 'utf8', timeout: 5000 });
  return result.status === 0 ? null : 'redis-server is not installed';
}

/** describe() when `reason` is null; otherwise a loud skip, or a failing test under CI=true. */
export function describeIf(reason: string | null, name: string, body: () => void): void {
  if (reason === null) {
    describe(name, body);
  } else if (process.env.CI === 'true') {
    describe(name, () => {
      it('needs Redis (CI=true, so this is a failure, not a skip)', () => {
        throw new Error(`${name}: ${reason}`);
      });
    });
  } else {
    console.warn(`NOTICE: skipping "${name}" (${reason}). Set REDIS_URL or start Redis to run it.`);
    describe.skip(name, body);
  }
}

/** describe() for suites that use the Redis at REDIS_URL. */
export function describeWithRedis(name: string, body: () => void): void {
  describeIf(redisUnavailableReason(), name, body);
}
