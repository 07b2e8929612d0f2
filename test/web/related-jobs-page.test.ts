import { existsSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { createLogger } from '../../src/logging';
import { startServer, type RunningServer } from '../../src/server';
import { describeIf } from '../session/redis-available';
import { testConfig } from '../server/test-app';
import { CHROMIUM, launchChromium } from './browser';

describeIf(
  existsSync(CHROMIUM) ? null : `${CHROMIUM} is not installed`,
  'exact and related jobs on the web chat page',
  () => {
    let running: RunningServer;
    let browser: Browser;

    beforeAll(async () => {
      running = await startServer(testConfig(), {
        logger: createLogger({ level: 'silent' }),
        host: '127.0.0.1',
        port: 0,
      });
      browser = await launchChromium();
    });
    afterAll(async () => {
      await browser?.close();
      await running?.close();
    });

    it('shows the matches first with an offer to widen, then marks the related cards the user asked for', async () => {
      const context = await browser.newContext({ viewport: { width: 360, height: 640 } });
      const page = await context.newPage();
      await page.goto(running.url + '/');
      await page.locator('.bubble-bot').first().waitFor();
      // The bundled sample has two 塾講師 jobs in 京都府: they come first, and related work nearby on request.
      await page.getByLabel('メッセージ').fill('京都府で塾講師のバイト');
      await page.getByRole('button', { name: '送信' }).click();
      await page.locator('.job').first().waitFor();
      const first = await page.locator('.job').evaluateAll((cards) => cards.map((c) => c.className));
      expect(first).toHaveLength(2);
      expect(first.some((c) => c.includes('job-related'))).toBe(false);
      expect(await page.locator('.bubble-bot', { hasText: /条件に合うお仕事(は|が)2件/u }).count()).toBe(1);
      expect(await page.locator('.bubble-bot', { hasText: /ほかのも見たい/u }).count()).toBeGreaterThan(0);
      await page.getByLabel('メッセージ').fill('ほかのも見たい');
      await page.getByRole('button', { name: '送信' }).click();
      await page.locator('.job-related').first().waitFor();
      const related = await page.locator('.job-related').count();
      expect(related).toBeGreaterThan(0);
      expect(await page.locator('.job-related .job-badge').first().innerText()).toBe('条件と一部ちがいます');
      await context.close();
    });
  },
);
