import { toRomaji } from './romaji';

describe('toRomaji', () => {
  it('writes Hepburn with long vowels folded as on signs, and as read', () => {
    expect(toRomaji('しぶや')).toEqual(['shibuya']);
    expect(toRomaji('とうきょう')).toEqual(['tokyo', 'toukyou']);
    expect(toRomaji('きちじょうじ')).toEqual(['kichijoji', 'kichijouji']);
    expect(toRomaji('おおさか')).toEqual(['osaka', 'oosaka']);
    expect(toRomaji('ろっぽんぎ')).toEqual(['roppongi']);
    expect(toRomaji('いっちょうめ')).toEqual(['itchome', 'itchoume']);
  });

  it('gives nothing for what is not hiragana', () => {
    expect(toRomaji('渋谷')).toEqual([]);
  });
});
