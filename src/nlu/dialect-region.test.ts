import { dialectPrefectures } from './dialect-region';

describe('dialect regions', () => {
  it.each([
    ['八丁堀らへんでバイト探しよるんじゃけど', '広島県'],
    ['飲食がええけど、居酒屋はもう嫌じゃけん', '広島県'],
    ['梅田あたりでバイト探してんねんけど', '大阪府'],
    ['せやな、それでええわ', '大阪府'],
    ['天神で働きたかばってん', '福岡県'],
    ['時給は千三百円以上ないとでかんわ', '愛知県'],
    ['介護のパートないがやろか', '高知県'],
    ['なまら寒いけど札幌で探してる', '北海道'],
    ['八丁堀あたりで飲食のホールのパートないかのう？', '広島県'],
    ['夜は子どもがおるけえ無理じゃわ', '広島県'],
  ])('「%s」 points to %s', (text, prefecture) => {
    expect(dialectPrefectures(text)).toContain(prefecture);
  });

  it.each([
    '八丁堀でバイトを探しています',
    '八丁堀じゃね',
    'じゃあお願いします',
    'やっぱりカフェがいい',
    'アルバイトしたい',
    'けえたいの番号',
    '可能かのう',
  ])('standard Japanese 「%s」 points nowhere', (text) => {
    expect(dialectPrefectures(text)).toEqual([]);
  });
});
