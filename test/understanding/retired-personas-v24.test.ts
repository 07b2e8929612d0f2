import { statedConstraints } from '../../src/dialogue/constraints';
import { sampleDialogue } from './sample-dialogue';
import { sampleReader } from './sample-reader';

/**
 * Misreadings an outside reader found in 50 conversations of the twenty-fourth persona set, retired to development
 * (2026-12-05, an audit of their transcripts): each test is what a person means by the words they used, read from the
 * structure or the word, not the one sentence.
 */
const { parse, stances } = sampleReader();

const { play, textOf } = sampleDialogue();

describe('asking whether there is X asks for X (p24-26: 「焼肉かラーメン屋のバイトないん？」 refused both)', () => {
  it.each([
    '広島の八丁堀らへんで焼肉かラーメン屋のバイトないん？まかない付きがええんじゃけど',
    '焼肉かラーメン屋のバイトないん？',
    '焼肉かラーメン屋のバイトないん',
    '焼肉かラーメン屋のバイトないんか',
    '焼肉かラーメン屋のバイトないんかな',
    '焼肉かラーメン屋のバイトないかな',
    '焼肉かラーメン屋のバイトないの？',
    '焼肉かラーメン屋のバイトないですか',
    '焼肉かラーメン屋のバイトねえか',
  ])('「%s」 wants 焼肉 and ラーメン', (text) => {
    expect(stances(text)).toEqual(expect.arrayContaining(['yakiniku:positive', 'ramen:positive']));
    expect(stances(text)).not.toContain('yakiniku:negative');
    expect(stances(text)).not.toContain('ramen:negative');
  });

  it('a refusal in ん is still one: 「できないん」「やりたくないん」', () => {
    expect(stances('夜勤はできないん')).toEqual(['late-night:negative']);
    expect(stances('居酒屋はやりたくないん')).toEqual(['izakaya:negative']);
  });

  it('the dialogue searches for 焼肉 and ラーメン, it does not exclude them', () => {
    const { state, replies } = play([
      '広島の八丁堀らへんで焼肉かラーメン屋のバイトないん？まかない付きがええんじゃけど',
    ]);
    const stated = statedConstraints(state);
    expect(stated.wantedTypes.has('yakiniku')).toBe(true);
    expect(stated.wantedTypes.has('ramen')).toBe(true);
    expect(stated.unwantedTypes.size).toBe(0);
    expect(textOf(replies[0])).not.toContain('除いて');
  });
});

describe('a question said without a question mark ends where the speaker paused (p24-32, p24-46)', () => {
  it.each([
    '旭川で夜勤の工場の仕事ないかい 時給千二百円以上で',
    '夜勤の工場の仕事ないかい 時給千二百円以上で',
    '夜勤の工場の仕事ないかな 時給千二百円以上で',
    '夜勤の工場の仕事ない 時給千二百円以上で',
    '夜勤の工場の仕事ない？時給千二百円以上で',
  ])('「%s」 wants 深夜 and factory work', (text) => {
    expect(stances(text)).toEqual(['late-night:positive', '工場・製造:positive']);
    expect(parse(text).numbers.wageMin).toEqual({ amount: 1200, per: 'hour' });
  });

  it.each([
    'すすきので居酒屋以外の夜のバイトない 時給千二百円から',
    '居酒屋以外の夜のバイトない？時給千二百円から',
    '居酒屋以外の夜のバイトないかな 時給千二百円から',
    '居酒屋以外の夜のバイトない',
  ])('「%s」: 以外 refuses 居酒屋 only; 夜 is wanted', (text) => {
    expect(stances(text)).toEqual(['izakaya:negative', 'night:positive']);
  });

  it('a refusal before a space is still one: 「夜はない 昼がいい」', () => {
    expect(stances('夜はない 昼がいい')).toEqual(['night:negative', 'daytime:positive']);
  });

  it('the dialogue requires 深夜 and factory work for p24-32', () => {
    const { state, replies } = play(['旭川で夜勤の工場の仕事ないかい 時給千二百円以上で']);
    const stated = statedConstraints(state);
    expect(stated.requiredConditions.has('late-night')).toBe(true);
    expect(stated.excludedConditions.size).toBe(0);
    expect(stated.unwantedTypes.size).toBe(0);
    expect(stated.wantedTypes.has('line-work')).toBe(true);
    expect(textOf(replies[0])).not.toContain('除いて');
  });

  it('the dialogue wants 夜 and refuses 居酒屋 only for p24-46', () => {
    const { state } = play(['すすきので居酒屋以外の夜のバイトない 時給千二百円から']);
    const stated = statedConstraints(state);
    expect(stated.requiredConditions.has('night')).toBe(true);
    expect([...stated.excludedConditions]).toEqual([]);
    expect([...stated.unwantedTypes]).toEqual(['izakaya']);
  });
});

describe('a self-correction takes back what was said before it (p24-42)', () => {
  it.each([
    ['下関で土日に試食販売の あっ違う着ぐるみのバイトがしたい', 'costume-character'],
    ['試食販売の あっ違う着ぐるみ', 'costume-character'],
    ['試食販売、いや違う、着ぐるみ', 'costume-character'],
    ['カフェ いや違う パン屋がいい', 'bakery'],
    ['カフェ、違う、パン屋', 'bakery'],
    ['コンビニ、あ、間違えた、スーパー', 'supermarket'],
    ['試食販売、やっぱり着ぐるみ', 'costume-character'],
  ])('「%s」 wants only %s', (text, id) => {
    const types = parse(text).mentions.jobTypes.map((m) => `${m.id}:${m.polarity}`);
    expect(types).toEqual([`${id}:positive`]);
  });

  it('「XじゃなくてY」 still refuses X, as the development labels have it', () => {
    expect(stances('試食販売じゃなくて着ぐるみ')).toEqual([
      'food-demo:negative',
      'costume-character:positive',
    ]);
  });

  it('the dialogue does not want 試食販売', () => {
    const { state } = play(['下関で土日に試食販売の あっ違う着ぐるみのバイトがしたい']);
    const stated = statedConstraints(state);
    expect([...stated.wantedTypes]).toEqual(['costume-character']);
    expect(stated.requiredConditions.has('weekends-only')).toBe(true);
  });
});

describe('not decided yet is no preference (p24-50 was asked the work question three times)', () => {
  it.each(['まだ決めとらん', 'まだ決めてへん', 'まだ決まっとらん', 'まだ決めてねえ', 'まだ決めちょらん'])(
    '「%s」 to the work question is dontKnow',
    (text) => {
      expect(parse(text, 'work').answer).toBe('dontKnow');
    },
  );

  it('「これといってない」「特にこれといってないです」 say there is none', () => {
    expect(parse('これといってない', 'work').answer).toBe('no');
    expect(parse('特にこれといってないです', 'work').answer).toBe('no');
  });

  it.each([
    'まだ決めとらんけど土日は無理なんよ',
    'まだ決めとらん',
    'まだ決めてない',
    '決まってない',
    'これといってない',
    'まだ決めてへんけど、平日がええ',
  ])('after 「%s」 the dialogue goes on instead of asking for the work again', (text) => {
    const { replies } = play(['愛媛の松山', text]);
    const last = textOf(replies.at(-1));
    expect(last).not.toContain('お仕事の名前で');
    expect(last).not.toContain('やってみたいお仕事');
  });

  it('p24-50’s 「土日は無理」 is kept beside it, and jobs are shown at once', () => {
    const { state, replies } = play(['愛媛の松山', 'まだ決めとらんけど土日は無理なんよ']);
    expect(statedConstraints(state).requiredConditions.has('weekdays-only')).toBe(true);
    expect(replies.at(-1)?.cards?.length ?? 0).toBeGreaterThan(0);
  });
});

/**
 * p24-05 「平日夜と土日に在宅でできる副業を探しています」 had required 夜から and dropped 土日 without a word. A
 * recruiter reads the times one is free for a remote side job: any job that can be done on weekday evenings or at
 * weekends fits, so neither time is a requirement. 夜から in the catalogue is a job that starts in the evening (a
 * shift), which a remote job done whenever one likes need not be; requiring it hid all eight remote data-entry and
 * writing jobs. So 夜 and 土日 are kept as preferences (they rank jobs, and are said back: 「夜から、土日祝のみ
 * OKのお仕事も大丈夫なんですね、参考にしますね」), and 平日, which only says on which days the 夜 is, is no wish of
 * its own (as 平日のみ it would rank weekday-only daytime jobs, the opposite of what was said).
 */
describe('times one is free, listed together, are alternatives (p24-05)', () => {
  it.each([
    '平日夜と土日に在宅でできる副業を探しています',
    '平日の夜と土日',
    '平日の夜か土日',
    '土日か平日の夜',
    '平日夜や土日に',
  ])('「%s」: 夜 and 土日 are preferences, 平日 none', (text) => {
    const times = new Set(['weekdays-only', 'weekends-only', 'daytime', 'evening', 'night', 'late-night']);
    const conditions = parse(text).mentions.conditions.filter((m) => times.has(m.id));
    expect(conditions.map((m) => [m.id, m.polarity, m.soft === true]).sort()).toEqual([
      ['night', 'positive', true],
      ['weekends-only', 'positive', true],
    ]);
  });

  it('said alone, each is what it says: 「平日の昼間だけ」「平日の夕方だけ」「土日と祝日」', () => {
    expect(stances('平日の昼間だけ')).toEqual(['weekdays-only:positive', 'daytime:positive']);
    expect(stances('平日の夕方だけ')).toEqual(['weekdays-only:positive', 'evening:positive']);
    expect(parse('土日と祝日').mentions.conditions).toEqual([
      expect.objectContaining({ id: 'weekends-only', polarity: 'positive' }),
    ]);
    expect(parse('土日と祝日').mentions.conditions[0]?.soft).toBeUndefined();
  });

  it('the dialogue requires neither, says 土日 back, and shows the remote jobs as matches', () => {
    const { state, replies } = play([
      'お疲れさまです。平日夜と土日に在宅でできる副業を探しています。データ入力かライター系でお願いします。',
      '横浜市在住ですが、在宅希望なので場所は問いません。',
    ]);
    const stated = statedConstraints(state);
    expect(stated.requiredConditions.has('night')).toBe(false);
    expect(stated.requiredConditions.has('weekends-only')).toBe(false);
    expect(stated.requiredConditions.has('remote')).toBe(true);
    expect(textOf(replies[0])).toContain('土日祝のみOK');
    expect(replies[1]?.cards?.every((card) => card.match === 'exact')).toBe(true);
  });
});

/**
 * p24-31 "…translation, evenings or weekends" had stored both 夕方から and 土日祝のみOK as required: a job had to be
 * both. The understanding has no way to say "one of these conditions", so an "or" between conditions keeps each as
 * a preference (it ranks, it filters nothing), as 「平日の夜か土日」 does: showing only jobs that have both would be
 * the opposite of what was said, and a preference loses nothing a person who takes either would want.
 */
describe('English "or" between conditions: either will do (p24-31)', () => {
  it.each([
    ["I'm looking for a side job doing Japanese to English translation, evenings or weekends.", 'evening'],
    ['evenings or weekends', 'evening'],
    ['nights or weekends please', 'night'],
    ['weekday evenings and weekends', 'evening'],
  ])('「%s」: %s and 土日 are preferences, neither required', (text, band) => {
    const times = parse(text).mentions.conditions.filter((m) => m.id !== 'side-job');
    expect(times.map((m) => [m.id, m.polarity, m.soft === true]).sort()).toEqual(
      [
        [band, 'positive', true],
        ['weekends-only', 'positive', true],
      ].sort(),
    );
  });

  it('"no nights or weekends" still refuses both; "weekends only" is still required', () => {
    expect(stances('no nights or weekends')).toEqual(['night:negative', 'weekdays-only:positive']);
    expect(parse('weekends only').mentions.conditions[0]).toMatchObject({ id: 'weekends-only' });
    expect(parse('weekends only').mentions.conditions[0]?.soft).toBeUndefined();
  });

  it('the dialogue requires neither', () => {
    const { state } = play(
      [
        "Hi, I work full-time at a company in Osaka and I'm looking for a side job doing Japanese to English translation, evenings or weekends. At least 2,500 yen an hour.",
      ],
      { kind: 'start' },
    );
    const stated = statedConstraints(state);
    expect(stated.requiredConditions.has('evening')).toBe(false);
    expect(stated.requiredConditions.has('weekends-only')).toBe(false);
    expect(stated.requiredConditions.has('side-job')).toBe(true);
  });
});

describe('"my weekdays are taken up": weekdays refused (p24-10 "Weekends only please" was never understood)', () => {
  it.each([
    'Weekends only please, my weekdays are taken up by uni.',
    "Hi! I'm looking for a part-time job teaching English near Roppongi station. Weekends only please, my weekdays are taken up by uni.",
    'my weekdays are busy with classes',
    'weekdays are taken',
  ])('「%s」 wants weekends only, and not weekdays only', (text) => {
    expect(stances(text)).toContain('weekends-only:positive');
    expect(stances(text)).not.toContain('weekdays-only:positive');
  });

  it('"a busy cafe" says nothing against the cafe', () => {
    expect(stances('I like a busy cafe')).toEqual(['cafe:positive']);
  });

  it('the dialogue says it back and keeps it', () => {
    const { state, replies } = play(
      [
        "Hi! I'm looking for a part-time job teaching English near Roppongi station. Weekends only please, my weekdays are taken up by uni.",
      ],
      { kind: 'start' },
    );
    expect(statedConstraints(state).requiredConditions.has('weekends-only')).toBe(true);
    expect(textOf(replies[0])).toContain('weekends and holidays only');
  });
});

describe('liking to drive is no car commute (p24-27)', () => {
  it.each([
    ['車運転するのが好きだから配達とか', '配達:positive'],
    ['車の運転が得意なので配送', 'delivery-driver:positive'],
    ['車運転するの好きやけん配達がいい', '配達:positive'],
  ])('「%s」 wants the work only', (text, work) => {
    expect(stances(text)).toEqual([work]);
  });

  it('the car one commutes by is still the condition: 「車で通えるとこ」「車運転して通えるとこ」', () => {
    expect(stances('車で通えるとこ')).toEqual(['car-commute:positive']);
    expect(stances('車運転して通えるとこ')).toEqual(['car-commute:positive']);
  });

  it('the dialogue shows the van delivery job in 高崎 as a match', () => {
    const { state, replies } = play(['群馬の高崎', '車運転するのが好きだから配達とか']);
    expect(statedConstraints(state).requiredConditions.has('car-commute')).toBe(false);
    expect(replies.at(-1)?.cards?.some((card) => card.match === 'exact')).toBe(true);
  });
});

describe('「土日メインで」 is mostly weekends; 「ホテルの配膳」 is hotel banquet work (p24-38)', () => {
  it.each(['土日メインで', '土日中心で働きたい', '土日がメインで', '土日寄りで'])(
    '「%s」 hopes for weekends, requires nothing',
    (text) => {
      expect(parse(text).mentions.conditions).toEqual([
        expect.objectContaining({ id: 'weekends-only', polarity: 'positive', soft: true, hoped: true }),
      ]);
    },
  );

  it.each([
    ['ブライダルかホテルの配膳のバイトを探してます', ['bridal', 'hotel']],
    ['ホテルの配膳', ['hotel']],
    ['ホテルで配膳', ['hotel']],
    ['結婚式場の配膳とか', ['bridal']],
  ])('「%s」 is %j, not restaurant floor staff', (text, ids) => {
    expect(parse(text).mentions.jobTypes.map((m) => m.id)).toEqual(ids);
  });

  it('「配膳のバイト」 alone is still floor staff', () => {
    expect(stances('配膳のバイト')).toEqual(['hall-staff:positive']);
  });

  it('the dialogue shows the wedding-hall banquet job in 横浜市中区 as a match', () => {
    const { state, replies } = play([
      '関内駅の近くでブライダルかホテルの配膳のバイトを探してます。土日メインで、時給は1150円以上でお願いします。',
    ]);
    const stated = statedConstraints(state);
    expect(stated.requiredConditions.has('weekends-only')).toBe(false);
    expect(stated.wantedTypes.has('hall-staff')).toBe(false);
    expect(replies[0]?.cards?.[0]).toMatchObject({
      match: 'exact',
      title: expect.stringContaining('結婚式場'),
    });
  });
});

describe('while the children are at school is weekday daytime (p24-39, p24-02)', () => {
  it.each([
    'うるま市でパートないかね〜。子どもが学校行ってる間だけ、9時から3時くらいで働けるとこ',
    '子どもが幼稚園行ってる間だけ働きたいねんけど、10時から2時くらいで扶養内でいけるとこってある？',
    '子どもが学校行ってる間だけ',
    '子供が学校行ってる昼間だけで',
    '保育園に預けてる間',
    'while the kids are at school',
  ])('「%s」 wants 昼 and 平日', (text) => {
    expect(stances(text)).toEqual(expect.arrayContaining(['daytime:positive', 'weekdays-only:positive']));
  });

  it('without a child it stays 昼 only, and a refusal refuses 昼 only', () => {
    expect(stances('昼間だけ')).toEqual(['daytime:positive']);
    expect(stances('学校にいる間は無理')).toEqual(['daytime:negative']);
  });

  it('a day said beside it wins: 「…間だけ、土日でもいい」 does not want 平日のみ', () => {
    expect(stances('子どもが学校行ってる間だけ、土日でもいい')).not.toContain('weekdays-only:positive');
  });

  it('the dialogue requires 平日のみ for p24-39', () => {
    const { state } = play([
      'うるま市でパートないかね〜。子どもが学校行ってる間だけ、9時から3時くらいで働けるとこ',
    ]);
    const stated = statedConstraints(state);
    expect(stated.requiredConditions.has('daytime')).toBe(true);
    expect(stated.requiredConditions.has('weekdays-only')).toBe(true);
  });
});

describe('「日勤のみ、夜勤は絶対無理」: 昼 required, 夜から and 深夜 refused (p24-43)', () => {
  it.each([
    '宇都宮市内で工場のライン作業探してます。日勤のみ、夜勤は絶対無理です。月20万以上は稼ぎたいです。',
    '日勤のみ、夜勤は絶対無理',
    '日勤がいいです。夜勤はできません',
  ])('「%s」', (text) => {
    expect(stances(text)).toEqual(
      expect.arrayContaining(['daytime:positive', 'late-night:negative', 'night:negative']),
    );
  });

  it('夜勤 refused alone stays 深夜 only; 日勤 alone is 昼', () => {
    expect(stances('夜勤は無理')).toEqual(['late-night:negative']);
    expect(stances('日勤がいい')).toEqual(['daytime:positive']);
  });

  it('the dialogue requires 昼 and excludes 夜から and 深夜', () => {
    const { state } = play([
      '宇都宮市内で工場のライン作業探してます。日勤のみ、夜勤は絶対無理です。月20万以上は稼ぎたいです。',
    ]);
    const stated = statedConstraints(state);
    expect(stated.requiredConditions.has('daytime')).toBe(true);
    expect(stated.excludedConditions.has('night')).toBe(true);
    expect(stated.excludedConditions.has('late-night')).toBe(true);
  });
});

describe('「寮があるなら住み込みでもいいよ」 accepts a dorm, it does not ask for one (p24-48)', () => {
  it.each(['別府で温泉旅館の仕事ないかな？寮があるなら住み込みでもいいよ', '寮があれば住み込みでもいい'])(
    '「%s」 keeps 寮 a preference',
    (text) => {
      expect(parse(text).mentions.conditions).toEqual([
        expect.objectContaining({ id: 'dormitory', polarity: 'positive', soft: true }),
      ]);
    },
  );

  it('asked for plainly it is still wanted: 「寮付きがいい」「寮があるなら働きたい」', () => {
    expect(parse('寮付きがいい').mentions.conditions[0]?.soft).toBeUndefined();
    expect(parse('寮があるなら働きたい').mentions.conditions[0]?.soft).toBeUndefined();
  });

  it('the dialogue does not require 寮', () => {
    const { state, replies } = play(['別府で温泉旅館の仕事ないかな？寮があるなら住み込みでもいいよ']);
    expect(statedConstraints(state).requiredConditions.has('dormitory')).toBe(false);
    expect(textOf(replies[0])).toMatch(/寮・社宅.*参考にしますね/u);
  });
});

/**
 * p24-20 asked for 「警備の仕事」 and was searched 施設警備 only. Reading 警備 as both 施設警備 and 交通誘導 needs the
 * word in two entries of the catalogue, which the catalogue forbids (one word, one entry), and as a job-type group
 * it changed what ten older phrasing tests pin; it was taken back at the end of the session and is left open.
 * What stays: a guarding job said with its place says which.
 */
describe('警備 said with its place says which', () => {
  it.each([
    ['ビルの警備員', 'facility-security'],
    ['ショッピングモールの警備員', 'facility-security'],
    ['施設の警備', 'facility-security'],
  ])('「%s」 is %s', (text, id) => {
    expect(parse(text).mentions.jobTypes.map((m) => m.id)).toEqual([id]);
  });
});

describe('at the results, asking to hear the others asks for more (played as the p24 personas)', () => {
  it.each([
    'ほかのも聞かせて',
    '他のも教えて',
    '次のを読んで',
    '次の読んで',
    'ほかのも読んで',
    '別のも教えてください',
  ])('「%s」 is more', (text) => {
    expect(parse(text, 'results')).toMatchObject({ command: 'more', answer: null });
  });

  it('「これを詳しく教えて」 is still about a job shown, and 「もう一回読んで」 still repeats', () => {
    expect(parse('これを詳しく教えて', 'results').command).toBeNull();
    expect(parse('もう一回読んで', 'results').command).toBe('repeat');
  });

  it('the dialogue shows the next page', () => {
    const { replies } = play(['札幌市中央区', 'コンビニ', 'わからない', 'わからない', 'ほかのも聞かせて']);
    const shown = replies.filter((reply) => (reply.cards?.length ?? 0) > 0);
    expect(shown.length).toBeGreaterThanOrEqual(2);
    const [first, second] = shown.slice(-2).map((reply) => reply.cards?.map((card) => card.id));
    expect(second).not.toEqual(first);
  });
});
