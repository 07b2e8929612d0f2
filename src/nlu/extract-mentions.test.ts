import { extractMentions } from './extract-mentions';
import { buildLexicon } from './lexicon';
import { miniLexicon } from './testing/mini-lexicon';

const lexicon = miniLexicon();
const ids = (mentions: readonly { id: string; polarity: string }[]): string[] =>
  mentions.map((m) => `${m.id}:${m.polarity}`);

describe('extractMentions', () => {
  it('reads the volunteered 「渋谷でカフェ、日払いがいい」', () => {
    const found = extractMentions('渋谷でカフェ、日払いがいい', lexicon);
    expect(found.areas).toEqual([
      {
        prefecture: '東京都',
        municipality: '渋谷区',
        surface: '渋谷',
        candidates: [{ prefecture: '東京都', municipality: '渋谷区' }],
      },
    ]);
    expect(found.jobTypes).toEqual([{ id: 'cafe', polarity: 'positive', surface: 'かふぇ' }]);
    expect(found.conditions).toEqual([{ id: 'daily-pay', polarity: 'positive', surface: '日払い' }]);
  });

  it('finds places written in kana or with a particle', () => {
    expect(extractMentions('しぶやがいいな', lexicon).areas.map((a) => a.municipality)).toEqual(['渋谷区']);
    expect(extractMentions('しんじゅくで', lexicon).areas.map((a) => a.municipality)).toEqual(['新宿区']);
    expect(extractMentions('シンジュク', lexicon).areas.map((a) => a.municipality)).toEqual(['新宿区']);
    expect(extractMentions('新宿区のコンビニ', lexicon).jobTypes.map((m) => m.id)).toEqual([
      'convenience-store',
    ]);
  });

  it('takes the last of two opposite stances on one name as a change of mind', () => {
    expect(ids(extractMentions('カフェは嫌…いや、やっぱりカフェで探してます', lexicon).jobTypes)).toEqual([
      'cafe:positive',
    ]);
  });

  it('drops a wish taken back for another (「やっぱ」), but not one added to (「やっぱり…も」)', () => {
    expect(ids(extractMentions('カフェで探してたんだけど、やっぱ居酒屋にする', lexicon).jobTypes)).toEqual([
      'izakaya:positive',
    ]);
    expect(ids(extractMentions('カフェがいいな、やっぱり居酒屋も', lexicon).jobTypes)).toEqual([
      'cafe:positive',
      'izakaya:positive',
    ]);
  });

  it('drops what a speaker corrects with いや (neither wanted nor refused), but not what いや refuses', () => {
    expect(ids(extractMentions('カフェのバイトを…いや、やっぱり居酒屋がいいです', lexicon).jobTypes)).toEqual(
      ['izakaya:positive'],
    );
    expect(ids(extractMentions('喫茶店 いや居酒屋のほうがいいかな', lexicon).jobTypes)).toEqual([
      'izakaya:positive',
    ]);
    for (const text of [
      'カフェはいや、居酒屋がいい',
      'カフェとかいや、居酒屋がいい',
      'カフェは嫌いや、居酒屋がいい',
    ]) {
      expect(ids(extractMentions(text, lexicon).jobTypes)).toEqual(['cafe:negative', 'izakaya:positive']);
    }
  });

  it('takes no stance on the job one has (「本業は」「普段は」「〜として働いています」)', () => {
    expect(ids(extractMentions('本業はカフェです。居酒屋で探してます', lexicon).jobTypes)).toEqual([
      'izakaya:positive',
    ]);
    expect(ids(extractMentions('普段は塾講師をしています', lexicon).jobTypes)).toEqual([]);
    expect(ids(extractMentions('バーテンとして働いています', lexicon).jobTypes)).toEqual([]);
    expect(ids(extractMentions('バーテンとして働きたい', lexicon).jobTypes)).toEqual(['bar:positive']);
  });

  it('reads two job types the catalogue names together as that one, with a noun of the place between', () => {
    const built = buildLexicon({
      jobTypes: [
        { id: 'hotel', name: 'ホテル', synonyms: [] },
        { id: 'cleaning', name: '清掃', synonyms: ['掃除', 'そうじ'] },
        { id: 'room-cleaning', name: 'ホテル客室清掃', synonyms: ['ホテルの掃除'] },
      ],
      conditions: [],
      prefectures: [],
    });
    const jobTypes = (text: string) => ids(extractMentions(text, built).jobTypes);
    expect(jobTypes('ホテルのお部屋の掃除なら前にやってました')).toEqual(['room-cleaning:positive']);
    expect(jobTypes('ホテルのそうじ')).toEqual(['room-cleaning:positive']);
    expect(jobTypes('ホテルはいいけど掃除はいや')).toEqual(['hotel:positive', 'cleaning:negative']);
  });

  it('reads a stated age as the condition the catalogue gives that age', () => {
    const withSeniors = buildLexicon({
      jobTypes: [],
      conditions: [{ id: 'seniors', name: 'シニア歓迎', synonyms: [], ageFrom: 60 }],
      prefectures: [],
    });
    const conditions = (text: string) => ids(extractMentions(text, withSeniors).conditions);
    expect(conditions('七十なんやけど雇ってくれるとこあるかいな')).toEqual(['seniors:positive']);
    expect(conditions('わたし六十八歳です')).toEqual(['seniors:positive']);
    expect(conditions('温泉で働きたいんやけど、もう72なんよ')).toEqual(['seniors:positive']);
    expect(conditions('20代です')).toEqual([]);
    expect(conditions('時給千六十円以上')).toEqual([]);
  });

  it('does not carry a refusal in the next sentence back to a name that ended its own', () => {
    expect(
      ids(extractMentions('カフェか居酒屋やな。重いもん持つのはもうあかんわ', lexicon).jobTypes),
    ).toEqual(['cafe:positive', 'izakaya:positive']);
  });

  it('reads no category inside a longer kanji word (深夜営業 is no 営業)', () => {
    const sales = buildLexicon({
      jobTypes: [
        {
          id: 'route-sales',
          name: 'ルート営業',
          reading: 'るーとえいぎょう',
          category: '営業',
          synonyms: [],
        },
      ],
      conditions: [{ id: 'late-night', name: '深夜', synonyms: [] }],
      prefectures: [],
    });
    const found = extractMentions('深夜営業のとこは無理', sales);
    expect(found.categories ?? []).toEqual([]);
    expect(ids(found.conditions)).toEqual(['late-night:negative']);
  });

  it('reads 「〜ない？」 asked with a question mark as wanting it', () => {
    expect(ids(extractMentions('日払いのやつない？', lexicon).conditions)).toEqual(['daily-pay:positive']);
    expect(ids(extractMentions('日払いのやつはない', lexicon).conditions)).toEqual(['daily-pay:negative']);
    // 土佐弁 asks with が for の: 「ないがやろか」「ないがかな」.
    expect(ids(extractMentions('カフェのバイトないがやろか', lexicon).jobTypes)).toEqual(['cafe:positive']);
    expect(ids(extractMentions('カフェのバイトないがかな', lexicon).jobTypes)).toEqual(['cafe:positive']);
  });

  it('does not carry a later clause with a topic of its own back to the name', () => {
    expect(ids(extractMentions('カフェの仕事、経験はまだないです', lexicon).jobTypes)).toEqual([
      'cafe:positive',
    ]);
  });

  it('marks excluded job types and conditions negative', () => {
    expect(ids(extractMentions('居酒屋以外', lexicon).jobTypes)).toEqual(['izakaya:negative']);
    expect(ids(extractMentions('夜勤は嫌', lexicon).conditions)).toEqual(['late-night:negative']);
    expect(ids(extractMentions('カフェはやだ', lexicon).jobTypes)).toEqual(['cafe:negative']);
    expect(ids(extractMentions('日払いはいらない', lexicon).conditions)).toEqual(['daily-pay:negative']);
    expect(ids(extractMentions('夜勤とかはちょっと…', lexicon).conditions)).toEqual(['late-night:negative']);
    expect(ids(extractMentions('居酒屋じゃなくてカフェがいい', lexicon).jobTypes)).toEqual([
      'izakaya:negative',
      'cafe:positive',
    ]);
  });

  it('refuses a time said to be taken by school, a club or the main job, not one said to have work', () => {
    expect(ids(extractMentions('夜勤は部活なのでカフェで', lexicon).conditions)).toEqual([
      'late-night:negative',
    ]);
    expect(ids(extractMentions('夜勤は学校があるから', lexicon).conditions)).toEqual(['late-night:negative']);
    expect(ids(extractMentions('夜勤は仕事で、カフェがいい', lexicon).conditions)).toEqual([
      'late-night:negative',
    ]);
    expect(ids(extractMentions('夜勤の仕事があるといい', lexicon).conditions)).toEqual([
      'late-night:positive',
    ]);
  });

  it('lets a stance after two names apply to both', () => {
    expect(ids(extractMentions('居酒屋とバー以外', lexicon).jobTypes)).toEqual([
      'izakaya:negative',
      'bar:negative',
    ]);
    expect(ids(extractMentions('カフェがいい、居酒屋は無理', lexicon).jobTypes)).toEqual([
      'cafe:positive',
      'izakaya:negative',
    ]);
  });

  it('drops a condition the user says is not needed, and keeps one said to be a must', () => {
    expect(extractMentions('日払いじゃなくてもいい', lexicon).conditions).toEqual([]);
    expect(ids(extractMentions('日払いじゃないと困る', lexicon).conditions)).toEqual(['daily-pay:positive']);
  });

  it('keeps ambiguous places as several candidates', () => {
    const [fuchu] = extractMentions('府中で働きたい', lexicon).areas;
    expect(fuchu?.candidates).toEqual([
      { prefecture: '東京都', municipality: '府中市' },
      { prefecture: '広島県', municipality: '府中市' },
    ]);
    const [chuo] = extractMentions('中央区', lexicon).areas;
    expect(chuo?.candidates.map((c) => `${c.prefecture}${c.municipality}`)).toEqual([
      '東京都中央区',
      '大阪府大阪市 中央区',
    ]);
  });

  it('narrows an ambiguous place with the prefecture said next to it', () => {
    const areas = extractMentions('広島の府中市でコンビニ', lexicon).areas;
    expect(areas).toEqual([
      {
        prefecture: '広島県',
        municipality: '府中市',
        surface: '府中市',
        candidates: [{ prefecture: '広島県', municipality: '府中市' }],
      },
    ]);
    expect(extractMentions('東京都渋谷区', lexicon).areas.map((a) => a.municipality)).toEqual(['渋谷区']);
    const ward = extractMentions('大阪市の中央区で', lexicon).areas;
    expect(ward.map((a) => [a.municipality, a.candidates.length])).toEqual([['大阪市 中央区', 1]]);
  });

  it('reads a prefecture alone, and a city named like its prefecture as the prefecture', () => {
    expect(extractMentions('東京で', lexicon).areas.map((a) => [a.prefecture, a.municipality])).toEqual([
      ['東京都', undefined],
    ]);
    expect(extractMentions('大阪がいい', lexicon).areas.map((a) => a.candidates.length)).toEqual([1]);
    expect(extractMentions('大阪市北区', lexicon).areas.map((a) => a.municipality)).toEqual(['大阪市 北区']);
  });

  it('does not find short kana names inside longer words', () => {
    expect(extractMentions('サーバーの仕事', lexicon).jobTypes).toEqual([]);
    expect(extractMentions('ドライバーがいい', lexicon).jobTypes).toEqual([]);
    expect(ids(extractMentions('バーで働きたい', lexicon).jobTypes)).toEqual(['bar:positive']);
    // Three kana need a word end after them (カフェラテ is no café), and keep it before a particle.
    expect(extractMentions('カフェラテが好き', lexicon).jobTypes).toEqual([]);
    expect(ids(extractMentions('じゃなくてカフェみたいなとこ', lexicon).jobTypes)).toEqual(['cafe:positive']);
  });

  it('matches synonyms, mixed-script names and English names on whole words', () => {
    expect(ids(extractMentions('Ｗワークできるところ', lexicon).conditions)).toEqual([
      'double-work:positive',
    ]);
    expect(ids(extractMentions('掛け持ちOKで高時給', lexicon).conditions)).toEqual([
      'double-work:positive',
      'high-wage:positive',
    ]);
    expect(ids(extractMentions('a cafe in Tokyo, no bars', lexicon).jobTypes)).toEqual([
      'cafe:positive',
      'bar:negative',
    ]);
    expect(extractMentions('a barista job', lexicon).jobTypes).toEqual([]);
    expect(ids(extractMentions('data entry, but not izakaya', lexicon).jobTypes)).toEqual([
      'data-entry:positive',
      'izakaya:negative',
    ]);
    expect(extractMentions('a cafe in Tokyo', lexicon).areas.map((a) => a.prefecture)).toEqual(['東京都']);
    expect(extractMentions('Tokyoで働きたい', lexicon).areas.map((a) => a.prefecture)).toEqual(['東京都']);
  });

  it('finds nothing in unrelated text', () => {
    expect(extractMentions('はい', lexicon)).toEqual({ jobTypes: [], conditions: [], areas: [] });
  });
});
