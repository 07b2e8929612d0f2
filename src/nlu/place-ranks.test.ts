import { extractMentions } from './extract-mentions';
import { placeLexicon } from './testing/place-lexicon';
import type { QuestionKind } from './types';

const lexicon = placeLexicon();
const places = (text: string, question: QuestionKind = 'area'): string[] =>
  extractMentions(text, lexicon, { question }).areas.map((a) =>
    a.candidates.map((c) => `${c.prefecture}${c.municipality ?? ''}`).join('|'),
  );

describe('which place a shared name stands for', () => {
  it('offers a city before a town or village of the same stem', () => {
    expect(places('横浜')).toEqual(['神奈川県横浜市']);
    expect(places('神戸で探してます')).toEqual(['兵庫県神戸市']);
    expect(places('よこはま')).toEqual(['神奈川県横浜市']);
  });

  it('asks which when a smaller city shares its name with a town elsewhere, the city first', () => {
    expect(places('草津')).toEqual(['滋賀県草津市|群馬県草津町']);
    expect(places('大津')).toEqual(['滋賀県大津市']);
  });

  it('still finds the town by its written-out name', () => {
    expect(places('横浜町')).toEqual(['青森県横浜町']);
    expect(places('神戸町')).toEqual(['岐阜県神戸町']);
  });

  it('takes a designated city said on its own as the whole city', () => {
    const [yokohama] = extractMentions('横浜で日払いの居酒屋', lexicon, { question: 'work' }).areas;
    expect(yokohama).toMatchObject({ prefecture: '神奈川県', municipality: '横浜市' });
    expect(yokohama?.candidates).toHaveLength(1);
  });

  it('keeps two cities of one name ambiguous, and a named prefecture settles it at the best rank', () => {
    expect(places('府中')).toEqual(['東京都府中市|広島県府中市']);
    expect(places('広島の府中')).toEqual(['広島県府中市']);
  });

  it('prefers a station to a village of the same name', () => {
    expect(places('上野')).toEqual(['東京都台東区']);
  });

  it('maps stations and districts to the ward they lie in', () => {
    expect(places('梅田')).toEqual(['大阪府大阪市 北区']);
    expect(places('三宮のあたり', 'work')).toEqual(['兵庫県神戸市 中央区']);
    expect(places('横浜駅の近く')).toEqual(['神奈川県横浜市 西区']);
    expect(places('umeda station')).toEqual(['大阪府大阪市 北区']);
  });

  it('reads 保土ヶ谷, 保土ケ谷 and 保土が谷 alike', () => {
    for (const text of ['保土ヶ谷', '保土ケ谷', '保土が谷'])
      expect(places(text)).toEqual(['神奈川県横浜市 保土ケ谷区']);
  });

  it('takes places in a list as alternatives at the same level', () => {
    expect(places('岡山か倉敷')).toEqual(['岡山県岡山市', '岡山県倉敷市']);
    expect(places('上野か池袋')).toEqual(['東京都台東区', '東京都豊島区']);
  });
});
