import { existsSync, readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { createLogger } from '../../src/logging';
import { startServer, type RunningServer } from '../../src/server';
import { describeIf } from '../session/redis-available';
import { testConfig } from '../server/test-app';
import { CHROMIUM, launchChromium } from './browser';

const AXE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

interface AxeViolation {
  id: string;
  impact: string | null;
  nodes: { target: string[] }[];
}

/** axe-core on the page as it is now: the serious and critical violations, by rule and element. */
async function seriousViolations(page: Page): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ content: AXE });
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: () => Promise<{ violations: unknown[] }> } }).axe;
    return (await axe.run()).violations;
  });
  return (violations as AxeViolation[])
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

describeIf(
  existsSync(CHROMIUM) ? null : `${CHROMIUM} is not installed`,
  'acting on results in the web chat (390×844)',
  () => {
    let running: RunningServer;
    let browser: Browser;
    const logLines: string[] = [];

    beforeAll(async () => {
      running = await startServer(testConfig(), {
        logger: createLogger({ level: 'info', write: (line: string) => logLines.push(line) }),
        host: '127.0.0.1',
        port: 0,
      });
      browser = await launchChromium();
    });
    afterAll(async () => {
      await browser?.close();
      await running?.close();
    });

    it('picks the second job by its own button, saves it, and the share link shows it in a new page', async () => {
      // bypassCSP only so the test can inject axe-core; the page itself runs under its own policy.
      const context = await browser.newContext({
        viewport: { width: 390, height: 844 },
        hasTouch: true,
        bypassCSP: true,
      });
      const page = await context.newPage();
      await page.goto(running.url + '/');
      await page.locator('.bubble-bot').first().waitFor();
      expect(await seriousViolations(page)).toEqual([]);

      await page.getByLabel('メッセージ').fill('京都で塾講師のバイト');
      await page.getByRole('button', { name: '送信' }).click();
      await page.locator('.job').first().waitFor();
      expect(await seriousViolations(page)).toEqual([]);
      // The jobs are listed once: as cards, not again as a numbered text bubble.
      const titles = await page.locator('.job .job-title').allInnerTexts();
      expect(titles.length).toBeGreaterThanOrEqual(2);
      const second = titles[1]!.replace(/^2\.\s*/u, '');
      expect(await page.locator('.bubble-bot', { hasText: second }).count()).toBe(0);
      // Each card says where, what and why, in the locale's words (no raw 「京都府 京都市 右京区」 spaces).
      const card = page.locator('.job').nth(1);
      expect(await card.locator('.job-area').innerText()).not.toMatch(/\s/u);
      expect(await card.locator('.job-types').innerText()).toContain('塾講師');
      expect(await card.locator('.job-why').innerText()).not.toBe('');

      await card.getByRole('button', { name: '保存' }).click();
      await page.locator('.bubble-bot', { hasText: '保存しました' }).waitFor();
      expect(await card.locator('.job-save').getAttribute('aria-pressed')).toBe('true');
      expect(await seriousViolations(page)).toEqual([]);

      await card.getByRole('button', { name: '詳しく' }).click();
      await page.locator('.job').nth(titles.length).waitFor();
      expect(await seriousViolations(page)).toEqual([]);

      await page.getByRole('button', { name: '保存したお仕事' }).click();
      await page.locator('.bubble-bot', { hasText: '保存したお仕事は1件です' }).waitFor();
      expect(await page.locator('.jobs').last().locator('.job-title').innerText()).toContain(second);
      expect(await seriousViolations(page)).toEqual([]);

      const shareUrl = await page.locator('.share-link').first().getAttribute('href');
      await card.getByRole('button', { name: 'これにする' }).click();
      await page.locator('.bubble-bot', { hasText: second }).first().waitFor();
      expect(await seriousViolations(page)).toEqual([]);

      // The share link of the first result set opens in a new page, read-only, with the job and its link.
      const [shared] = await Promise.all([
        context.waitForEvent('page'),
        page.locator('.share-link').first().click(),
      ]);
      await shared.locator('.job-title').first().waitFor();
      expect(await shared.locator('.job-title').allInnerTexts()).toContain(second);
      expect(await shared.locator('.job-link').first().getAttribute('href')).toMatch(/^https:\/\//u);
      expect(await seriousViolations(shared)).toEqual([]);
      const forged = await context.newPage();
      const refused = await forged.goto(new URL(shareUrl!.slice(0, -4) + 'AAAA', running.url).href);
      expect(refused?.status()).toBe(404);
      expect(await forged.locator('main').innerText()).toContain('開けませんでした');

      // The choice is recorded as one event, with the user hashed and no message text.
      const events = logLines.filter((l) => l.includes('"job event"')).map((l) => JSON.parse(l));
      expect(events.map((e: { event: string }) => e.event)).toEqual(['saved', 'chosen']);
      expect(JSON.stringify(events)).not.toContain('塾講師');
      await context.close();
    });
  },
);
