import { speakable } from './speakable';

const ja = { range: 'から', pause: '、', percent: 'パーセント' };
const en = { range: ' to ', pause: ', ', percent: ' percent' };

describe('speakable', () => {
  it.each([
    ['【日払いOK】駅チカのカフェスタッフ', '日払いOK、駅チカのカフェスタッフ'],
    ['カフェスタッフ（渋谷区）', 'カフェスタッフ、渋谷区'],
    ['居酒屋スタッフ／週2〜3日', '居酒屋スタッフ、週2から3日'],
    ['カフェのホール・キッチン★土日のみ', 'カフェのホール、キッチン、土日のみ'],
    ['時給1,200円', '時給1200円'],
    ['詳しくは https://jobs.example/L1 まで', '詳しくは、まで'],
    ['まかない付き😀🍜', 'まかない付き'],
    ['**急募** #カフェ', '急募、カフェ'],
    ['交通費10%支給※条件あり', '交通費10パーセント支給、条件あり'],
    ['¥1200', '1200'],
    ['1件目、タイトル。。', '1件目、タイトル。'],
  ])('%s -> %s', (text, spoken) => {
    expect(speakable(text, ja)).toBe(spoken);
  });

  it('uses the locale words', () => {
    expect(speakable('2~3 days (weekends)', en)).toBe('2 to 3 days, weekends');
    expect(speakable('50% off', en)).toBe('50 percent off');
  });
});
