import { parseOrdinal } from './parse-ordinal';

describe('parseOrdinal', () => {
  it.each([
    ['2番目がいい', 2],
    ['3番目のパン屋さんが気になります', 3],
    ['２番目', 2],
    ['二番目のやつ', 2],
    ['1つ目にする', 1],
    ['４件目の詳しく', 4],
    ['最初のがいいかな', 1],
    ['一番上の', 1],
    ['最後のやつ', -1],
    ['the second one', 2],
    ['I like the last one', -1],
    ['number 3 please', 3],
    ['#2', 2],
    ['the 3rd one', 3],
    ['I like the 2nd', 2],
    ['1st please', 1],
    ['3', 3],
    ['tell me more about number two', 2],
    ['details of number three', 3],
    ['３で', 3],
    ['2です。', 2],
    ['二', 2],
    ['1ばん', 1],
    ['2ばんがいいです', 2],
  ])('%s -> %d', (text, expected) => {
    expect(parseOrdinal(text)).toBe(expected);
  });

  it.each([
    'はい',
    'ほかのも見たい',
    '週2くらい',
    '時給1200円',
    '10時から',
    'first time working',
    '2人で応募したい',
    'I work 3 days',
    'no one told me',
  ])('finds no position in %s', (text) => {
    expect(parseOrdinal(text)).toBeNull();
  });
});
