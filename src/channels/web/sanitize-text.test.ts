import { characterCount, sanitizeText } from './sanitize-text';

describe('sanitizeText', () => {
  it('removes control, zero-width and bidi characters and turns line breaks into spaces', () => {
    expect(sanitizeText('\u0000は\u0007い\u200B\u202E')).toBe('はい');
    expect(sanitizeText('渋谷で\r\nカフェ\tがいい\u2028です')).toBe('渋谷で カフェ がいい です');
    expect(sanitizeText('  \uFEFFはい  ')).toBe('はい');
    expect(sanitizeText('\u0085\u009F')).toBe('');
  });

  it('drops lone surrogates but keeps emoji', () => {
    expect(sanitizeText('a\uD800b\uDC00c😀')).toBe('abc😀');
  });

  it('leaves ordinary Japanese and English text alone', () => {
    const text = '時給1,200円以上、WワークOKのカフェ！ Is "daily pay" ok?';
    expect(sanitizeText(text)).toBe(text);
  });
});

describe('characterCount', () => {
  it('counts code points', () => {
    expect(characterCount('あ😀a')).toBe(3);
  });
});
