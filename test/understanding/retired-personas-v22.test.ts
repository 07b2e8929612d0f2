import { statedConstraints } from '../../src/dialogue/constraints';
import { sampleDialogue } from './sample-dialogue';
import { sampleReader } from './sample-reader';

/**
 * Misreadings an outside reader found in 50 conversations of the twenty-second persona set, retired to development
 * (2026-12-05): each test is what a person means by the words they used, read from the structure or the word, not
 * the one sentence.
 */
const { parse, stances } = sampleReader();

const { play, textOf, data } = sampleDialogue();

describe('only X is possible: X wanted', () => {
  it.each(['土日しか行げねんだ', '土日しか行けない', '土日しか入れません', '土日しか行げね'])(
    '「%s」 wants weekends only',
    (text) => {
      expect(stances(text)).toEqual(['weekends-only:positive']);
    },
  );

  it('「夜しか無理」「夕方からしか入れません」 want that time', () => {
    expect(stances('夜しか無理')).toEqual(['night:positive']);
    expect(stances('夕方からしか入れません')).toEqual(['evening:positive']);
  });

  it('行げね (東北弁 行けない) refuses without しか; しかも is no しか', () => {
    expect(stances('土日は行げね')).toEqual(['weekdays-only:positive']);
    expect(stances('しかも日払いがいい')).toEqual(['daily-pay:positive']);
  });
});

describe('asking whether there is one asks for it', () => {
  it.each([
    '栄のあたりで朝だけ働けるパン屋さんのパートないきゃあ？',
    'パン屋のバイトないきゃー',
    '栄でパン屋さんのパートないかね',
    '博多でパン屋のバイトなかと？',
    '高知でパン屋のバイトないやろか',
    'パン屋のパートない？',
  ])('「%s」 wants パン屋', (text) => {
    expect(stances(text)).toContain('bakery:positive');
    expect(stances(text)).not.toContain('bakery:negative');
  });
});

describe('impossible unless: the thing wanted', () => {
  it.each([
    '車で通えんと無理やき',
    '車で通えないと無理',
    '車で行けんとだめ',
    '車じゃないと無理',
    '車じゃないと通えん',
  ])('「%s」 wants 車通勤OK', (text) => {
    expect(stances(text)).toEqual(['car-commute:positive']);
  });

  it('the ん before と is a verb: 「店長さんと」 is no negation', () => {
    expect(stances('カフェで店長さんと無理なく働けるところ')).not.toContain('cafe:negative');
  });
});

describe('fine with it, not asking for it', () => {
  it.each(['夜勤 だいじょうぶです。', '夜勤は平気です', '夜勤でも平気', '夜勤も大丈夫です'])(
    '「%s」 is a soft yes to 深夜',
    (text) => {
      const late = parse(text).mentions.conditions.find((m) => m.id === 'late-night');
      expect(late).toMatchObject({ polarity: 'positive', soft: true });
      expect(late?.hoped).toBeUndefined();
    },
  );

  it('said before a noun it describes the work wanted, and asked it is no stance of one’s own', () => {
    expect(parse('日払い大丈夫なところ').mentions.conditions[0]?.soft).toBeUndefined();
    expect(parse('未経験でも大丈夫なところ').mentions.conditions[0]?.soft).toBeUndefined();
    expect(parse('夜勤大丈夫ですか').mentions.conditions[0]?.soft).toBeUndefined();
  });
});

describe('a hope is wanted, not tolerated', () => {
  it.each(['寮 あると うれしい。', '寮あったら助かる', 'まかない出るとこやったら最高'])(
    '「%s」 is hoped for',
    (text) => {
      const [hope] = parse(text).mentions.conditions;
      expect(hope).toMatchObject({ polarity: 'positive', soft: true, hoped: true });
    },
  );
});

describe('one day of the week is days a week, not a one-off job', () => {
  it('「土日のどちらか1日だけ入れる」 is 週1 at weekends', () => {
    const { mentions, numbers } = parse('土日のどちらか1日だけ入れるカフェかパン屋さん');
    expect(stances('土日のどちらか1日だけ入れるカフェかパン屋さん')).toEqual([
      'cafe:positive',
      'bakery:positive',
      'weekends-only:positive',
    ]);
    expect(mentions.conditions.map((m) => m.id)).not.toContain('one-day');
    expect(numbers.daysPerWeek).toEqual({ min: 1, max: 1 });
  });

  it.each(['土日のどっちか一日だけ入れます', '平日なら1日だけ入れます'])(
    '「%s」 is one day a week',
    (text) => {
      expect(parse(text).numbers.daysPerWeek).toEqual({ min: 1, max: 1 });
      expect(stances(text)).not.toContain('one-day:positive');
    },
  );

  it('「1日だけのバイト」 is still a one-off job', () => {
    expect(stances('1日だけのバイトがいい')).toEqual(['one-day:positive']);
    expect(parse('1日だけのバイトがいい').numbers.daysPerWeek).toBeUndefined();
  });
});

describe('a list before the stance: each item takes it', () => {
  it('「土日と夜は…難しいです」 refuses both', () => {
    const text =
      '平日の9時〜15時の間で、週3日くらい働けるところを探しています。土日と夜は家庭の都合で難しいです。';
    expect(stances(text)).toEqual(['weekdays-only:positive', 'night:negative']);
    expect(parse(text).numbers).toEqual({
      daysPerWeek: { min: 3, max: 3 },
      timeOfDay: { from: '09:00', to: '15:00' },
    });
  });

  it.each(['土日や夜は無理です', '土日、夜は難しいです'])('「%s」 refuses both', (text) => {
    expect(stances(text)).toEqual(['weekdays-only:positive', 'night:negative']);
  });

  it('a bare name before a comma keeps its wish when the next is told of oneself', () => {
    expect(stances('病院の受付、医療事務の資格持ってます')).toEqual(['medical-office:positive']);
  });
});

const replacedEvent =
  'イベントスタッフの単発バイトを探してます。あ、やっぱりイベントじゃなくてライブスタッフがいいです！';

describe('やっぱり X じゃなくて Y replaces X by Y', () => {
  it('X is dropped, not refused; Y is wanted', () => {
    expect(stances(replacedEvent)).toEqual(['live-staff:positive', 'one-day:positive']);
    expect(stances('やっぱり居酒屋じゃなくてカフェがいい')).toEqual(['cafe:positive']);
  });

  it('without やっぱり, X じゃなくて Y still refuses X', () => {
    expect(stances('居酒屋じゃなくてカフェがいい')).toEqual(['izakaya:negative', 'cafe:positive']);
  });
});

describe('whole turns of the twenty-second set', () => {
  it('「夜勤 だいじょうぶです。」 answering another question is fine with 深夜, not a requirement', () => {
    const { state, replies } = play(['名古屋市', 'コンビニ', '夜勤 だいじょうぶです。']);
    const constraints = statedConstraints(state);
    expect(constraints.requiredConditions.has('late-night')).toBe(false);
    expect(textOf(replies[2])).toMatch(/深夜でも大丈夫|深夜もOK|深夜でもいい/u);
    expect(textOf(replies[2])).not.toMatch(/深夜も条件に/u);
  });

  it('「寮 あると うれしい。」 is said back as a hope that ranks, not as 「寮・社宅もOK」', () => {
    const { state, replies } = play(['名古屋市', '工場', '寮 あると うれしい。']);
    const said = textOf(replies[2]);
    expect(said).toMatch(/寮・社宅のお仕事を先に/u);
    expect(said).not.toMatch(/寮・社宅(でも大丈夫|もOK|でもいい)/u);
    expect(statedConstraints(state).requiredConditions.has('dormitory')).toBe(false);
  });

  it('「やっぱりイベントじゃなくてライブスタッフ」 wants ライブスタッフ and refuses no event work', () => {
    const { state, replies } = play(['名古屋市', replacedEvent]);
    const constraints = statedConstraints(state);
    expect(constraints.wantedTypes.has('live-staff')).toBe(true);
    expect(constraints.wantedTypes.has('event-staff')).toBe(false);
    expect(constraints.unwantedTypes.size).toBe(0);
    expect(textOf(replies[1])).not.toMatch(/避けて|外して|除いて/u);
  });

  it('a refused category never refuses a type wanted in the same breath', () => {
    const { state } = play(['名古屋市', 'イベントじゃなくてライブスタッフがいいです']);
    const constraints = statedConstraints(state);
    expect(constraints.wantedTypes.has('live-staff')).toBe(true);
    expect(constraints.unwantedTypes.has('live-staff')).toBe(false);
  });
});

describe('found playing it as a senior on a speaker', () => {
  it.each([
    ['ななじゅっさいなんだけど できる仕事あるかね', 'seniors:positive'],
    ['はちじゅっさいでも働ける？', 'seniors:positive'],
  ])('an age said in kana beside kanji is the age: %s', (text, stance) => {
    expect(stances(text, 'area')).toContain(stance);
  });

  it('「いっさいない」 is no age', () => {
    expect(stances('いっさいない', 'area')).toEqual([]);
  });
});

describe('a group inside a category says which part of it is meant', () => {
  it('「アウトレットでの販売」 is outlet-mall shops, not all of 販売 (p22-49)', () => {
    const { state } = play(['軽井沢で短期のバイト', 'アウトレットでの販売などを考えています']);
    expect([...statedConstraints(state).wantedTypes].sort()).toEqual([
      'apparel',
      'shoe-store',
      'variety-store',
    ]);
  });
});

describe('found playing it as a foreigner writing English', () => {
  it('a condition is asked in natural English, not a label in quotes in a frame', () => {
    const { replies } = play(['I want a part time job in Nagoya', 'no preference'], { kind: 'start' });
    const reply = replies[1];
    expect(reply?.question?.kind).toBe('condition');
    const asked = reply?.messages.at(-1)?.text ?? '';
    expect(asked).toMatch(/^(Would|Is|Are|Do|Will)\b.+\?$/u);
    expect(asked).not.toMatch(/"|“/u);
  });
});

describe('a condition said firmly holds on every job shown (p22-20)', () => {
  const opening =
    '7月から9月までの短期で、宮古島のリゾートホテルで住み込みのバイトってありますか？寮がないと無理です。';
  const dormitory = (id: string) =>
    data()
      .catalog.listings.find((l) => l.id === id)
      ?.conditionIds.includes('dormitory') === true;

  it('「寮がないと無理です」: no job without a dorm, not even a near one; the short term stays a wish', () => {
    const { state, replies } = play([opening, 'ほかのも見たい']);
    const shown = replies.flatMap((r) => r.cards.map((c) => c.id));
    expect(shown.length).toBeGreaterThan(0);
    expect(shown.filter((id) => !dormitory(id))).toEqual([]);
    expect(statedConstraints(state).firm).toEqual(new Set(['dormitory']));
    expect(textOf(replies[0])).toContain('寮・社宅は外せない条件として探しますね');
  });

  it('said plainly, a dorm is a wish a near miss may lack, as before', () => {
    const { replies } = play(['宮古島のリゾートホテルで寮付きのバイトってありますか？']);
    const shown = replies.flatMap((r) => r.cards.map((c) => c.id));
    expect(shown.some((id) => !dormitory(id))).toBe(true);
  });

  it('taken back with 「戻る」, the firm wish goes with the message that said it', () => {
    const { state } = play(['宮古島で', '寮がないと無理です', '戻る']);
    expect(statedConstraints(state).firm.size).toBe(0);
    expect(state.fm ?? []).toEqual([]);
  });
});
