import { parseAreaScope } from './area-scope';

describe('the scope of a city-or-prefecture answer', () => {
  it.each([
    '府全体で',
    '県全体',
    '全体で',
    '県内ならどこでも',
    'どこでもいいよ',
    'The whole prefecture',
    'anywhere in it',
  ])('「%s」 is the whole prefecture', (text) => expect(parseAreaScope(text)).toBe('whole'));
  it.each(['市内', '市のほうで', '市だけ', 'The city, please', '市です'])('「%s」 is the city', (text) =>
    expect(parseAreaScope(text)).toBe('city'),
  );
  it.each(['はい', 'うーん', '市内でも県全体でも'])('「%s」 says neither (or both)', (text) =>
    expect(parseAreaScope(text)).toBeUndefined(),
  );
});
