import { sampleReader } from './sample-reader';

/**
 * Misreadings found when the fifth held-out understanding set was retired to development (2026-12-05) and its
 * misses read: each test is what a person means by the words its writers used.
 */
const { parse } = sampleReader();

describe('a wish stated where an offer or the results were answered', () => {
  it.each([
    ['面接なしがいい', 'offer'],
    ['私服でいけるとこ', 'offer'],
    ['時給は千円あればいいさー', 'offer'],
    ['週三日くらいでいいっしょ', 'offer'],
    ['日払いできるやつだけ見せて', 'results'],
    ['10時からのやつある？', 'results'],
    ['この中で昇給あるのどれですか', 'results'],
  ] as const)('「%s」 to %s is no answer', (text, question) => {
    expect(parse(text, question).answer).toBeNull();
  });

  it.each([
    ['はい あと制服はいやです', 'offer', 'yes'],
    ['うん あ あと家から近いとこがいい', 'offer', 'yes'],
    ['川崎までならいいですよ', 'offer', 'yes'],
    ['三鷹まで広げてください', 'offer', 'yes'],
    ['短期はいらないです', 'offer', 'no'],
    ['それはいいです、昼間だけで', 'offer', 'no'],
    ['焼肉屋のやつ詳しく聞きたい', 'results', 'yes'],
    ['1番は居酒屋やけんなしで、3番がよか', 'results', 'yes'],
  ] as const)('「%s」 to %s still answers %s', (text, question, level) => {
    expect(parse(text, question).answer).toBe(level);
  });
});
