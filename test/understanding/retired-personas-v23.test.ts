import { statedConstraints } from '../../src/dialogue/constraints';
import { sampleDialogue } from './sample-dialogue';
import { sampleReader } from './sample-reader';

/**
 * Misreadings an outside reader found in conversations of the twenty-third persona set, retired to development
 * (2026-12-05): each test is what a person means by the words they used, read from the structure or the word, not
 * the one sentence.
 */
const { parse, stances } = sampleReader();

const { play, data } = sampleDialogue();

describe('土佐弁 き is a reason (から); 「見んといかん」 is an obligation, not a refusal', () => {
  it.each([
    '土日は子ども見んといかんき無理ながよ',
    '四万十市で昼間だけできる仕事ないかえ？土日は子ども見んといかんき無理ながよ',
    '土日は子ども見らんといかんけん無理',
    '土日は孫の面倒見んとあかんから無理やわ',
    '土日は子どもを見ないといけないから無理',
    '土日は子どもがおるき無理',
  ])('「%s」 refuses weekends as 「土日は無理」 does', (text) => {
    expect(stances(text, 'area')).toContain('weekdays-only:positive');
    expect(stances(text, 'area')).not.toContain('weekends-only:positive');
    expect(stances('土日は無理')).toEqual(['weekdays-only:positive']);
  });

  it.each(['夜は子どもがおらんき無理', '夜は仕事できんき無理やき', '夜は親の世話せんといかんき無理'])(
    '「%s」 refuses nights',
    (text) => {
      expect(stances(text)).toEqual(['night:negative']);
    },
  );

  it('き after no refusal is no reason: 「げんきなうちは夜勤も大丈夫」 is read as before', () => {
    expect(stances('げんきなうちは夜勤も大丈夫')).not.toContain('late-night:negative');
    expect(stances('元気なうちは夜勤も大丈夫')).not.toContain('late-night:negative');
  });
});

describe('九州 「きつか」 said last refuses', () => {
  it.each([
    '鹿児島市で警備の仕事はなかどかい？もう年じゃっで、夜勤はきつか。',
    'もう年じゃっで、夜勤はきつか。',
    '夜勤はきつか',
    '夜勤はきつかです',
    '夜勤はもうきつかばい',
    '夜勤はきつかけん',
  ])('「%s」 refuses late-night work', (text) => {
    expect(stances(text)).toContain('late-night:negative');
    expect(stances(text)).not.toContain('late-night:positive');
  });

  it('the 警備 asked for stays wanted', () => {
    expect(stances('鹿児島市で警備の仕事はなかどかい？もう年じゃっで、夜勤はきつか。')).toContain(
      'facility-security:positive',
    );
  });
});

describe('wondering aloud is no yes', () => {
  it.each([
    'どったらもんだべな',
    'どったらもんだべ',
    'どったらもんだべなぁ',
    'どんなもんだべな',
    'どうしたもんだべ',
    'どんなもんだろうね',
    'わがんね',
    'わがんねな',
    'どったらもんだべな、わがんねじゃ',
  ])('「%s」 to 「交通費が出るところがいいですか？」 is dontKnow', (text) => {
    expect(parse(text, 'yesno').answer).toBe('dontKnow');
  });

  it('「んだべ」「そうだべな」 are still yes', () => {
    expect(parse('んだべ', 'yesno').answer).toBe('yes');
    expect(parse('そうだべな', 'yesno').answer).toBe('yes');
  });
});

describe('「Xでもなんでもえいよ」: anything will do, X at most a hope', () => {
  it.each([
    ['スーパーでもなんでもえいよ', 'supermarket'],
    ['スーパーでもなんでもえいき', 'supermarket'],
    ['コンビニでもなんでもかまんよ', 'convenience-store'],
    ['スーパーでもなんでもええよ', 'supermarket'],
    ['スーパーでもなんでもよか', 'supermarket'],
    ['スーパーでもえいよ', 'supermarket'],
  ])('「%s」 keeps %s soft', (text, id) => {
    const types = parse(text, 'work').mentions?.jobTypes ?? [];
    expect(types.map((m) => m.id)).toEqual([id]);
    expect(types[0]?.soft).toBe(true);
  });

  it('a hope said after 「なんでもえいよ」 stays a hope', () => {
    const types = parse('なんでもえいよ、コンビニとかあったら嬉しい', 'work').mentions?.jobTypes ?? [];
    expect(types.map((m) => `${m.id}:${m.soft === true}`)).toEqual(['convenience-store:true']);
  });

  it('the dialogue does not require スーパー after 「スーパーでもなんでもえいよ」', () => {
    const { state } = play(['高知市', 'スーパーでもなんでもえいよ']);
    expect(statedConstraints(state).wantedTypes.has('supermarket')).toBe(false);
  });
});

describe('"X work, like A or B" names X as the work, A and B as examples', () => {
  it.each([
    ['Hotel work, like housekeeping or the front desk.', 'ホテルの仕事'],
    ['hotel work such as housekeeping', 'ホテルの仕事'],
    ['Hotel work, for example the front desk', 'ホテルの仕事'],
    ['Office work, for example data entry.', '事務'],
    ['ホテルの仕事、例えば客室清掃とか', 'ホテルの仕事'],
    ['ホテルの仕事、客室清掃とかフロントとか', 'ホテルの仕事'],
  ])('「%s」 keeps all of %s wanted', (text, category) => {
    const m = parse(text, 'work').mentions;
    expect(m?.categories?.find((c) => c.id === category)?.besideType).toBe(true);
    expect(m?.jobTypes?.length).toBeGreaterThan(0);
  });

  it('a category with a type of it and no examples still narrows: 「飲食のキッチン」, "office work, like I said"', () => {
    expect(parse('飲食のキッチン', 'work').mentions?.categories?.[0]?.besideType).toBeUndefined();
    expect(parse('office work, like I said', 'work').mentions?.categories?.[0]?.besideType).toBeUndefined();
  });

  it('the dialogue wants hotel work as a whole and the examples', () => {
    const { state } = play(
      ['I want a part time job in Sapporo', 'Hotel work, like housekeeping or the front desk.'],
      {
        kind: 'start',
      },
    );
    const wanted = statedConstraints(state).wantedTypes;
    expect(wanted.has('hotel')).toBe(true);
    expect(wanted.has('hotel-room-cleaning')).toBe(true);
    expect(wanted.has('front-desk')).toBe(true);
  });
});

describe('searched anywhere, the work asked for comes nearest first (p23-24)', () => {
  it('a senior in 松江 asking for farm work is shown 岡山 and 広島 before 山形', () => {
    const { replies } = play([
      'わしは七十歳なんじゃが松江で週に二日くらいできる仕事はあるかのう',
      '畑の仕事がええ',
      'わからん',
      'ほかのも見たい',
    ]);
    const prefectures = replies
      .at(-1)!
      .cards.map((c) => data().catalog.listings.find((l) => l.id === c.id)?.area?.prefecture);
    expect(prefectures.length).toBeGreaterThan(2);
    const chugoku = ['島根県', '鳥取県', '岡山県', '広島県', '山口県'];
    expect(chugoku).toContain(prefectures[0]);
    // The 岡山 farm job once shown second asks 週4日以上 of someone who said 週に二日: since the second
    // 2026-12-06 session no near miss has the opposite of a stated condition, so it is not shown at all.
    const shown = replies.at(-1)!.cards.map((c) => c.id);
    expect(shown).not.toContain('L007603');
  });
});
