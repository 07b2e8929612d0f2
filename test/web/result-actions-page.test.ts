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

/**
 * What would make the result cards hard to read at this size: a page or chat wider than the window (horizontal
 * scroll), a card or anything in it cut off (wider than its box, or outside the window), text under 12 px.
 * Run in the page (no imports); a problem is named by the element's tag and classes.
 */
async function layoutProblems(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const problems: string[] = [];
    const html = document.documentElement;
    if (html.scrollWidth > html.clientWidth)
      problems.push(`the page scrolls sideways (${html.scrollWidth} > ${html.clientWidth})`);
    const chat = document.getElementById('chat');
    if (chat !== null && chat.scrollWidth > chat.clientWidth) problems.push('the chat scrolls sideways');
    const name = (el: Element) => `${el.tagName.toLowerCase()}.${[...el.classList].join('.')}`;
    for (const el of document.querySelectorAll('.job, .job *')) {
      const box = el.getBoundingClientRect();
      // Words for screen readers only are clipped on purpose.
      if ((box.width === 0 && box.height === 0) || el.closest('.visually-hidden') !== null) continue;
      if (box.left < -0.5 || box.right > html.clientWidth + 0.5)
        problems.push(`${name(el)} is outside the window`);
      // 1 px of rounding is not clipping.
      if (el.scrollWidth > el.clientWidth + 1 && getComputedStyle(el).overflowX !== 'visible') {
        problems.push(`${name(el)} cuts its content off`);
      }
      const size = parseFloat(getComputedStyle(el).fontSize);
      if (
        el.childNodes.length > 0 &&
        [...el.childNodes].some((n) => n.nodeType === 3 && n.textContent!.trim() !== '') &&
        size < 12
      ) {
        problems.push(`${name(el)} text is ${size}px`);
      }
    }
    return problems;
  });
}

describeIf(
  existsSync(CHROMIUM) ? null : `${CHROMIUM} is not installed`,
  'acting on results in the web chat (390×844, 1280×800 and 200 % zoom)',
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

    it.each([
      ['1280×800', { width: 1280, height: 800 }, 1],
      // 200 % zoom of a 1280 px window: the page lays out in 640 CSS pixels, each drawn twice as large.
      ['200 % zoom of 1280×800', { width: 640, height: 400 }, 2],
    ] as const)(
      'shows readable cards at %s: no sideways scroll, nothing cut off',
      async (_, viewport, scale) => {
        const context = await browser.newContext({ viewport, deviceScaleFactor: scale, locale: 'ja-JP' });
        const page = await context.newPage();
        await page.goto(running.url + '/');
        await page.getByLabel('メッセージ').fill('京都で塾講師のバイト');
        await page.getByRole('button', { name: '送信' }).click();
        await page.locator('.job').first().waitFor();
        const cards = page.locator('.job');
        expect(await cards.count()).toBeGreaterThanOrEqual(2);
        expect(await layoutProblems(page)).toEqual([]);
        // A card is neither squeezed nor a line too long to read: between 240 and 760 CSS pixels wide.
        for (const box of await cards.evaluateAll((els) =>
          els.map((el) => el.getBoundingClientRect().width),
        )) {
          expect(box).toBeGreaterThanOrEqual(240);
          expect(box).toBeLessThanOrEqual(760);
        }
        // Its buttons and its details, opened, stay inside it too.
        const shown = await cards.count();
        await cards.nth(1).getByRole('button', { name: '詳しく' }).click();
        await page.locator('.job').nth(shown).waitFor();
        expect(await layoutProblems(page)).toEqual([]);
        await context.close();
      },
    );

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
