import { existsSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { createLogger } from '../../src/logging';
import { startServer, type RunningServer } from '../../src/server';
import { describeIf } from '../session/redis-available';
import { expectErrorBody, post, testConfig } from '../server/test-app';
import { CHROMIUM, launchChromium } from './browser';

const SCREENSHOT = '/tmp/soudan-web.png';
// Page-side expressions are strings: this project compiles without the DOM library. (Only evaluate():
// waitForFunction with a string needs eval in the page, which the page's CSP rightly forbids.)
const CONVERSATION = "JSON.parse(window.sessionStorage.getItem('soudan.conversation'))";

interface StoredConversation {
  id: string;
  token: string;
}

/** Clicks quick replies (the first one, by mouse and sometimes by keyboard) until job cards appear. */
async function answerUntilJobs(page: Page): Promise<number> {
  for (let clicks = 0; clicks < 40; clicks++) {
    if ((await page.locator('.job').count()) > 0) return clicks;
    const first = page.locator('.suggestion:not([disabled])').first();
    await first.waitFor({ state: 'visible' });
    const count = await page.locator('.bubble-bot').count();
    if (clicks % 3 === 1) {
      await first.focus();
      await page.keyboard.press('Enter');
    } else {
      await first.click();
    }
    await page.locator('.bubble-bot').nth(count).waitFor();
    await page.locator('#status:empty').waitFor({ state: 'attached' });
  }
  throw new Error('no job cards after 40 answers');
}

describeIf(
  existsSync(CHROMIUM) ? null : `${CHROMIUM} is not installed`,
  'the web chat page in Chromium',
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

    it('completes a dialogue by quick replies on a 360×640 phone screen and shows job cards', async () => {
      const context = await browser.newContext({ viewport: { width: 360, height: 640 }, locale: 'ja-JP' });
      const page = await context.newPage();
      const problems: string[] = [];
      page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
      page.on('console', (message) => {
        if (message.type() === 'error' || message.type() === 'warning') problems.push(message.text());
      });

      await page.goto(running.url + '/');
      await expect(page.title()).resolves.toBe('soudan バイト相談');
      await page.locator('.bubble-bot').first().waitFor();
      const greeting = await page.locator('.bubble-bot').first().innerText();
      expect(greeting.length).toBeGreaterThan(5);
      // The service issued the conversation: a 128-bit id and the token bound to it.
      const conversation = await page.evaluate<StoredConversation | null>(CONVERSATION);
      expect(conversation).toEqual({
        id: expect.stringMatching(/^[A-Za-z0-9_-]{22}$/),
        token: expect.stringMatching(/^[A-Za-z0-9_-]{43}$/),
      });

      const clicks = await answerUntilJobs(page);
      expect(clicks).toBeGreaterThan(0);

      const cards = page.locator('.job');
      expect(await cards.count()).toBeGreaterThan(0);
      const first = cards.first();
      expect((await first.locator('.job-title').innerText()).length).toBeGreaterThan(0);
      // The locale's wording, as people write it: 「時給1,320〜1,330円」.
      expect(await first.locator('.job-wage').innerText()).toMatch(
        /^(時給|日給|月給)[\d,]+(円|〜[\d,]+円)$/u,
      );
      expect(await first.locator('.job-area').innerText()).toMatch(/[都道府県]/);
      const link = first.locator('a.job-link');
      expect(await link.getAttribute('href')).toMatch(/^https?:\/\/[^/]+\/\S+/);
      expect(await link.getAttribute('target')).toBe('_blank');
      expect(await link.getAttribute('rel')).toContain('noopener');

      // User bubbles echo the labels clicked; the log is announced politely.
      expect(await page.locator('.bubble-user').count()).toBe(clicks);
      expect(await page.locator('#log-region').getAttribute('aria-live')).toBe('polite');

      const overflow = await page.evaluate<Record<string, number>>(`({
      page: document.documentElement.scrollWidth - document.documentElement.clientWidth,
      pageHeight: document.documentElement.scrollHeight - document.documentElement.clientHeight,
      body: document.body.scrollWidth - document.body.clientWidth,
      chat: document.getElementById('chat').scrollWidth - document.getElementById('chat').clientWidth,
    })`);
      expect(overflow).toEqual({ page: 0, pageHeight: 0, body: 0, chat: 0 });

      await first.scrollIntoViewIfNeeded();
      await page.screenshot({ path: SCREENSHOT });
      expect(problems).toEqual([]);
      await context.close();
    });

    it('sends typed text, and starts over in the same conversation (its saved jobs stay)', async () => {
      const context = await browser.newContext({ viewport: { width: 360, height: 640 } });
      const page = await context.newPage();
      await page.goto(running.url + '/');
      await page.locator('.bubble-bot').first().waitFor();
      const before = await page.evaluate<StoredConversation | null>(CONVERSATION);

      await page.getByLabel('メッセージ').fill('渋谷でカフェのバイト');
      await page.getByRole('button', { name: '送信' }).click();
      await page.locator('.bubble-bot').nth(1).waitFor();
      expect(await page.locator('.bubble-user').last().innerText()).toContain('渋谷でカフェのバイト');

      await page.getByRole('button', { name: '最初から' }).click();
      await page.locator('.bubble-bot').first().waitFor();
      const after = await page.evaluate<StoredConversation | null>(CONVERSATION);
      // A start resets the dialogue; the id (the key saved jobs are kept under) stays.
      expect(after?.id).toBe(before?.id);
      expect(after?.token).toMatch(/^[A-Za-z0-9_-]{43}$/);
      expect(await page.locator('.bubble-user').count()).toBe(0);
      expect(await page.locator('.bubble-bot').first().innerText()).toMatch(/こんにちは|そうだん/u);
      await context.close();
    });

    it("keeps the page's conversation from another client that knows only its id (issue 15, finding 3)", async () => {
      const context = await browser.newContext({ viewport: { width: 360, height: 640 } });
      const page = await context.newPage();
      await page.goto(running.url + '/');
      await page.locator('.suggestion:not([disabled])').first().click();
      await page.locator('.bubble-bot').nth(1).waitFor();
      await page.locator('#status:empty').waitFor({ state: 'attached' });
      const { id, token } = (await page.evaluate<StoredConversation | null>(CONVERSATION))!;
      const turns = running.url + '/api/v1/turns';
      const browserHeaders = { 'Content-Type': 'application/json' };

      // Someone who learnt the id (a shared screen, a log, a proxy) can neither read nor drive the conversation.
      for (const body of [
        { conversationId: id, postback: 'cmd:repeat' },
        { conversationId: id, text: 'はい' },
        { conversationId: id, event: 'start' },
      ]) {
        expectErrorBody(await post(turns, body, browserHeaders), 403, 'conversation_token_required');
      }
      const guessed = { conversationId: id, conversationToken: 'A'.repeat(43), postback: 'cmd:repeat' };
      expectErrorBody(await post(turns, guessed, browserHeaders), 403, 'invalid_conversation_token');

      // The page itself goes on where it was: its next answer is the conversation's third turn.
      const count = await page.locator('.bubble-bot').count();
      await page.locator('.suggestion:not([disabled])').first().click();
      await page.locator('.bubble-bot').nth(count).waitFor();
      const own = await post(
        turns,
        { conversationId: id, conversationToken: token, postback: 'cmd:repeat' },
        browserHeaders,
      );
      expect(own.body).toMatchObject({ conversationId: id, turn: 4 });
      await context.close();
    });

    it('starts a new conversation, and says so, when the stored token is no longer accepted', async () => {
      const context = await browser.newContext({ viewport: { width: 360, height: 640 } });
      const page = await context.newPage();
      await page.goto(running.url + '/');
      await page.locator('.bubble-bot').first().waitFor();
      const before = (await page.evaluate<StoredConversation | null>(CONVERSATION))!;
      // As after a secret rotation: the stored token no longer matches.
      await page.evaluate(
        `window.sessionStorage.setItem('soudan.conversation', JSON.stringify({ id: ${JSON.stringify(before.id)}, token: 'x'.repeat(43) }))`,
      );
      await page.reload();
      const lost = page.locator('.bubble-error');
      await lost.waitFor();
      expect(await lost.innerText()).toContain('この会話は続けられなくなりました');
      await page.locator('.bubble-bot').first().waitFor();
      expect(await page.locator('.suggestion').count()).toBeGreaterThan(0);
      const after = await page.evaluate<StoredConversation | null>(CONVERSATION);
      expect(after?.id).not.toBe(before.id);
      await context.close();
    });

    it('shows a friendly Japanese message and a retry button when the service is busy', async () => {
      const context = await browser.newContext({ viewport: { width: 360, height: 640 } });
      const page = await context.newPage();
      let failures = 1;
      await page.route('**/api/v1/turns', async (route) => {
        if (failures-- > 0) {
          await route.fulfill({
            status: 503,
            headers: { 'Retry-After': '2' },
            contentType: 'application/json',
            body: JSON.stringify({ error: { code: 'session_store_unavailable', message: 'down' } }),
          });
          return;
        }
        await route.continue();
      });
      await page.goto(running.url + '/');
      const error = page.locator('.bubble-error');
      await error.waitFor();
      expect(await error.innerText()).toContain('ただいま混み合っています');
      await page.getByRole('button', { name: 'もう一度送る' }).click();
      await page.locator('.bubble-bot').first().waitFor();
      expect(await page.locator('.suggestion').count()).toBeGreaterThan(0);
      await context.close();
    });
  },
);
