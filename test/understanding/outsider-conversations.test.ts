import { statedConstraints } from '../../src/dialogue/constraints';
import { sampleDialogue } from './sample-dialogue';

/**
 * Whole turns from the thirteenth outside set that the parser alone cannot show: what the dialogue does with
 * what was understood, over the bundled sample catalogue.
 */
const { play, textOf, data } = sampleDialogue();
let listings: Map<string, { readonly conditionIds: readonly string[] }>;

beforeAll(() => {
  listings = new Map(data().catalog.listings.map((l) => [l.id, l]));
});

describe('conversations of the thirteenth outside set', () => {
  it('「八丁堀」 answering 「広島市ですか？広島県全体ですか？」 is the one in 広島市, not 東京都中央区', () => {
    const { state, replies } = play(['広島でバイト探しよるんじゃけど、ええのある？', '八丁堀の辺りがええね']);
    expect(statedConstraints(state).area).toEqual(['広島県', '広島市 中区']);
    expect(textOf(replies[1])).not.toMatch(/東京都/u);
  });

  it('「高校生でもいける？」 makes 高校生歓迎 a requirement of every exact match', () => {
    const { state } = play([
      '岡山でペットショップのバイト探っしょんやけど、高校生でもいける？',
      '岡山県全体で',
    ]);
    expect(statedConstraints(state).requiredConditions.has('high-school-students')).toBe(true);
  });

  it('a count that a yes to our question does not hold to says how many have it too', () => {
    const { replies } = play([
      '茨城県内ならどこでも',
      'なんでもいいかな',
      'はい',
      'どっちでもいい',
      'どっちでもいい',
      'どっちでもいい',
    ]);
    const results = replies.find((r) => r.act === 'showResults');
    const said = textOf(results);
    const total = /条件に合うお仕事(?:は|が)([\d,]+)件/u.exec(said);
    const preferred = /そのうち(.+)のお仕事は([\d,]+)件で、そちらから先に/u.exec(said);
    expect(total).not.toBeNull();
    expect(preferred).not.toBeNull();
    expect(Number(preferred?.[2]?.replace(',', ''))).toBeLessThan(Number(total?.[1]?.replace(',', '')));
  });

  it('「なんでもいいけど、〜とかあったら最高」 keeps the town: a hope moves the search nowhere', () => {
    const { state, replies } = play(['湯梨浜町', 'なんでもいいけど、プールの監視員とかあったら最高']);
    expect(statedConstraints(state).area).toEqual(['鳥取県', '湯梨浜町']);
    expect(statedConstraints(state).wantedTypes.size).toBe(0);
    expect(textOf(replies[1])).not.toMatch(/地域を問わず|全体から/u);
  });

  it('「しごとさがしとる」 to the area question is welcomed, not read as 佐賀市', () => {
    const { state, replies } = play(['しごとさがしとる']);
    expect(state.a).toBeNull();
    expect(textOf(replies[0])).not.toMatch(/佐賀/u);
  });
});

describe('conversations of the fourteenth outside set', () => {
  // The question was 主婦・主夫歓迎 until who the worker is stopped being asked; シフト自由 is asked now.
  it('a related job says which condition the user said yes to it lacks, not only where it is', () => {
    const { replies } = play(['さいたま市大宮区', '事務', 'はい', 'ほかのも見たい']);
    expect(replies[2]?.act).toBe('showResults');
    expect(textOf(replies[1])).toMatch(/シフトを自由に/u);
    const related = replies.slice(2).flatMap((r) => r.cards.filter((card) => card.match === 'related'));
    expect(related.length).toBeGreaterThan(0);
    for (const card of related) {
      const lacks = !listings.get(card.id)?.conditionIds.includes('flexible-shifts');
      expect(card.misses.some((m) => /シフト自由のお仕事ではない/u.test(m.text))).toBe(lacks);
    }
    // What was said yes to comes first among the related jobs too, as among the matches.
    const firstPage = (replies[2]?.cards ?? []).filter((card) => card.match === 'related');
    const has = firstPage.map(
      (card) => listings.get(card.id)?.conditionIds.includes('flexible-shifts') === true,
    );
    expect(has).toEqual([...has].sort((a, b) => Number(b) - Number(a)));
    expect(has).toContain(true);
  });

  it('「土日は家族がいるので平日のみで」 wants weekdays only', () => {
    const { state } = play([
      '大宮で事務のパートを探しています。土日は家族がいるので平日のみでお願いします。',
    ]);
    const required = statedConstraints(state).requiredConditions;
    expect(required.has('weekdays-only')).toBe(true);
    expect(required.has('weekends-only')).toBe(false);
  });

  it('「在宅なら場所は問いません」 beside where one lives searches anywhere, for remote work', () => {
    const { state } = play([
      '本業とは別に、在宅でできる副業を探しています。',
      '東京都内に住んでいます。在宅なら場所は問いません。',
    ]);
    expect(statedConstraints(state).area).toBe('*');
    expect(statedConstraints(state).requiredConditions.has('remote')).toBe(true);
  });

  it('「特に決めていません。朝できるものなら何でも。」 answers the work question', () => {
    const { replies } = play(['横浜', '特に決めていません。朝できるものなら何でも。']);
    expect(replies[1]?.act).not.toBe('clarify');
  });
});

describe('conversations of the fifteenth and sixteenth outside sets', () => {
  it('a job type one is fine with beside others is wanted too, so its jobs are counted and shown', () => {
    const { state } = play([
      '札幌市',
      '事務かデータ入力、コールセンターでもいいです。重いものを持つのは無理です',
    ]);
    const wanted = statedConstraints(state).wantedTypes;
    expect(wanted.has('call-center')).toBe(true);
    expect(wanted.has('data-entry')).toBe(true);
  });

  it('two wards of one city are that city; one ward named three ways stays that ward', () => {
    expect(statedConstraints(play(['千葉市の若葉区か稲毛区あたりです']).state).area).toEqual([
      '千葉県',
      '千葉市',
    ]);
    expect(statedConstraints(play(['さいたま市です。大宮か浦和なら通いやすいです']).state).area).toEqual([
      '埼玉県',
      'さいたま市',
    ]);
    expect(statedConstraints(play(['広島市の中区。八丁堀とか紙屋町あたりがええ']).state).area).toEqual([
      '広島県',
      '広島市 中区',
    ]);
  });

  it('a place taken back with やっぱ leaves only the place said last', () => {
    const { state } = play(['梅田あたりでバイト探してんねんけど…あ、やっぱ心斎橋のほうがええわ']);
    expect(statedConstraints(state).area).toEqual(['大阪府', '大阪市 中央区']);
  });

  it('where one comes from, and a condition hoped for, rank the results but filter none', () => {
    const from = play(['ネパールから来ました。新宿でレストランのキッチンのバイトを探しています']).state;
    expect(statedConstraints(from).requiredConditions.has('foreigners')).toBe(false);
    const hoped = play(['天神', '焼肉屋か居酒屋がよか！まかない出るとこやったら最高']).state;
    expect(statedConstraints(hoped).requiredConditions.has('free-meals')).toBe(false);
    expect(statedConstraints(hoped).wantedTypes.has('izakaya')).toBe(true);
  });

  it('「夜勤もせん」 and 「夜遅いのは親がうるさいので」 refuse late nights', () => {
    const kumamoto = play(['熊本市中央区', '介護以外ならなんでもよか 腰の悪かけん 夜勤もせん']).state;
    expect(statedConstraints(kumamoto).excludedConditions.has('late-night')).toBe(true);
    const sendai = play([
      '仙台で居酒屋のバイト…と思ったんですけど、やっぱり夜遅いのは親がうるさいので、カフェとかにします',
    ]).state;
    expect(statedConstraints(sendai).requiredConditions.has('late-night')).toBe(false);
    expect(statedConstraints(sendai).excludedConditions.has('late-night')).toBe(true);
  });
});

describe('conversations of the seventeenth outside set', () => {
  it('「都内ならどこでも」「県内ならどこでもいい」 search the prefecture, not anywhere', () => {
    const tokyo = play(['東京都内に住んでいます。在宅なので都内ならどこでも構いません。']).state;
    expect(statedConstraints(tokyo).area).toEqual(['東京都']);
    const toyama = play(['富山市ながやけど、車あるし県内ならどこでもいいちゃ']).state;
    expect(statedConstraints(toyama).area).toEqual(['富山県']);
  });

  it('a condition one is fine with is not announced as lacking from the results that match', () => {
    const { replies } = play(['那覇でホテルのバイトないかねー？夜勤も大丈夫さ']);
    expect(textOf(replies[0])).not.toMatch(/深夜ではありません/u);
  });
});

describe('conversations of the eighteenth outside set', () => {
  it('「なんでもえいき」 (土佐弁) answers the work question', () => {
    const { replies } = play(['高知市', 'なんでもえいきすぐ働けるところ']);
    expect(replies[1]?.act).toBe('showResults');
  });
});

describe('conversations of the twenty-first outside set', () => {
  it('「なんでもいいっす、力仕事でも平気」 narrows nothing: every 日払い job in 豊島区 matches', () => {
    const { state, replies } = play(['池袋で日払いのバイト', 'なんでもいいっす、力仕事でも平気']);
    const constraints = statedConstraints(state);
    expect(constraints.wantedTypes.size).toBe(0);
    expect(textOf(replies[1])).not.toMatch(/力仕事も条件に/u);
    const dailyPayInToshima = [...listings.values()].filter(
      (l) =>
        l.conditionIds.includes('daily-pay') &&
        (l as { area?: { municipality?: string } }).area?.municipality === '豊島区',
    ).length;
    expect(textOf(replies[1])).toContain(`${dailyPayInToshima}件`);
  });

  it.each([
    [['高2です。金沢でコンビニのバイトしたい', 'ほかのも見たい', 'ほかのも見たい']],
    [['高1です。郡山でプールの監視員のバイトしたい、夏休みだけ', 'ほかのも見たい', 'ほかのも見たい']],
  ])('a high-school student is never shown a 深夜 job, not even as a near miss (%j)', (lines) => {
    const { replies } = play(lines);
    const shown = replies.flatMap((r) => r.jobs.map((j) => j.id));
    expect(shown.length).toBeGreaterThan(0);
    expect(shown.filter((id) => listings.get(id)?.conditionIds.includes('late-night'))).toEqual([]);
  });

  it('「ベトナムの りゅうがくせいです」 holds no job to 外国人活躍中: the 新宿 kitchen job without it is a match', () => {
    const { replies } = play([
      'わたしは ベトナムの りゅうがくせいです。しんじゅくで アルバイトを さがしています。',
      'レストランの キッチンか、おさらあらいが いいです。',
    ]);
    expect(replies[1]?.matches.filter((m) => m === 'exact').length).toBeGreaterThan(0);
    expect(textOf(replies[1])).not.toMatch(/すべて合うお仕事は見つかりませんでした/u);
  });
});

describe('conversations of the twenty-second outside set', () => {
  it('「お土産屋さん！雑貨とかお菓子とか売ってるとこ」 is 雑貨屋 and 惣菜・スイーツ販売, asked no third time (p22-19)', () => {
    const { state, replies } = play([
      '那覇でバイト探してるさー。国際通りのお土産屋さんとかいいなーって思ってる',
      'ほかのも見たい',
    ]);
    expect([...statedConstraints(state).wantedTypes].sort()).toEqual(['deli-sweets-sales', 'variety-store']);
    expect(replies[0]?.jobs.length).toBeGreaterThan(0);
  });

  it('「アパレルかカフェ」 wants the coffee-stand バリスタ too: the two in 北区 at 1,300 円 are matches (p22-10)', () => {
    const { state, replies } = play([
      '梅田らへんで時給1300円以上のバイトないかな？',
      'アパレルかカフェがええな',
    ]);
    expect(statedConstraints(state).wantedTypes).toEqual(new Set(['apparel', 'cafe', 'barista']));
    expect(replies[1]?.matches).toContain('exact');
  });

  it('naming バリスタ refused beside カフェ keeps it refused', () => {
    const { state } = play(['渋谷でカフェがいい、でもバリスタは無理']);
    const c = statedConstraints(state);
    expect(c.wantedTypes).toEqual(new Set(['cafe']));
    expect(c.unwantedTypes).toEqual(new Set(['barista']));
  });

  it('nothing in the ward: the cafés a few stops away come before ones 150 km off that lack nothing else (p22-01)', () => {
    const { replies } = play([
      '大通の近くでカフェのバイト探してます！授業があるので週3くらい、夕方からしか入れません',
    ]);
    const page = replies[0]?.jobs ?? [];
    expect(page.length).toBeGreaterThan(0);
    // 札幌市 and the towns next to it (石狩市 came in once cafés asking 週4日以上 of a 週3 student were no
    // longer shown as near misses).
    const nearby = ['石狩市', '江別市', '北広島市', '小樽市'];
    const far = page.map((j) => j.area?.municipality ?? '').filter((m) => !m.startsWith('札幌市'));
    expect(far.filter((m) => !nearby.includes(m))).toEqual([]);
  });

  it('横手 has no スーパー: told 「秋田県全体に広げますね」, スーパー in 秋田県 first, then work in 横手, never 岩手 (p22-05)', () => {
    const { replies } = play([
      'アルバイトを探したいんだけど',
      '横手市',
      'スーパーの品出しとかならできると思う',
    ]);
    expect(textOf(replies.at(-1))).toMatch(/秋田県全体/u);
    const page = replies.at(-1)?.jobs ?? [];
    expect(page[0]?.jobTypeIds).toContain('supermarket');
    expect(page[0]?.area?.prefecture).toBe('秋田県');
    expect(page.map((j) => j.area?.municipality)).toContain('横手市');
    expect(page.map((j) => j.area?.prefecture)).not.toContain('岩手県');
  });

  it('倉庫 covers 棚卸し: the late-night 棚卸し job in 名古屋市中川区 is a match (p22-12)', () => {
    const { state } = play(['名古屋で深夜のバイトない', '倉庫の仕事がいいかな']);
    expect(statedConstraints(state).wantedTypes).toContain('stocktaking');
  });
});
