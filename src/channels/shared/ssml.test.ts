import { escapeXml, toSsml } from './ssml';

describe('toSsml', () => {
  it('wraps plain speech in <speak> and escapes what XML would read as markup', () => {
    expect(toSsml('カフェのお仕事に興味はありますか？')).toBe(
      '<speak>カフェのお仕事に興味はありますか？</speak>',
    );
    expect(toSsml(`A & B <break time="1s"/> 'x'`)).toBe(
      '<speak>A &amp; B &lt;break time=&quot;1s&quot;/&gt; &apos;x&apos;</speak>',
    );
  });

  it('drops characters XML 1.0 does not allow, keeping tabs, newlines and surrogate pairs', () => {
    expect(escapeXml('a\u0000b\u0008c\td\ne\uFFFF😀\uD800')).toBe('abc\td\ne😀');
  });
});
