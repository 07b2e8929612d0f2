import { sampleReader } from './sample-reader';

/**
 * Misreadings an outside reader found in 50 conversations of the twenty-sixth persona set, retired to development
 * (2026-12-06, an audit of their transcripts): five of them stored the opposite of what was said. The p27 set,
 * audited and retired the same session, adds its own at the end.
 */
const { parse, stances, places } = sampleReader();

describe('asking whether there is one, in 播州 and 紀州', () => {
  it('「夜勤のバイトないんけ」 wants the night shift (p26-35 had excluded it)', () => {
    expect(stances('姫路で夜勤のバイトないんけ時給千三百円以上で', 'area')).toContain('late-night:positive');
  });

  it('「温泉かホテルのパートないかのし？」 wants both (p26-37 had avoided both)', () => {
    const said = stances('白浜で温泉かホテルのパートないかのし？車で通えるとこがええんやけど', 'area');
    expect(said).toEqual(expect.arrayContaining(['hot-spring:positive', 'hotel:positive']));
  });
});

describe('岡山 おえん refuses (p26-39 had stored both refusals as wishes)', () => {
  it('「家庭教師はおえんで。土日もおえん」', () => {
    const said = stances(
      '岡山駅の近くで塾のバイトしてぇんじゃけど、家庭教師はおえんで。土日もおえん',
      'area',
    );
    expect(said).toEqual(expect.arrayContaining(['cram-school-teacher:positive', 'home-tutor:negative']));
    expect(said).not.toContain('weekends-only:positive');
  });
});

describe('a refusal in the next sentence is not said of the names before it (p26-44)', () => {
  it.each([
    ['カフェとか本屋さんとか。お酒出すお店はいやなんよ', ['cafe:positive', 'bookstore:positive']],
    ['カフェ。居酒屋とバーはいや', ['cafe:positive', 'izakaya:negative']],
  ])('「%s」', (text, expected) => {
    expect(stances(text)).toEqual(expect.arrayContaining(expected));
  });

  it('a comma still lists them: 「カフェ、居酒屋はいや」 refuses both', () => {
    expect(stances('カフェ、居酒屋はいや')).toEqual(['cafe:negative', 'izakaya:negative']);
  });
});

describe('words its writers used', () => {
  it('「朝早いのは平気だよ」 is fine with early mornings, not asking for them (p26-02)', () => {
    const early = parse(
      '美瑛町で夏の間だけ畑の手伝いするバイトないかい朝早いのは平気だよ',
      'area',
    ).mentions?.conditions.find((m) => m.id === 'early-morning');
    expect(early?.polarity).toBe('positive');
    expect(early?.soft).toBe(true);
  });

  it('ふくぎょう in kana is 副業 (p26-12)', () => {
    expect(
      stances('へいじつ の よる、しゅう 2かい くらい できる ふくぎょう を さがしています', 'area'),
    ).toContain('side-job:positive');
  });

  it('和菓子屋さん is a sweets shop (p26-22)', () => {
    expect(stances('金沢駅の近くで和菓子屋さんのバイトってあるけ？', 'area')).toContain(
      'cake-sweets:positive',
    );
  });

  it('南草津 is in 滋賀県草津市, not a choice between 草津 in 滋賀 and 群馬 (p26-29)', () => {
    expect(places('南草津駅の辺で')).toEqual(['滋賀県 草津市']);
  });
});

describe('from the p27 audit', () => {
  it('博多 「夜からできるバイトないと？」 asks for evening work (p27-02 had excluded it)', () => {
    expect(stances('天神で夜からできるバイトないと？', 'area')).toContain('night:positive');
  });

  it('北九州 「日払いの仕事ないかいちゃ」 asks for daily pay (p27-29 had excluded it)', () => {
    expect(
      stances(
        '小倉で日給一万円以上の日払いの仕事ないかいちゃ 引越しとか体使う仕事がいい 警備はいやっちゃ',
        'area',
      ),
    ).toEqual(
      expect.arrayContaining(['daily-pay:positive', 'moving:positive', 'facility-security:negative']),
    );
  });

  it('「〜で構いません」 is fine with them (p27-25 had avoided the event and moving work he offered to do)', () => {
    expect(stances('イベント設営や引越しなど、体を動かす仕事で構いません。')).toEqual(
      expect.arrayContaining(['venue-setup:positive', 'moving:positive']),
    );
  });

  it('「なんでも できます」 to the work question is no kind in mind, whatever follows (p27-46 was asked three times)', () => {
    expect(parse('なんでも できます。りょう が ひつよう です。').answer).toBe('no');
    expect(parse('なんでもできます', 'yesno').answer).toBe('dontKnow');
  });
});

describe('from the p28 audit', () => {
  it.each([
    ['弘前でなんか仕事ねべが 七十だばって体はまだ動くはんで 夜はわがね', 'night:negative'],
    ['平日は会社勤めしよるけん、副業で週1日からできる仕事あるで？', 'weekends-only:positive'],
    ['かわさきえき の ちかく で しごと ありますか。にちばらい じゃないと だめ です。', 'daily-pay:positive'],
  ])('「%s」 says %s', (text, stance) => {
    expect(stances(text, 'area')).toContain(stance);
  });

  it('「遊園地とかホテルとか観光っぽいやつ」 wants them: the いや of っぽいやつ is no refusal (p28-22)', () => {
    expect(stances('遊園地とかホテルとか観光っぽいやつ')).toEqual(['theme-park:positive', 'hotel:positive']);
  });

  it('「恥ずかしいけん無理」 refuses: けん after an adjective is a reason, not いけん (p28-46)', () => {
    expect(stances('ティッシュ配りとかは恥ずかしいけん無理。イベントスタッフとかあると？', 'area')).toEqual(
      expect.arrayContaining(['flyer-distribution:negative', 'event-staff:positive']),
    );
  });

  it('「保育園に迎えに行けるように」 is no wish to work at a nursery (p28-43)', () => {
    expect(stances('子どもを保育園に迎えに行けるように夕方5時までのパートないやろか', 'area')).not.toContain(
      'childcare-assistant:positive',
    );
  });
});

it('通町筋 is in 熊本市 中央区, not the whole city (p28-48)', () => {
  expect(places('熊本市の通町筋あたりたい')).toEqual(['熊本県 熊本市 中央区']);
});
