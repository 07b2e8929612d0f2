import { extractMentions } from './extract-mentions';
import { placeLexicon } from './testing/place-lexicon';
import type { QuestionKind } from './types';

const lexicon = placeLexicon();
const places = (text: string, question?: QuestionKind): string[] =>
  extractMentions(text, lexicon, { question }).areas.map((a) =>
    a.candidates.map((c) => `${c.prefecture}${c.municipality ?? ''}`).join('|'),
  );

describe('places are not read into ordinary words', () => {
  it.each([
    ['いいです', 'offer'],
    ['どっちでもいいです', 'yesno'],
    ['わかんない', 'area'],
    ['わかんないけど、とりあえず家から近いとこ', 'area'],
    ['ちかくでしごとさがしてます', 'area'],
    ['駅から近いのがいいです', 'area'],
    // Said to 「どのあたり？」 or 「どちらですか？」 in a sentence: no 成増, no 草加.
    ['2番目が気になります', 'area'],
    ['なりますか', 'area'],
    ['まあ そうかな', 'area'],
  ] as const)('kana inside a word: %s (%s)', (text, question) => {
    expect(places(text, question)).toEqual([]);
  });

  it('reads no reading followed by か unless a place follows (なんとか is no 南砺 + か)', () => {
    expect(places('しんじゅくでなんとかなんないかい', 'area')).toEqual(['東京都新宿区']);
    expect(places('いけぶくろかしんじゅく', 'area')).toEqual(['東京都豊島区', '東京都新宿区']);
    expect(places('しんじゅくかなあ', 'area')).toEqual(['東京都新宿区']);
    expect(places('いけぶくろかも', 'area')).toEqual(['東京都豊島区']);
    // Written in kanji a name is no longer word's start: 「新宿かどっか」 is 新宿.
    expect(places('新宿かどっか', 'area')).toEqual(['東京都新宿区']);
  });

  it('reads no place in a dish, a brand or a person named after one', () => {
    expect(places('松本ラーメンの店で働きたい', 'work')).toEqual([]);
    expect(places('松本と申します。コンビニで働きたいです', 'work')).toEqual([]);
    expect(places('松本でラーメン屋', 'work')).toEqual(['長野県松本市']);
  });

  it('reads no place in a likeness or a weakness (「横浜っぽい」「松本に弱い」), and a place before 九州 ん as one', () => {
    expect(places('横浜っぽい雰囲気のお店', 'work')).toEqual([]);
    expect(places('松本に弱いので', 'work')).toEqual([]);
    expect(places('松本んほうで', 'area')).toEqual(['長野県松本市']);
  });

  it('still reads a kana place said as one in a sentence', () => {
    expect(places('そうかのあたりで', 'area')).toEqual(['埼玉県草加市']);
    expect(places('よこはましないで', 'area')).toEqual(['神奈川県横浜市']);
    expect(places('なります', 'area')).toEqual([]);
  });

  it('finds only the place in 「東京でアルバイトさがしてます」', () => {
    expect(places('東京でアルバイトさがしてます', 'area')).toEqual(['東京都']);
  });

  it.each([
    ['大分前からバイト探してる', 'work'],
    ['大分慣れてきた', 'work'],
    ['中間テストが終わったら', 'work'],
    ['友達の松本くんと応募したい', 'yesno'],
    ['国立大学に通ってます', 'work'],
    ['ヤマトか佐川のドライバー', 'work'],
  ] as const)('a kanji name inside a longer word or before a name suffix: %s', (text, question) => {
    expect(places(text, question)).toEqual([]);
  });

  it('reads a kanji stem that runs into a place word or another name', () => {
    expect(places('池袋周辺がいいです', 'area')).toEqual(['東京都豊島区']);
    expect(places('大阪市内ならどこでも', 'area')).toEqual(['大阪府大阪市']);
    expect(places('東京新宿', 'work')).toEqual(['東京都新宿区']);
    for (const text of ['新宿ってどう？', '新宿バイト', '新宿で仕事', '新宿方面', '新宿しか無理'])
      expect(places(text, 'work')).toEqual(['東京都新宿区']);
    // A space is a word edge even where the normalized text runs on (voice slot values are joined so).
    expect(places('横浜 居酒屋', 'work')).toEqual(['神奈川県横浜市']);
  });

  it('reads 秋葉原 as the station, never as 新潟市秋葉区', () => {
    expect(places('秋葉原', 'area')).toEqual(['東京都千代田区']);
    expect(places('秋葉原のメイドカフェ', 'work')).toEqual(['東京都千代田区']);
  });
});

describe('kana and romaji readings count only where a place is expected', () => {
  it('reads them after the area question', () => {
    expect(places('いけぶくろのほうでバイトしたい', 'area')).toEqual(['東京都豊島区']);
    expect(places('ikebukuroがいいです', 'area')).toEqual(['東京都豊島区']);
    expect(places('おおさかのうめだ', 'area')).toEqual(['大阪府大阪市 北区']);
  });

  it('reads them when the utterance is essentially a place', () => {
    expect(places('いけぶくろあたりがいいです', 'work')).toEqual(['東京都豊島区']);
    expect(places('Ikebukuro please', 'work')).toEqual(['東京都豊島区']);
  });

  it('reads romaji after an English preposition', () => {
    expect(places('a cafe job in Ikebukuro', 'work')).toEqual(['東京都豊島区']);
  });

  it('does not read them inside other talk', () => {
    expect(places('いけぶくろでカフェのしごとがしたいです', 'work')).toEqual([]);
    expect(places('I like ikebukuro food', 'work')).toEqual([]);
  });

  it('reads a one-kanji city only where a place is expected or in a list of places', () => {
    expect(places('柏で', 'area')).toEqual(['千葉県柏市']);
    expect(places('柏餅がすき', 'area')).toEqual([]);
    expect(places('はい、川口とか蕨くらいまでなら', 'offer')).toEqual(['埼玉県川口市', '埼玉県蕨市']);
  });
});
