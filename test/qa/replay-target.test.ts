import { once } from 'node:events';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { main } from '../../src/cli/main';
import { loadConfig } from '../../src/config';
import { createLogger } from '../../src/logging';
import { loadScripts, REPLAY_CHANNELS, runReplay } from '../../src/qa';
import { postBody, retryAfterMs } from '../../src/qa/channels/driver';
import { LineApiSink } from '../../src/qa/channels/line-api-sink';
import { createQaLab } from '../../src/qa/qa-lab';
import { remoteTarget } from '../../src/qa/remote-target';
import { startServer, type RunningServer } from '../../src/server';

const QA = path.join(__dirname, '..', '..', 'qa');
const IDS = {
  ALEXA_SKILL_ID: 'amzn1.ask.skill.target-tests',
  GOOGLE_PROJECT_ID: 'soudan-qa-staging',
  MICROSOFT_APP_ID: '00000000-0000-4000-8000-00000000beef',
};
const SECRETS = {
  WEB_QA_TOKEN: 'qa-token-for-target-tests-0123456789',
  LINE_CHANNEL_SECRET: 'line-secret-for-target-tests',
};

async function listen(server: Server): Promise<string> {
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

/**
 * `--target URL` against the service as `npm start` runs it (startServer: a real listening socket) in a QA
 * environment: every platform's signature checked, Alexa, Google and Teams against a QA lab made by
 * `soudan qa-keys` (QA_TRUST_FILE on the service, QA_SIGNING_KEYS for the replay).
 */
describe('soudan replay --target URL, every channel signed', () => {
  let running: RunningServer;
  let sink: LineApiSink;
  let dir: string;
  let env: Record<string, string>;
  let errors: jest.SpyInstance;
  beforeAll(async () => {
    // botbuilder writes refused tokens to console.error; the tests assert the status instead.
    errors = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    dir = await mkdtemp(path.join(tmpdir(), 'soudan-qa-lab-'));
    expect(await main(['qa-keys', '--out', dir, '--days', '2'], () => undefined)).toBe(0);
    sink = await new LineApiSink().start();
    const config = loadConfig({
      NODE_ENV: 'development',
      LOG_LEVEL: 'silent',
      METRICS_PORT: '0',
      LINE_CHANNEL_ACCESS_TOKEN: 'line-token',
      LINE_API_BASE_URL: sink.url,
      MICROSOFT_APP_PASSWORD: 'teams-password-for-target-tests',
      ALEXA_VERIFY_SIGNATURE: 'true',
      QA_TRUST_FILE: path.join(dir, 'qa-trust.json'),
      ...IDS,
      ...SECRETS,
    });
    running = await startServer(config, {
      logger: createLogger({ level: 'silent' }),
      host: '127.0.0.1',
      port: 0,
      metricsPort: 0,
      defaultMetrics: false,
    });
    env = {
      ...IDS,
      ...SECRETS,
      QA_SIGNING_KEYS: await readFile(path.join(dir, 'qa-signing-keys.json'), 'utf8'),
    };
  });
  afterAll(async () => {
    await running.close();
    await sink.stop();
    await rm(dir, { recursive: true, force: true });
    errors.mockRestore();
  });

  it('passes on every channel, checking what each response carries and listing what it could not see', async () => {
    const target = await remoteTarget(`${running.url}/`, env);
    // area-ambiguous and buttons-only press area:… and type:… buttons, which Alexa users say out loud.
    const names = ['area-prefecture', 'undo-button', 'area-ambiguous', 'buttons-only', 'voice-intents'];
    const scripts = await loadScripts(names.map((n) => path.join(QA, `${n}.yaml`)));
    const report = await runReplay(target, scripts, REPLAY_CHANNELS);
    expect(report.results.filter((r) => !r.passed).map((r) => `${r.conversation.file} ${r.channel}`)).toEqual(
      [],
    );
    const unchecked = (channel: string) =>
      report.results
        .filter((r) => r.channel === channel)
        .flatMap((r) => r.steps.flatMap((s) => s.unchecked ?? []));
    expect(unchecked('web')).toEqual([]);
    expect(unchecked('line')).toContain('question');
    expect(unchecked('line')).toContain('text');
    expect(unchecked('google')).toContain('question');
    expect(unchecked('google')).not.toContain('text');
  });

  it.each(['alexa', 'google', 'teams'] as const)(
    'is refused on %s when signed with another lab: the deployment checks the signature',
    async (channel) => {
      const other = createQaLab(1);
      const forged = await remoteTarget(`${running.url}/`, {
        ...env,
        QA_SIGNING_KEYS: JSON.stringify(other.keys),
      });
      const report = await runReplay(forged, await loadScripts([path.join(QA, 'greeting.yaml')]), [channel]);
      const status = { alexa: 400, google: 403, teams: 401 }[channel];
      expect(report.results[0]?.steps[0]?.error).toMatch(new RegExp(`^${channel} answered HTTP ${status}`));
    },
  );

  it('fails a channel whose secret is not in the environment, naming the variable', async () => {
    const target = await remoteTarget(running.url, { ...env, WEB_QA_TOKEN: '', QA_SIGNING_KEYS: '' });
    const greeting = await loadScripts([path.join(QA, 'greeting.yaml')]);
    const report = await runReplay(target, greeting, ['web', 'alexa', 'google', 'teams']);
    expect(report.results.map((r) => r.steps[0]?.error)).toEqual([
      'web against a URL needs WEB_QA_TOKEN in the environment',
      'alexa against a URL needs QA_SIGNING_KEYS in the environment',
      'google against a URL needs QA_SIGNING_KEYS in the environment',
      'teams against a URL needs QA_SIGNING_KEYS in the environment',
    ]);
    await expect(remoteTarget('ftp://example.com', env)).rejects.toThrow('--target must be an http(s) URL');
    await expect(remoteTarget(running.url, { ...env, QA_SIGNING_KEYS: '{"alexa":{}}' })).rejects.toThrow(
      'QA_SIGNING_KEYS: alexa.certChainUrl',
    );
  });

  it('refuses QA_TRUST_FILE in production and without the ids the lab signs for', async () => {
    expect(() =>
      loadConfig({ NODE_ENV: 'production', QA_TRUST_FILE: path.join(dir, 'qa-trust.json') }),
    ).toThrow(/QA_TRUST_FILE: refused in production/);
    const config = loadConfig({ METRICS_PORT: '0', QA_TRUST_FILE: path.join(dir, 'qa-trust.json') });
    await expect(
      startServer(config, { logger: createLogger({ level: 'silent' }), host: '127.0.0.1', port: 0 }),
    ).rejects.toThrow(/ALEXA_SKILL_ID: required with QA_TRUST_FILE/);
    const broken = loadConfig({ METRICS_PORT: '0', QA_TRUST_FILE: path.join(dir, 'qa-signing-keys.json') });
    await expect(
      startServer(broken, { logger: createLogger({ level: 'silent' }), host: '127.0.0.1', port: 0 }),
    ).rejects.toThrow(/QA_TRUST_FILE: .*qa-signing-keys.json: alexa.chain/);
  });
});

describe('Retry-After', () => {
  it('waits as told and sends again after a 429 or a 503', async () => {
    const statuses = [429, 503, 200];
    const seen: string[] = [];
    const server = createServer((req, res) => {
      let body = '';
      req.on('data', (chunk: Buffer) => (body += chunk.toString()));
      req.on('end', () => {
        seen.push(body);
        const status = statuses.shift() ?? 200;
        res.writeHead(status, status === 200 ? {} : { 'Retry-After': status === 429 ? '2' : '0' });
        res.end(status === 200 ? '{"ok":true}' : '{"error":{"code":"rate_limited","message":"slow down"}}');
      });
    });
    const base = await listen(server);
    const waits: number[] = [];
    const answer = await postBody(base, '{"text":"はい"}', {}, (ms) => {
      waits.push(ms);
      return Promise.resolve();
    });
    server.close();
    expect(answer).toEqual({ status: 200, body: { ok: true }, text: '{"ok":true}' });
    expect(waits).toEqual([2000, 0]);
    expect(seen).toEqual(['{"text":"はい"}', '{"text":"はい"}', '{"text":"はい"}']);
  });

  it('reads seconds and HTTP dates, and nothing else', () => {
    const now = Date.parse('2026-12-03T10:00:00Z');
    expect(retryAfterMs('120', now)).toBe(120_000);
    expect(retryAfterMs('Thu, 03 Dec 2026 10:00:30 GMT', now)).toBe(30_000);
    expect(retryAfterMs('Thu, 03 Dec 2026 09:00:00 GMT', now)).toBe(0);
    expect(retryAfterMs('soon', now)).toBeNull();
    expect(retryAfterMs(null, now)).toBeNull();
  });
});
