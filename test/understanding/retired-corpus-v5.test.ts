import { sampleReader } from './sample-reader';

/**
 * Misreadings found when the fifth held-out understanding set was retired to development (2026-12-05) and its
 * misses read: each test is what a person means by the words its writers used.
 */
const { parse, stances } = sampleReader();

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

describe('refusals the fifth set said with more after them', () => {
  it('having had enough, said after a refusal, says it again rather than cancelling it', () => {
    expect(stances('ファミレスはもうやりたくない 前にやってて疲れた')).toEqual([
      'family-restaurant:negative',
    ]);
    expect(stances('コンビニあきたから違うのがいい')).toEqual(['convenience-store:negative']);
  });

  it('a reason said last explains the refusal before it', () => {
    expect(stances('フォークリフトのはやめとく 免許ないし', 'results')).toEqual(['forklift:negative']);
  });

  it('朝は弱い refuses mornings; 車じゃないと通えん and 扶養からはみ出ない want the thing', () => {
    expect(stances('朝は弱いんで昼からがいいです', 'yesno')).toEqual([
      'early-morning:negative',
      'daytime:positive',
    ]);
    expect(stances('車じゃないと通えんもん', 'yesno')).toEqual(['car-commute:positive']);
    expect(stances('はい 扶養からはみ出ないように', 'yesno')).toEqual(['within-dependent-limit:positive']);
  });

  it('「寮はいいわ」 declines; 「やれんことはない」 is a soft yes', () => {
    expect(parse('寮はいいわ 実家から通えるしさ', 'yesno').answer).toBe('no');
    expect(parse('やれんことはないよ', 'yesno').answer).toBe('probablyYes');
  });
});

describe('none in particular, to the open question about work', () => {
  it.each(['いや特にないっす', 'ないっす。なんでもいい', '特にないけど夜勤はやだ'])(
    '「%s」 is a no',
    (text) => {
      expect(parse(text, 'work').answer).toBe('no');
    },
  );
});
