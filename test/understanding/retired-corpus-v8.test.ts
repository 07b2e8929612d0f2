import { parseUtterance, type QuestionSubject } from '../../src/nlu';
import { sampleReader } from './sample-reader';

/**
 * Misreadings found when the eighth held-out understanding set was retired to development (2026-12-05) and its
 * misses read: each test is what a person means by the words its writers used.
 */
const { lexicon, parse } = sampleReader();

/** The answer to a yes/no question about one condition or job type, as the dialogue asks it. */
const answerTo = (text: string, subject: QuestionSubject) =>
  parseUtterance(text, { locale: 'ja', question: 'yesno', subject, lexicon: lexicon() }).answer;
const condition = (id: string): QuestionSubject => ({ kind: 'condition', id });

describe('a yes/no question answered by naming what it asks about', () => {
  it.each([
    ['髪色自由なとこ 金髪なんで', 'free-hair'],
    ['金髪なんでそこ大事っす', 'free-hair'],
    ['日給で一万二千円 日払いで', 'daily-pay'],
    ['学校終わってからの夕方から', 'evening'],
    ['そら交通費ちゃんと出えへんと困るわ', 'transport-paid'],
    ['1500円以上あれば', 'high-wage'],
  ])('「%s」 to a question about %s is yes', (text, id) => {
    expect(answerTo(text, condition(id))).toBe('yes');
  });
});

describe('wanting what rules the thing asked out', () => {
  it.each([
    ['昼間のほうがいいです', 'night', 'no'],
    ['午前中だけなら', 'night', 'no'],
    ['長く続けられるとこがええのう', 'short-term', 'no'],
    ['もう一回働きに出るなら 平日の昼間がいいね', 'weekends-only', 'no'],
    ['うーん、どちらかといえば長く続けたいです', 'short-term', 'probablyNo'],
  ])('「%s」 to a question about %s is %s', (text, id, level) => {
    expect(answerTo(text, condition(id))).toBe(level);
  });

  it('夕方 and 夜 go together: 「夜がいい」 to 「夕方からのお仕事がいいですか？」 is not a no', () => {
    expect(answerTo('夜がいいです', condition('evening'))).not.toBe('no');
  });
});

describe('a wish of one’s own after the results is no answer', () => {
  it.each([
    '寮付きのとこがいい',
    'まかない付きがいいな🍚',
    '履歴書なしで応募できるやつがいい',
    '駅ナカのお店がいい',
    '1日4時間までがいいです…子どものお迎えあるので',
    'ピアス外さなくていいとこがいいです',
  ])('「%s」', (text) => {
    expect(parse(text, 'results').answer).toBeNull();
  });

  it.each([
    '二番目のやつがいいです',
    '梅田のやつがいい',
    '4番のパン屋さんがいいな🥐',
    'この中だと急募のやつがいい',
  ])('「%s」 points at a job shown: yes', (text) => {
    expect(parse(text, 'results').answer).toBe('yes');
  });
});
