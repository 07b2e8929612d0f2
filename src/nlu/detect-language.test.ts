import fc from 'fast-check';
import { clearLanguage, detectLanguage } from './detect-language';

describe('clearLanguage', () => {
  it.each([
    ['I want a cafe job in Tokyo', 'en'],
    ['a cafe job in 渋谷, please', 'en'],
    ['I worked at スタバ before', 'en'],
    ['ｃａｆｅ ｊｏｂ', 'en'],
    ['カフェ cafe がいい', 'ja'],
    ['渋谷でカフェ', 'ja'],
    ['東京', 'ja'],
    ['居酒屋以外', 'ja'],
    ['はい', 'ja'],
    ['Wワークしたい', 'ja'],
  ])('%s -> %s', (text, language) => {
    expect(clearLanguage(text)).toBe(language);
  });

  it.each(['OK', 'yes', 'Tokyo', 'カフェ cafe', '👍', '12:00', '', 'x'])(
    '%s says no language clearly',
    (text) => {
      expect(clearLanguage(text)).toBeUndefined();
    },
  );
});

describe('detectLanguage', () => {
  it('falls back on the script that dominates, then on the conversation', () => {
    expect(detectLanguage('カフェ cafe', 'en')).toBe('ja');
    expect(detectLanguage('yes', 'ja')).toBe('en');
    expect(detectLanguage('👍', 'en')).toBe('en');
    expect(detectLanguage('1200', 'ja')).toBe('ja');
  });

  it('never throws, whatever the text', () => {
    fc.assert(
      fc.property(
        fc.string({ maxLength: 200 }),
        fc.constantFrom('ja' as const, 'en' as const),
        (text, fallback) => {
          expect(['ja', 'en']).toContain(detectLanguage(text, fallback));
        },
      ),
    );
    expect(detectLanguage('\u0000\u202e'.repeat(2000) + 'ok', 'ja')).toBe('ja');
  });
});
