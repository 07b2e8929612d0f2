import { levelOf } from '../../src/dialogue/state';
import { loadCatalogDefinitions } from '../../src/catalog';
import { SAMPLE_PATHS } from '../../src/cli/paths';
import { buildLexicon, parseUtterance, type Lexicon } from '../../src/nlu';
import { sampleDialogue } from './sample-dialogue';
import { sampleReader } from './sample-reader';

/**
 * Misreadings found when the thirtieth held-out persona set was audited by a reader of its transcripts only
 * (2026-12-06): four conversations ended with no job after 「場所がわかりませんでした」 three times, and four
 * opposites. Each test is what the persona meant.
 */
const { parse, stances, places } = sampleReader();
const { play, textOf, data } = sampleDialogue();

let lexicon: Lexicon;
beforeAll(async () => {
  lexicon = buildLexicon(await loadCatalogDefinitions(SAMPLE_PATHS.catalogDir));
});
const english = (text: string) =>
  (parseUtterance(text, { locale: 'en', question: 'work', lexicon }).mentions?.conditions ?? []).map(
    (m) => `${m.id}:${m.polarity}`,
  );

describe('p30: places and words that had ended conversations', () => {
  it.each([
    ['うご町で週に二日ぐれえ畑の手伝いの仕事ねえべが', ['秋田県 羽後町']],
    ['しぶや区', ['東京都 渋谷区']],
    ['白川郷で食堂の仕事ないやろか', ['岐阜県 白川村']],
    ['唐戸のあたりっちゃ', ['山口県 下関市']],
  ])('「%s」 is in %j', (text, expected) => {
    expect(places(text)).toEqual(expected);
  });

  it('asks which 浜町 rather than knowing none', () => {
    const mention = parse('浜町のあたりです', 'area').mentions?.areas?.[0];
    expect(mention?.candidates?.map((c) => `${c.prefecture} ${c.municipality}`).sort()).toEqual([
      '東京都 中央区',
      '長崎県 長崎市',
    ]);
  });

  it('offers the 浜町 of the region the user speaks of first, and takes it when the name is said again', () => {
    const { replies } = play([
      '浜町あたりで、子どもの幼稚園のあいだだけ働けるとこなかね？9時から1時までで、週3日ぐらい、扶養内でお願いしたかとです',
      '浜町のあたりです',
    ]);
    expect(textOf(replies[0])).toContain('浜町は、長崎県と東京都の');
    expect(textOf(replies[1])).toContain('長崎県長崎市');
  });

  it('reads the days of the week a learner writes in kana (p30-43)', () => {
    expect(stances('どようびと にちようびは やすみたい です')).toContain('weekdays-only:positive');
    expect(stances('しゅうまつ だけ はたらきたい')).toContain('weekends-only:positive');
  });

  it('reads 食堂 as restaurant work', () => {
    expect(stances('食堂の仕事やさ')).toContain('restaurant:positive');
  });
});

describe('p30: the opposites', () => {
  it.each([
    // 三河・遠州 「〜ないら？」 asks whether there is one.
    ['本屋かレンタルショップのバイトないら？', ['bookstore:positive', 'rental-shop:positive']],
    // Work one need not talk in: not a refusal of the 倉庫 before it.
    ['倉庫のし分けとか人と喋らなくていいやつ', ['倉庫:positive']],
    // Either of the two listed is fine: both wanted, not any work.
    ['コンビニ か レストラン、どちらでも いいです', ['convenience-store:positive', 'restaurant:positive']],
  ])('「%s」 holds %j', (text, expected) => {
    for (const stance of expected) expect(stances(text)).toContain(stance);
  });

  it('keeps what one does not need, and indifference, as they were', () => {
    expect(stances('日払いはなくていい')).toContain('daily-pay:negative');
    expect(stances('日払いはどちらでもいい')).toEqual([]);
  });

  it('reads a time one has school in as taken, not wanted', () => {
    const said = english('I have language school during the day, so it has to be evenings.');
    expect(said).toContain('evening:positive');
    expect(said).not.toContain('daytime:positive');
    expect(english('I want to work during the day')).toContain('daytime:positive');
  });

  it('reads accommodation asked for, and not where one lives', () => {
    expect(english('I need accommodation')).toContain('dormitory:positive');
    expect(english('I live in Fukuoka so there')).toEqual([]);
  });

  it('refuses the hours said to be too late instead of wanting them', () => {
    const { state } = play(['静岡の葵区で本屋かレンタルショップのバイトないら？夜10時過ぎるのはだめだでね']);
    const late = state.ans.filter((t) => t[1] === 'late-night');
    expect(late.length).toBeGreaterThan(0);
    expect(levelOf(late.at(-1)![2])).toBe('no');
  });

  it("「ようわからしまへん」 is don't know", () => {
    expect(parse('ようわからしまへん', 'yesno').answer).toBe('dontKnow');
  });
});

describe('p30: near misses that are no opposite of what was said', () => {
  it('never offers a weekday-only job to someone who can work only at weekends', () => {
    const { replies } = play(['土日だけのバイトを倉敷で探しとる。スーパーかコンビニ', 'ほかのも見たい']);
    const shown = replies.flatMap((r) => r.jobs);
    expect(shown.length).toBeGreaterThan(5);
    const listing = (id: string) => data().catalog.listings.find((l) => l.id === id)!;
    for (const job of shown) expect(listing(job.id).conditionIds).not.toContain('weekdays-only');
    expect(textOf(replies[0])).toContain('土日祝のみOK');
  });
});
