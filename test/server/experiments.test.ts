import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  createRedirectLinker,
  experimentArms,
  parseExperiments,
  signConversion,
} from '../../src/experiments';
import { createLogger } from '../../src/logging';
import { startServer, type RunningServer } from '../../src/server';
import { sampleValue, scrapeMetrics } from './scrape-metrics';
import { post, testConfig } from './test-app';

const LINK_SECRET = 'link-secret-for-tests-0123456789abcdef';
const CONVERSION_SECRET = 'conversion-secret-for-tests-0123456789ab';
const TURNS = '/api/v1/turns';

const EXPERIMENTS = {
  experiments: [
    {
      name: 'budget',
      salt: 'budget-salt-2026-12',
      start: '2026-01-01T00:00:00Z',
      end: '2099-01-01T00:00:00Z',
      control: 'a',
      variants: [
        { name: 'a', weight: 1 },
        { name: 'b', weight: 1, questionBudget: 1 },
      ],
      overrides: { 'qa-arm-a': 'a', 'qa-arm-b': 'b' },
    },
  ],
};

interface EventLine {
  event: string;
  user: string;
  variant: string | null;
  experiment: string | null;
  message: string;
  [field: string]: unknown;
}

describe('experiments through the running service', () => {
  let dir: string;
  let eventsFile: string;
  let experimentsFile: string;
  let running: RunningServer;
  const logs: Array<Record<string, unknown>> = [];

  const events = (): EventLine[] =>
    readFileSync(eventsFile, 'utf8')
      .split('\n')
      .filter((l) => l !== '')
      .map((l) => JSON.parse(l) as EventLine);
  const metric = async (series: string) =>
    sampleValue(await scrapeMetrics(running.metricsPort!), series) ?? 0;
  const linker = (now = () => new Date(), secret = LINK_SECRET) =>
    createRedirectLinker({
      baseUrl: running.url,
      secrets: [secret],
      ttlSeconds: 600,
      arms: experimentArms(parseExperiments(EXPERIMENTS, 'test'), Date.now),
      now,
    });
  const open = (url: string, language = 'ja') =>
    fetch(url, { redirect: 'manual', headers: { 'Accept-Language': language } });

  /** Turns until the reply shows results; returns how many it took. */
  async function turnsToResults(conversationId: string): Promise<number> {
    await post(running.url + TURNS, { conversationId, event: 'start' });
    await post(running.url + TURNS, { conversationId, postback: 'area:any' });
    let reply = await post(running.url + TURNS, { conversationId, text: 'なんでもいい' });
    for (let turn = 3; turn < 20; turn++) {
      const body = reply.body as { question: { kind: string } | null };
      if (body.question?.kind === 'results') return turn;
      reply = await post(running.url + TURNS, { conversationId, postback: 'yes' });
    }
    throw new Error('no results in 20 turns');
  }

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'soudan-experiments-'));
    eventsFile = join(dir, 'events', 'events.jsonl');
    experimentsFile = join(dir, 'experiments.json');
    writeFileSync(experimentsFile, JSON.stringify(EXPERIMENTS));
    running = await startServer(
      testConfig({
        EXPERIMENTS_FILE: experimentsFile,
        EVENTS_FILE: eventsFile,
        LINK_SECRET,
        CONVERSION_SECRET,
      }),
      {
        logger: createLogger({
          level: 'info',
          write: (l) => logs.push(JSON.parse(l) as Record<string, unknown>),
        }),
        host: '127.0.0.1',
        port: 0,
        metricsPort: 0,
        defaultMetrics: false,
      },
    );
  });
  afterAll(async () => {
    await running.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it("runs each arm's dialogue and records its events, with hashed ids and no text", async () => {
    const a = await turnsToResults('qa-arm-a');
    const b = await turnsToResults('qa-arm-b');
    // Arm b asks one question before results; arm a its usual budget.
    expect(b).toBeLessThan(a);
    await new Promise((resolve) => setTimeout(resolve, 50));
    const lines = events();
    const armB = lines.filter((e) => e.variant === 'b:forced');
    expect(armB.map((e) => e.event)).toEqual(
      expect.arrayContaining([
        'conversation_started',
        'question_asked',
        'question_answered',
        'results_shown',
      ]),
    );
    expect(lines.filter((e) => e.variant === 'a:forced').length).toBeGreaterThan(armB.length);
    expect(lines.every((e) => e.message === 'experiment event' && e.experiment === 'budget')).toBe(true);
    const text = readFileSync(eventsFile, 'utf8');
    expect(text).not.toContain('qa-arm');
    expect(text).not.toMatch(/なんでも|はい|どこでも/);
    expect(armB[0]!.user).toMatch(/^[0-9a-f]{16}$/);
  });

  it("redirects a good link to the job's own URL, with the click token, and records the click", async () => {
    const listing = running.data.catalog.listings[0]!;
    const url = linker()(listing, { channel: 'web', conversationId: 'qa-arm-b' });
    const token = url.split('/r/')[1]!;
    const response = await open(url);
    expect(response.status).toBe(302);
    const location = new URL(response.headers.get('location')!);
    expect(location.origin + location.pathname).toBe(
      new URL(listing.url).origin + new URL(listing.url).pathname,
    );
    expect(location.searchParams.get('soudan_click')).toBe(token);
    await new Promise((resolve) => setTimeout(resolve, 50));
    const opened = events().filter((e) => e.event === 'job_opened');
    expect(opened).toHaveLength(1);
    expect(opened[0]).toMatchObject({ listing: listing.id, variant: 'b:forced', channel: 'web' });
  });

  it('answers a tampered, expired, foreign or unknown-job link with a polite page and no redirect', async () => {
    const listing = running.data.catalog.listings[0]!;
    const good = linker()(listing, { channel: 'web', conversationId: 'qa-arm-a' });
    const tampered = good.slice(0, -3) + (good.at(-3) === 'A' ? 'B' : 'A') + good.slice(-2);
    const expired = linker(() => new Date(Date.now() - 3_600_000))(listing, {
      channel: 'web',
      conversationId: 'x',
    });
    const foreign = linker(undefined, 'someone-elses-secret-0123456789abcdef')(listing, {
      channel: 'web',
      conversationId: 'x',
    });
    const unknown = linker()({ id: 'NO-SUCH-JOB' }, { channel: 'web', conversationId: 'x' });
    const cases: Array<[string, number, RegExp]> = [
      [tampered, 400, /このリンクは正しくないようです/],
      [expired, 410, /有効期限が切れています/],
      [foreign, 400, /このリンクは正しくないようです/],
      [unknown, 404, /掲載が終了したようです/],
      [`${running.url}/r/https%3A%2F%2Fevil.example`, 400, /このリンクは正しくないようです/],
    ];
    for (const [url, status, words] of cases) {
      const response = await open(url);
      const body = await response.text();
      expect({ url, status: response.status, location: response.headers.get('location') }).toEqual({
        url,
        status,
        location: null,
      });
      expect(response.headers.get('content-type')).toMatch(/text\/html/);
      expect(body).toMatch(words);
      expect(body).not.toMatch(/evil|stack|Error/);
    }
    expect(await (await open(expired, 'en-US,en;q=0.9')).text()).toMatch(/This link has expired/);
    expect(await metric('soudan_job_links_refused_total{reason="signature"}')).toBe(2);
    expect(await metric('soudan_job_links_refused_total{reason="expired"}')).toBe(2);
  });

  describe('conversion reports', () => {
    const click = () =>
      linker()(running.data.catalog.listings[1]!, { channel: 'web', conversationId: 'qa-arm-b' }).split(
        '/r/',
      )[1]!;
    const report = (body: string, timestamp: number, secret = CONVERSION_SECRET) =>
      fetch(running.url + '/api/v1/conversions', {
        method: 'POST',
        headers: {
          'Content-Type': 'application/json',
          'X-Soudan-Timestamp': String(timestamp),
          'X-Soudan-Signature': signConversion(secret, timestamp, body),
        },
        body,
      });
    const now = () => Math.floor(Date.now() / 1000);

    it('records an application once, whatever the retries', async () => {
      const body = JSON.stringify({ applicationId: 'APP-0001', click: click() });
      const first = await report(body, now());
      expect([first.status, await first.json()]).toEqual([201, { status: 'recorded' }]);
      const again = await report(body, now());
      expect([again.status, await again.json()]).toEqual([200, { status: 'duplicate' }]);
      await new Promise((resolve) => setTimeout(resolve, 50));
      const conversions = events().filter((e) => e.event === 'conversion');
      expect(conversions).toHaveLength(1);
      expect(conversions[0]).toMatchObject({
        variant: 'b:forced',
        listing: running.data.catalog.listings[1]!.id,
      });
      expect(JSON.stringify(conversions[0])).not.toContain('APP-0001');
    });

    it('refuses and counts a bad signature, an old timestamp, no signature and a body that is no report', async () => {
      const body = JSON.stringify({ applicationId: 'APP-0002', click: click() });
      const bad = await report(body, now(), 'another-secret-0123456789abcdef012345');
      expect([bad.status, ((await bad.json()) as { error: { code: string } }).error.code]).toEqual([
        401,
        'conversion_signature',
      ]);
      const old = await report(body, now() - 301);
      expect([old.status, ((await old.json()) as { error: { code: string } }).error.code]).toEqual([
        401,
        'conversion_stale',
      ]);
      const unsigned = await fetch(running.url + '/api/v1/conversions', { method: 'POST', body });
      expect(unsigned.status).toBe(401);
      const junk = await report('{"applicationId":"APP-3","click":"not-a-token"}', now());
      expect(junk.status).toBe(400);
      expect(await metric('soudan_conversions_total{result="refused_signature"}')).toBe(1);
      expect(await metric('soudan_conversions_total{result="refused_stale"}')).toBe(1);
      expect(await metric('soudan_conversions_total{result="refused_unsigned"}')).toBe(1);
      expect(await metric('soudan_conversions_total{result="refused_malformed"}')).toBe(1);
      expect(events().filter((e) => e.event === 'conversion')).toHaveLength(1);
    });
  });

  it('reads the experiments file again on reload, and keeps the last good one when it is broken', async () => {
    writeFileSync(experimentsFile, JSON.stringify({ experiments: [{ name: 'broken' }] }));
    expect(await running.reload()).toBe(false);
    expect(logs.some((l) => l.message === 'data reload refused: the last good version keeps serving')).toBe(
      true,
    );
    expect(running.data.experiments.experiments[0]!.name).toBe('budget');
    const next = { experiments: [{ ...EXPERIMENTS.experiments[0]!, name: 'budget-2' }] };
    writeFileSync(experimentsFile, JSON.stringify(next));
    expect(await running.reload()).toBe(true);
    expect(running.data.experiments.experiments[0]!.name).toBe('budget-2');
  });
});
