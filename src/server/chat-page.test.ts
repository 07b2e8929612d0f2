import { createRenderer } from '../i18n';
import { PUBLIC_DIR } from './app';
import { renderChatPage } from './chat-page';
import { LOCALES_DIR } from './dialogue-binding';

describe('renderChatPage', () => {
  const page = renderChatPage(PUBLIC_DIR, createRenderer(LOCALES_DIR));

  it('fills every placeholder from locales, the markup in Japanese', () => {
    expect(page).not.toMatch(/\{\{/);
    expect(page).toContain('<title>soudan バイト相談</title>');
    expect(page).toContain('placeholder="メッセージを入力"');
  });

  it('gives the page script every locale’s words, nested as it reads them', () => {
    const json = /<script type="application\/json" id="ui-text">(.*?)<\/script>/s.exec(page)![1]!;
    const words = JSON.parse(json) as Record<
      string,
      { send: string; errors: { network: string; request_timeout: string } }
    >;
    expect(words.ja!.send).toBe('送信');
    expect(words.en!.send).toBe('Send');
    expect(words.en!.errors.network).toMatch(/connect/);
    // A body cut by the server's deadline (408) gets words of its own, like a lost connection.
    expect(words.ja!.errors.request_timeout).toMatch(/電波/);
  });
});
