import { extractMentions } from './extract-mentions';
import { miniLexicon } from './testing/mini-lexicon';

const lexicon = miniLexicon();
const stances = (text: string): string[] => {
  const found = extractMentions(text, lexicon);
  return [...found.jobTypes, ...found.conditions].map((m) => `${m.id}:${m.polarity}`);
};

/** Refusals by family, written for these tests: each family is a way of saying no, in several registers. */
describe('Japanese refusal families', () => {
  it.each([
    // refusing verbs and nouns
    '居酒屋はお断り',
    '居酒屋は論外です',
    '居酒屋はアウト',
    '居酒屋は却下で',
    '居酒屋は外してください',
    '居酒屋ははずしといて',
    '居酒屋は除外で',
    '居酒屋は省いてほしい',
    // tired of it
    '居酒屋はもううんざり',
    '居酒屋は飽きた',
    '居酒屋は疲れるからいや',
    '居酒屋は気が進まない',
    '居酒屋は前やってて懲りたんで',
    '居酒屋はもう疲れた',
    '居酒屋はもうたくさんだ',
    '居酒屋はもうしたくなか',
    '居酒屋はあんまり気は進まないです',
    '居酒屋は時間長いって聞くし避けたい',
    // adjectives
    '居酒屋は苦手',
    '居酒屋はしんどいっす',
    '居酒屋はきついわ',
    '居酒屋は無理やな',
    // signs and loan words
    '居酒屋はNG',
    '居酒屋はパスで',
    '居酒屋は×',
    '居酒屋❌',
    // no thanks
    '居酒屋はいいや',
    '居酒屋はええわ',
    '居酒屋系はちょっと…',
    // dialect (retired v9): 津軽 まいね, 博多・熊本 のさん, 讃岐 せこい and したない, 東北 やんねえ; trailed off
    '居酒屋だば まいねぇ',
    '居酒屋はのさんばい',
    '居酒屋はせこいけん いやじゃ',
    '居酒屋はしたないわ',
    '居酒屋はやんねえよ',
    '居酒屋はのう',
    '居酒屋はなぁ…',
  ])('%s refuses the izakaya', (text) => {
    expect(stances(text)).toEqual(['izakaya:negative']);
  });

  it.each([
    '居酒屋は5年くらいやってました',
    '居酒屋は苦手じゃない',
    '居酒屋も嫌いではない',
    '居酒屋はきつくない',
    '居酒屋🙆',
  ])('%s does not refuse it', (text) => {
    expect(stances(text)).toEqual(['izakaya:positive']);
  });

  it('lets a clause after けど about working at it, or about something else, give the answer', () => {
    expect(stances('居酒屋は好きやけど、働くのはいややな')).toEqual(['izakaya:negative']);
    expect(stances('居酒屋は無理じゃないけど…他がいいかな')).toEqual(['izakaya:negative']);
    expect(stances('居酒屋は行くけど、働くのもありかも')).toEqual(['izakaya:positive']);
  });

  it('reads 「〜じゃないとダメ」 and its dialect forms as a must-have', () => {
    expect(stances('日払いじゃないとダメ')).toEqual(['daily-pay:positive']);
    expect(stances('日払いじゃなきゃ無理')).toEqual(['daily-pay:positive']);
    expect(stances('日払いでねえと困るんだわ')).toEqual(['daily-pay:positive']);
  });

  it('finds a short katakana name between hiragana by its script', () => {
    expect(stances('カフェはいいけどバーはなしで')).toEqual(['cafe:positive', 'bar:negative']);
  });

  it('reads an adjective before a noun as describing it, not refusing', () => {
    expect(stances('きつい仕事は無理、コンビニとか')).toEqual(['convenience-store:negative']);
    expect(stances('しんどい夜勤はもう嫌')).toEqual(['late-night:negative']);
    expect(stances('苦手な深夜はできればなしで')).toEqual(['late-night:negative']);
  });

  it('reads a comparison: what something else is preferred to is refused', () => {
    expect(stances('居酒屋よりカフェがいい')).toEqual(['izakaya:negative', 'cafe:positive']);
    expect(stances('居酒屋よりはカフェかな')).toEqual(['izakaya:negative', 'cafe:positive']);
    expect(stances('カフェの方がコンビニよりいいな')).toEqual([
      'cafe:positive',
      'convenience-store:negative',
    ]);
  });

  it('reads only and instead of', () => {
    expect(stances('カフェしか無理')).toEqual(['cafe:positive']);
    expect(stances('カフェ以外は無理')).toEqual(['cafe:positive']);
    expect(stances('居酒屋じゃなくてカフェ')).toEqual(['izakaya:negative', 'cafe:positive']);
    expect(stances('コンビニではなく、カフェで')).toEqual(['convenience-store:negative', 'cafe:positive']);
  });

  it('keeps a refusal to its clause', () => {
    expect(stances('カフェはいいけど居酒屋はパス')).toEqual(['cafe:positive', 'izakaya:negative']);
    expect(stances('居酒屋はNGで、日払いがいい')).toEqual(['izakaya:negative', 'daily-pay:positive']);
  });

  it('reads must-haves as wanted and not-needed as refused', () => {
    expect(stances('日払いだけは譲れない')).toEqual(['daily-pay:positive']);
    expect(stances('日払いは外せない条件です')).toEqual(['daily-pay:positive']);
    expect(stances('日払いは必須')).toEqual(['daily-pay:positive']);
    expect(stances('日払いはなくていいです')).toEqual(['daily-pay:negative']);
    // Not having to be it, or doing without it, is no preference either way.
    expect(stances('日払いじゃなくていい')).toEqual([]);
    expect(stances('日払いはなくてもいい')).toEqual([]);
  });

  it('reads the stance said about a topic across clauses', () => {
    expect(stances('無理なのはコンビニです')).toEqual(['convenience-store:negative']);
    expect(stances('カフェはね、前にやったんだけど、もういいや')).toEqual(['cafe:negative']);
    expect(stances('夜勤は、正直あんまり')).toEqual(['late-night:negative']);
    expect(stances('コンビニで働いたことあるけど、もうやりたくない')).toEqual(['convenience-store:negative']);
  });

  it('does not read experience or a word holding a cue as a stance', () => {
    expect(stances('居酒屋はやったことないけど興味ある')).toEqual(['izakaya:positive']);
    expect(stances('カフェは前やってて楽しかった')).toEqual(['cafe:positive']);
    expect(stances('居酒屋はしたことないので不安')).toEqual(['izakaya:negative']);
  });
});
