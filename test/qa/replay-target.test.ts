import { once } from 'node:events';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { loadConfig } from '../../src/config';
import { createLogger } from '../../src/logging';
import { loadScripts, REPLAY_CHANNELS, runReplay } from '../../src/qa';
import { postBody, retryAfterMs } from '../../src/qa/channels/driver';
import { LineApiSink } from '../../src/qa/channels/line-api-sink';
import { remoteTarget } from '../../src/qa/remote-target';
import { channelRouters, createApp, createDialoguePort, loadData } from '../../src/server';
import { MemorySessionStore } from '../../src/session';

const QA = path.join(__dirname, '..', '..', 'qa');
const ENV = {
  WEB_QA_TOKEN: 'qa-token-for-target-tests-0123456789',
  LINE_CHANNEL_SECRET: 'line-secret-for-target-tests',
  ALEXA_SKILL_ID: 'amzn1.ask.skill.target-tests',
};

async function listen(server: Server): Promise<string> {
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

/** `--target URL`: the same scripts against a running service, as `npm start` runs it outside production. */
describe('soudan replay --target URL', () => {
  let server: Server;
  let url: string;
  let sink: LineApiSink;
  beforeAll(async () => {
    sink = await new LineApiSink().start();
    const config = loadConfig({
      LOG_LEVEL: 'silent',
      METRICS_PORT: '0',
      LINE_CHANNEL_ACCESS_TOKEN: 'line-token',
      LINE_API_BASE_URL: sink.url,
      ...ENV,
    });
    const data = await loadData(config);
    const deps = {
      config,
      logger: createLogger({ level: 'silent' }),
      dialogue: createDialoguePort(data, config),
      store: new MemorySessionStore(),
      catalog: data.catalog,
    };
    server = createApp(deps, { channels: channelRouters(deps) }).listen(0, '127.0.0.1');
    await once(server, 'listening');
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  });
  afterAll(async () => {
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
    await sink.stop();
  });

  it('passes on every channel, checking what each response carries and listing what it could not see', async () => {
    const target = await remoteTarget(url, ENV);
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

  it('fails a channel whose secret is not in the environment, naming the variable', async () => {
    const target = await remoteTarget(url, { ...ENV, WEB_QA_TOKEN: '' });
    const report = await runReplay(target, await loadScripts([path.join(QA, 'greeting.yaml')]), ['web']);
    expect(report.results[0]?.steps[0]?.error).toBe(
      'web against a URL needs WEB_QA_TOKEN in the environment',
    );
    await expect(remoteTarget('ftp://example.com', ENV)).rejects.toThrow('--target must be an http(s) URL');
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
