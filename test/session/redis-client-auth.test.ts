import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Redis } from 'ioredis';
import { loadConfig } from '../../src/config';
import { createLogger } from '../../src/logging';
import { createSessionStore, RedisCaError } from '../../src/server';
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
    let certFile: string;
    let plainPort: number;
    let tlsPort: number;
    const clients: Redis[] = [];

    beforeAll(async () => {
      dir = mkdtempSync(path.join(tmpdir(), 'soudan-redis-tls-'));
      const keyFile = path.join(dir, 'key.pem');
      certFile = path.join(dir, 'cert.pem');
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

    it('takes the server CA from REDIS_TLS_CA_FILE, as Memorystore with in-transit encryption needs', async () => {
      const config = loadConfig({
        LOG_LEVEL: 'silent',
        REDIS_URL: `rediss://:${IN_URL}@127.0.0.1:${tlsPort}`,
        REDIS_TLS_CA_FILE: certFile,
      });
      const created = createSessionStore(config, createLogger({ level: 'silent' }));
      try {
        expect(await created.firstContact(5000)).toBe(true);
        expect(await created.store.compareAndSet('soudan:itest:web:ca-file', 0, 'x', 60)).toBe(1);
      } finally {
        await created.store.close();
      }
    });

    it("without that CA, refuses the server's certificate and logs why instead of crashing", async () => {
      const lines: Record<string, unknown>[] = [];
      const logger = createLogger({ level: 'info', write: (line) => lines.push(JSON.parse(line)) });
      const config = loadConfig({ REDIS_URL: `rediss://:${IN_URL}@127.0.0.1:${tlsPort}` });
      const created = createSessionStore(config, logger);
      try {
        expect(await created.firstContact(1000)).toBe(false);
        await expect(created.store.ping()).rejects.toThrow(SessionStoreUnavailableError);
        await eventually(async () => {
          const warned = lines.find((l) => l.message === 'Redis connection error');
          if (warned === undefined) throw new Error('not logged yet');
          expect(JSON.stringify(warned)).toMatch(/certificate/i);
          expect(JSON.stringify(warned)).not.toContain(IN_URL);
        });
      } finally {
        await created.store.close();
      }
    });

    it('refuses to start on a CA file that is missing or holds no certificate', () => {
      const env = { REDIS_URL: `rediss://127.0.0.1:${tlsPort}` };
      const logger = createLogger({ level: 'silent' });
      expect(() =>
        createSessionStore(loadConfig({ ...env, REDIS_TLS_CA_FILE: path.join(dir, 'absent.pem') }), logger),
      ).toThrow(RedisCaError);
      expect(() =>
        createSessionStore(loadConfig({ ...env, REDIS_TLS_CA_FILE: path.join(dir, 'key.pem') }), logger),
      ).toThrow(/holds no PEM certificate/);
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
