import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Redis } from 'ioredis';
import {
  createRedisClient,
  RedisSessionStore,
  SessionStoreUnavailableError,
  type RedisClientLogEntry,
} from '../../src/session';
import { describeIf, redisServerMissingReason } from './redis-available';
import { freePort, RedisServerProcess } from './redis-server-process';
import { eventually, readyClient } from './redis-test-utils';

const PASSWORD = 'p@ss:w/rd%';
const IN_URL = encodeURIComponent(PASSWORD);

function opensslMissingReason(): string | null {
  return spawnSync('openssl', ['version']).status === 0 ? null : 'openssl is not installed';
}

describeIf(
  redisServerMissingReason() ?? opensslMissingReason(),
  'createRedisClient with a password and TLS',
  () => {
    let server: RedisServerProcess;
    let dir: string;
    let cert: Buffer;
    let plainPort: number;
    let tlsPort: number;
    const clients: Redis[] = [];

    beforeAll(async () => {
      dir = mkdtempSync(path.join(tmpdir(), 'soudan-redis-tls-'));
      const keyFile = path.join(dir, 'key.pem');
      const certFile = path.join(dir, 'cert.pem');
      const made = spawnSync('openssl', [
        ...['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '1', '-subj', '/CN=localhost'],
        ...['-addext', 'subjectAltName=IP:127.0.0.1', '-keyout', keyFile, '-out', certFile],
      ]);
      if (made.status !== 0) throw new Error(`openssl failed: ${made.stderr.toString()}`);
      cert = readFileSync(certFile);
      plainPort = await freePort();
      tlsPort = await freePort();
      server = new RedisServerProcess(plainPort, [
        ...['--requirepass', PASSWORD, '--tls-port', String(tlsPort)],
        ...['--tls-cert-file', certFile, '--tls-key-file', keyFile, '--tls-auth-clients', 'no'],
      ]);
      await server.start();
    });
    afterEach(() => {
      for (const client of clients.splice(0)) if (client.status !== 'end') client.disconnect();
    });
    afterAll(async () => {
      await server.stop();
      rmSync(dir, { recursive: true, force: true });
    });

    it('authenticates with a percent-encoded password from a redis:// URL', async () => {
      const client = await readyClient(`redis://:${IN_URL}@127.0.0.1:${plainPort}`);
      clients.push(client);
      const store = new RedisSessionStore(client);
      expect(await store.compareAndSet('soudan:itest:web:auth', 0, 'x', 60)).toBe(1);
      await store.close();
    });

    it('speaks TLS for rediss:// with the CA it is given', async () => {
      const client = createRedisClient(`rediss://default:${IN_URL}@127.0.0.1:${tlsPort}`, {
        tls: { ca: cert },
        log: () => undefined,
      });
      clients.push(client);
      const store = new RedisSessionStore(client);
      await eventually(() => store.ping());
      expect(await store.compareAndSet('soudan:itest:web:tls', 0, 'x', 60)).toBe(1);
      expect(await client.call('CLIENT', 'INFO')).toMatch(/name=soudan/);
      await store.close();
    });

    it('with a wrong password: keeps failing politely, logging instead of crashing', async () => {
      const logged: RedisClientLogEntry[] = [];
      const client = createRedisClient(`redis://:wrong@127.0.0.1:${plainPort}`, {
        log: (entry) => logged.push(entry),
      });
      clients.push(client);
      const store = new RedisSessionStore(client);
      await eventually(async () => {
        if (!logged.some((e) => /WRONGPASS|NOAUTH/.test(e.error?.message ?? ''))) throw new Error('not yet');
      });
      await expect(store.ping()).rejects.toThrow(SessionStoreUnavailableError);
      await expect(store.get('soudan:itest:web:auth')).rejects.toThrow(SessionStoreUnavailableError);
    });
  },
);
