import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { main } from '../../src/cli/main';
import { loadConfig } from '../../src/config';
import { createLogger } from '../../src/logging';
import {
  describeFailure,
  failedStep,
  loadScript,
  REPLAY_CHANNELS,
  runReplay,
  startReplayApp,
} from '../../src/qa';
import { startServer, type RunningServer } from '../../src/server';
import { describeIf } from '../session/redis-available';
import { startTestApp } from '../server/test-app';
import { CHROMIUM, launchChromium } from '../web/browser';

/**
 * `soudan record` from both of its sources, end to end: a conversation held in the chat page (development mode)
 * is downloaded with its "download this conversation as a test" button and, from the same conversation, the
 * service's opt-in conversation log; each becomes a script that then passes on the channels showing the same pages (web, LINE, Teams).
 */
describeIf(existsSync(CHROMIUM) ? null : `${CHROMIUM} is not installed`, 'soudan record', () => {
  let running: RunningServer;
  let browser: Browser;
  let dir: string;
  const logs: string[] = [];

  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'soudan-record-'));
    const config = loadConfig({
      NODE_ENV: 'development',
      LOG_LEVEL: 'debug',
      LOG_CONVERSATIONS: 'true',
      METRICS_PORT: '0',
      CHANNELS: 'none',
    });
    running = await startServer(config, {
      logger: createLogger({ level: 'debug', write: (line) => logs.push(line) }),
      host: '127.0.0.1',
      port: 0,
      metricsPort: 0,
      defaultMetrics: false,
    });
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await running?.close();
    await rm(dir, { recursive: true, force: true });
  });

  async function replayed(file: string): Promise<string[]> {
    const app = await startReplayApp();
    try {
      const report = await runReplay(app, [await loadScript(file)], REPLAY_CHANNELS);
      // A web recording runs where the same (five-job) pages are shown: web, LINE and Teams.
      expect(report.results.map((r) => r.channel)).toEqual(['web', 'line', 'teams']);
      return report.results.flatMap((r) => (r.passed ? [] : describeFailure(r, failedStep(r)!)));
    } finally {
      await app.close();
    }
  }

  it('records a chat page conversation and the same one from the log as scripts that pass on the screen channels', async () => {
    const context = await browser.newContext({
      viewport: { width: 360, height: 640 },
      acceptDownloads: true,
    });
    const page = await context.newPage();
    await page.goto(running.url + '/');
    await page.locator('.bubble-bot').first().waitFor();
    await page.getByLabel('メッセージ').fill('大阪府でスーパー、連絡は090-1234-5678');
    await page.getByRole('button', { name: '送信' }).click();
    await page.locator('.bubble-bot').nth(1).waitFor();
    await page.locator('#status:empty').waitFor({ state: 'attached' });
    // Two preferences, then the jobs (the bundled sample's model asks twice for 大阪府's supermarkets; its cafés,
    // with the バリスタ jobs カフェ includes, are shown at once).
    await page.locator('.suggestion:not([disabled])', { hasText: 'はい' }).first().click();
    await page.locator('.bubble-bot').nth(2).waitFor();
    await page.locator('#status:empty').waitFor({ state: 'attached' });
    await page.locator('.suggestion:not([disabled])', { hasText: 'はい' }).first().click();
    await page.locator('.job').first().waitFor();
    await page.locator('#status:empty').waitFor({ state: 'attached' });

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'この会話をテストとして保存' }).click(),
    ]);
    const exported = path.join(dir, 'export.json');
    await download.saveAs(exported);
    await context.close();
    const json = JSON.parse(await readFile(exported, 'utf8')) as { turns: { sent: unknown }[] };
    expect(json.turns.map((t) => t.sent)).toEqual([
      { event: 'start' },
      { text: '大阪府でスーパー、連絡は090-1234-5678' },
      { postback: 'yes' },
      { postback: 'yes' },
    ]);
    // The page keeps no conversation id or token in the export.
    expect(JSON.stringify(json)).not.toMatch(/conversationId|conversationToken/);

    const lines: string[] = [];
    const fromExport = path.join(dir, 'from-export.yaml');
    expect(
      await main(['record', exported, '--out', fromExport, '--name', 'Osaka supermarket (page)'], (l) =>
        lines.push(l),
      ),
    ).toBe(0);
    expect(lines.join('\n')).toContain('4 steps from a web chat export; anonymised: 1 phone number');
    const script = await readFile(fromExport, 'utf8');
    expect(script).toContain('text: "大阪府でスーパー、連絡は000-0000-0000"');
    expect(await replayed(fromExport)).toEqual([]);

    // The same conversation from the log: only debug lines carry what the user typed.
    const logFile = path.join(dir, 'service.log');
    await writeFile(logFile, logs.join('\n') + '\n');
    const typed = logs.filter((l) => l.includes('090-1234-5678'));
    expect(typed.length).toBeGreaterThan(0);
    expect(typed.every((l) => (JSON.parse(l) as { severity: string }).severity === 'DEBUG')).toBe(true);
    const fromLog = path.join(dir, 'from-log.yaml');
    expect(await main(['record', logFile, '--out', fromLog], () => undefined)).toBe(0);
    const logScript = await readFile(fromLog, 'utf8');
    const steps = (text: string) => text.slice(text.indexOf('steps:'));
    expect(steps(logScript)).toBe(steps(script));
    expect(await replayed(fromLog)).toEqual([]);
  }, 120_000);
});

describe('the chat page outside development mode', () => {
  it('has no export button and does not serve its script', async () => {
    const app = await startTestApp();
    try {
      const page = await (await fetch(app.url + '/')).text();
      expect(page).toContain('/app.js');
      expect(page).not.toContain('qa-export');
      expect((await fetch(app.url + '/qa-export.js')).status).toBe(404);
    } finally {
      await app.close();
    }
  });

  it('refuses LOG_CONVERSATIONS without LOG_LEVEL=debug', () => {
    expect(() => loadConfig({ LOG_CONVERSATIONS: 'true' })).toThrow(
      /LOG_CONVERSATIONS: needs LOG_LEVEL=debug/,
    );
  });
});
