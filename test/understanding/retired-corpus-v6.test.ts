import { sampleReader } from './sample-reader';

/**
 * Misreadings found when the sixth held-out understanding set was retired to development (2026-12-05) and its
 * misses read: each test is what a person means by the words its writers used.
 */
const { parse, stances, places } = sampleReader();

describe('no kind of work in mind, to the open question about work', () => {
  it.each(['特にないかなー', 'うんにゃ なんでもいい', 'なんでもいいです', 'べつにこれっていうのはねえな'])(
    '「%s」 is a no',
    (text) => {
      expect(parse(text, 'work').answer).toBe('no');
    },
  );

  it('「ほかの条件は特にないです」 to 「ほかの条件も聞いてもいいですか？」 is a no', () => {
    expect(parse('ほかの条件は特にないです', 'offer').answer).toBe('no');
  });

  it('「水商売じゃなきゃなんでもいい」 still names what is refused rather than answering', () => {
    expect(parse('水商売じゃなきゃなんでもいい', 'work').answer).toBeNull();
  });
});

describe('a plain yes or no set apart by a space only', () => {
  it.each([
    ['いや 1日6時間以上働きたい', 'no'],
    ['いや 週4までにしたい', 'no'],
    ['はい ただ平日だけになっちゃいます', 'yes'],
  ] as const)('「%s」 answers %s', (text, level) => {
    expect(parse(text, 'yesno').answer).toBe(level);
  });

  it('English words are all spaced: "Yeah maybe, if it\'s not too far" stays a maybe', () => {
    expect(parse("Yeah maybe, if it's not too far.", 'yesno').answer).toBe('probablyYes');
  });
});

describe('a number stated to the open question is no yes', () => {
  it.each(['週4までにしたい', '週3以上入れます'])('「%s」', (text) => {
    expect(parse(text, 'work').answer).toBeNull();
  });
});

describe('what is said after a space or a reason does not turn the stance round', () => {
  it.each([
    ['制服ないとこがいいな 着替えめんどいし', 'uniform:negative'],
    ['シフト固定はいや 自由がいい', 'fixed-shifts:negative'],
    ['夜のお仕事は主人が反対してて', 'night:negative'],
    ['オープニングスタッフ 人間関係できあがってないから楽そう', 'grand-opening:positive'],
  ])('「%s」', (text, stance) => {
    expect(stances(text)).toContain(stance);
  });

  it('「介護は避けたいです 体がもたないので」 refuses care work', () => {
    expect(parse('介護は避けたいです 体がもたないので').mentions.categories).toEqual([
      expect.objectContaining({ id: '介護', polarity: 'negative' }),
    ]);
  });

  it('a learner spacing every word: 「外国人だめ の ところ むり です」 still wants foreigners welcome', () => {
    expect(stances('わたし ベトナム人 外国人だめ の ところ むり です')).toEqual(['foreigners:positive']);
  });

  it('「Wワークなので」 is what one is, the reason for refusing full time', () => {
    expect(stances('Wワークなのでフルタイムは無理です')).toEqual(['side-job:positive', 'full-time:negative']);
  });

  it('the 中国・九州 けん after an adjective is a reason, not いけん', () => {
    expect(parse('朝は強いけん 全然よかよ', 'yesno').answer).toBe('yes');
    expect(stances('朝は強いけん 全然よかよ', 'yesno')).toEqual(['early-morning:positive']);
    expect(parse('深夜はもう寝とる時間じゃけえ いけんわ', 'yesno').answer).toBe('no');
    expect(stances('深夜はもう寝とる時間じゃけえ いけんわ', 'yesno')).toEqual(['late-night:negative']);
  });
});

describe('what one is or has just done is no wish', () => {
  it.each([
    ['夜勤明けだから、朝6時から10時くらいまでなら', 'work'],
    ['全然いけます 夜型なんで', 'yesno'],
  ] as const)('「%s」 names no time band', (text, question) => {
    expect(stances(text, question)).toEqual([]);
  });

  it('「夜勤明けなんで、朝はむしろ都合いいです」 wants the morning only', () => {
    expect(stances('夜勤明けなんで、朝はむしろ都合いいです', 'yesno')).toEqual(['early-morning:positive']);
  });

  it('「夜職してて、昼の副業で動画編集とかできたら」 does not ask for night work', () => {
    expect(stances('夜職してて、昼の副業で動画編集とかできたら')).not.toContain('night:positive');
  });
});

describe('places: where one comes from, and a verb that reads like a place', () => {
  it('「北海道出身で、今は横浜に住んでるので横浜で」 is 横浜', () => {
    expect(places('北海道出身で、今は横浜に住んでるので横浜で')).toEqual(['神奈川県 横浜市']);
  });

  it('「実家は鹿児島やけど 今は福岡市の早良区に住んどるけん そこらへんで」 is 早良区', () => {
    expect(places('実家は鹿児島やけど 今は福岡市の早良区に住んどるけん そこらへんで')).toEqual([
      '福岡県 福岡市 早良区',
    ]);
  });

  it('「バイトさがし中です、福岡市内で」: さがし is searching, not 佐賀市', () => {
    expect(places('バイトさがし中です、福岡市内で')).toEqual(['福岡県 福岡市']);
  });
});

describe('anywhere, said with a reason or a condition of getting there', () => {
  it.each(['通えるならどこでも', '自宅でできる在宅ワークがいいので場所は関係ないです'])('「%s」', (text) => {
    expect(parse(text, 'area').command).toBe('anywhere');
  });

  it('「リモートなら場所関係ないですよね」 asks, on a condition, and is no command', () => {
    expect(parse('リモートなら場所関係ないですよね', 'area').command).toBeNull();
  });
});

describe('numbers in kana, and ceilings', () => {
  it.each([
    ['しゅうさんかよんくらい', { daysPerWeek: { min: 3, max: 4 } }],
    ['いちにち5じかんいない', { hoursPerDay: { max: 5 } }],
    ['じゅうじから3じまで', { timeOfDay: { from: '10:00', to: '15:00' } }],
    ['副業なので週1回だけ', { daysPerWeek: { min: 1, max: 1 } }],
    ['扶養内で月8万くらいまでに抑えたいです', {}],
  ] as const)('「%s」', (text, numbers) => {
    expect(parse(text, 'work').numbers).toEqual(numbers);
  });

  it('hours with だけ stay a ceiling: 「3時間だけとか」', () => {
    expect(parse('3時間だけとか', 'work').numbers).toEqual({ hoursPerDay: { max: 3 } });
  });
});
