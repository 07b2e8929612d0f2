import fc from 'fast-check';
import { foldNumerals } from './numerals';
import { parseNumbers } from './parse-numbers';

describe('foldNumerals', () => {
  it.each([
    ['時給千二百円', '時給1200円'],
    ['千五百', '1500'],
    ['日給一万円', '日給10000円'],
    ['月給二十万', '月給200000'],
    ['1万2千円', '12000円'],
    ['1.5万', '15000'],
    ['週一', '週1'],
    ['１，２００円', '1200円'],
    ['週2,3日', '週2,3日'],
    ['twice a week', '2 a week'],
    ['万全です', '万全です'],
  ])('%s -> %s', (text, folded) => {
    expect(foldNumerals(text)).toBe(folded);
  });
});

describe('parseNumbers', () => {
  it.each([
    ['時給1200円以上', { amount: 1200, per: 'hour' }],
    ['時給千二百円がいい', { amount: 1200, per: 'hour' }],
    ['時給は１２００円くらい', { amount: 1200, per: 'hour' }],
    ['千二百円くらいはほしい', { amount: 1200, per: 'hour' }],
    ['日給1万円', { amount: 10000, per: 'day' }],
    ['月給20万', { amount: 200000, per: 'month' }],
    ['月に15万円は稼ぎたい', { amount: 150000, per: 'month' }],
    ['at least 1,200 yen an hour', { amount: 1200, per: 'hour' }],
    ['¥1500/hour or more', { amount: 1500, per: 'hour' }],
    ['時給は最低でも1100円', { amount: 1100, per: 'hour' }],
    ['日給１万２千円', { amount: 12000, per: 'day' }],
    ['月収25万以上', { amount: 250000, per: 'month' }],
    ['1500円/時', { amount: 1500, per: 'hour' }],
  ])('wage: %s', (text, wageMin) => {
    expect(parseNumbers(text)).toEqual({ wageMin });
  });

  it.each([
    ['交通費500円は出てほしい'],
    ['103万の壁があるので'],
    ['高時給がいい'],
    ['一般事務'],
    ['十分です'],
    ['60代です'],
    ['3月から働きたい'],
    ['週休2日'],
    ['up to 20 hours a week'],
    ['週に20時間くらい'],
    ['年収200万円くらい'],
    ['after 3 years'],
  ])('no number in %s', (text) => {
    expect(parseNumbers(text)).toEqual({});
  });

  it.each([
    ['週2くらい', { min: 2, max: 2 }],
    ['週3以上', { min: 3 }],
    ['週4まで', { max: 4 }],
    ['週２〜３日', { min: 2, max: 3 }],
    ['週2,3日で', { min: 2, max: 3 }],
    ['週2.3日', { min: 2, max: 3 }],
    ['週一でいい', { min: 1, max: 1 }],
    ['週に3回から', { min: 3 }],
    ['2 days a week', { min: 2, max: 2 }],
    ['twice a week', { min: 2, max: 2 }],
    ['at least 3 days a week', { min: 3 }],
    ['3 or 4 days a week', { min: 3, max: 4 }],
  ])('days a week: %s', (text, daysPerWeek) => {
    expect(parseNumbers(text)).toEqual({ daysPerWeek });
  });

  it.each([
    ['1日5時間まで', { max: 5 }],
    ['一日四時間くらい', { min: 4, max: 4 }],
    ['3〜5時間', { min: 3, max: 5 }],
    ['6時間以上', { min: 6 }],
    ['5 hours a day', { min: 5, max: 5 }],
    ['up to 4 hours', { max: 4 }],
  ])('hours a day: %s', (text, hoursPerDay) => {
    expect(parseNumbers(text)).toEqual({ hoursPerDay });
  });

  it.each([
    ['10時から14時', { from: '10:00', to: '14:00' }],
    ['お昼の11時から1時まで', { from: '11:00', to: '13:00' }],
    ['昼の2時から', { from: '14:00' }],
    ['午前中、8時から', { from: '08:00', to: '12:00' }],
    ['夕方5時以降', { from: '17:00' }],
    ['午後2時', { from: '14:00' }],
    ['14時まで', { to: '14:00' }],
    ['9時〜5時', { from: '09:00', to: '17:00' }],
    ['朝7時半から', { from: '07:30' }],
    ['午後1時から5時まで', { from: '13:00', to: '17:00' }],
    ['17:00-22:00', { from: '17:00', to: '22:00' }],
    ['from 10am to 2pm', { from: '10:00', to: '14:00' }],
    ['after 6 pm', { from: '18:00' }],
    ['evenings after 6', { from: '18:00' }],
    ['until 3 on weekdays', { to: '15:00' }],
    ['mornings from 6', { from: '06:00' }],
    ['from 9 please', { from: '09:00' }],
    ['夜10時から朝5時', { from: '22:00', to: '05:00' }],
    ['夜中の2時まではいける', { to: '02:00' }],
    ['10〜14時', { from: '10:00', to: '14:00' }],
    ['9時出勤で18時上がり', { from: '09:00', to: '18:00' }],
  ])('time of day: %s', (text, timeOfDay) => {
    expect(parseNumbers(text)).toEqual({ timeOfDay });
  });

  it('reads a range of days in kanji before a space and the hours', () => {
    expect(parseNumbers('週三日か四日 一日六時間')).toEqual({
      daysPerWeek: { min: 3, max: 4 },
      hoursPerDay: { min: 6, max: 6 },
    });
  });

  it('reads several facts in one sentence', () => {
    expect(parseNumbers('週3で1日5時間、時給1100円以上、18時から')).toEqual({
      daysPerWeek: { min: 3, max: 3 },
      hoursPerDay: { min: 5, max: 5 },
      wageMin: { amount: 1100, per: 'hour' },
      timeOfDay: { from: '18:00' },
    });
  });

  it.each([
    ['週休3日で', { daysPerWeek: { min: 4, max: 4 } }],
    ['週3日以上4日以下', { daysPerWeek: { min: 3, max: 4 } }],
    ['しゅう 3かい ぐらい', { daysPerWeek: { min: 3, max: 3 } }],
    ['週にね2日ぐらい', { daysPerWeek: { min: 2, max: 2 } }],
    ['1日4h', { hoursPerDay: { min: 4, max: 4 } }],
    ['どれもいまいちじゃのう', {}],
    ['週に二三日', { daysPerWeek: { min: 2, max: 3 } }],
    ['三四時間くらい', { hoursPerDay: { min: 3, max: 4 } }],
    ['二十三日まで', {}],
  ])('days, hours and no false clock times: %s', (text, facts) => {
    expect(parseNumbers(text)).toEqual(facts);
  });

  it.each([
    ['週4じゃなくて週3でお願いします', { daysPerWeek: { min: 3, max: 3 } }],
    ['週2、やっぱ週4で', { daysPerWeek: { min: 4, max: 4 } }],
    ['4 or more days a week', { daysPerWeek: { min: 4 } }],
    ['週三 四日くらい', { daysPerWeek: { min: 3, max: 4 } }],
    ['週に さんよんかい', { daysPerWeek: { min: 3, max: 4 } }],
    ['せめて1300は欲しい', { wageMin: { amount: 1300, per: 'hour' } }],
    ['時給1100円ちょっとあればいい', { wageMin: { amount: 1100, per: 'hour' } }],
    ['じきゅう せん にひゃく えん', { wageMin: { amount: 1200, per: 'hour' } }],
    ['あさ ろくじから じゅうじまで', { timeOfDay: { from: '06:00', to: '10:00' } }],
    ['学校が16時までなので、17時から21時', { timeOfDay: { from: '17:00', to: '21:00' } }],
    ['お迎えが3時なんで それまでに上がれるところ', { timeOfDay: { to: '15:00' } }],
    ['本業が17時までなので それから働けます', { timeOfDay: { from: '17:00' } }],
  ])('counts and times corrected, bounded, spaced or said of something else: %s', (text, facts) => {
    expect(parseNumbers(text)).toEqual(facts);
  });

  it('never throws and stays an object on any text', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (text) => {
        expect(typeof parseNumbers(text)).toBe('object');
      }),
    );
    expect(parseNumbers('あ'.repeat(3000))).toEqual({});
    expect(parseNumbers('9'.repeat(3000))).toEqual({});
  });
});
