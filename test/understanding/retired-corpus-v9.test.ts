import { parseUtterance, type QuestionSubject } from '../../src/nlu';
import { sampleReader } from './sample-reader';

/**
 * Misreadings found when the ninth held-out understanding set was retired to development (2026-12-06) and its
 * misses read: each test is what a person means by the words its writers used.
 */
const { lexicon, parse, places, stances } = sampleReader();

/** The answer to a yes/no question about one condition or job type, as the dialogue asks it. */
const answerTo = (text: string, subject: QuestionSubject) =>
  parseUtterance(text, { locale: 'ja', question: 'yesno', subject, lexicon: lexicon() }).answer;
const condition = (id: string): QuestionSubject => ({ kind: 'condition', id });

describe('commands as people say them', () => {
  it.each([
    ['これってどう使うの？', 'work', 'help'],
    ['すみません、こういうの初めてで、どうしたらいいのか…', 'work', 'help'],
    ['これどぎゃんすっと', 'area', 'help'],
    ['なんば答えたらよかとか教えてくれんね', 'work', 'help'],
    ['how does this thing work', 'area', 'help'],
    ['他は？', 'results', 'more'],
    ['他んとはなかと', 'results', 'more'],
    ['次のやつ見せて〜', 'results', 'more'],
    ['テレアポのはせんけん ほかのがよか', 'results', 'more'],
    ['どれも時給安いな…千円以上で週三のはない？', 'results', 'more'],
    ['カラオケのバイトとかないん', 'results', 'more'],
    ['ボーナス出るとこってある', 'results', 'more'],
    ['ティッシュ配りみたいなのもある', 'results', 'more'],
    ['へばな', 'yesno', 'stop'],
    ['もうよか 終わりにしもんそ', 'area', 'stop'],
    ['ありがとう、もう結構です。失礼します', 'results', 'stop'],
    ['どいもこいも いかんど', 'results', 'noneFit'],
  ] as const)('「%s」 (%s) is %s', (text, question, command) => {
    expect(parse(text, question).command).toBe(command);
  });

  it.each([
    ['今のバイトやめたいから探してます', 'work'],
    ['戻れるなら地元の仙台がいいな', 'area'],
    ['はい 一からやり直すつもりなんで', 'yesno'],
    ['弘前だば どごでもいい', 'area'],
  ] as const)('「%s」 (%s) is no command', (text, question) => {
    expect(parse(text, question).command).toBeNull();
  });

  it('「戻るのは嫌やけん このまま先に進めて」 refuses going back: no skip, a no', () => {
    const read = parse('戻るのは嫌やけん このまま先に進めて', 'offer');
    expect(read.command).toBeNull();
    expect(read.answer).toBe('no');
  });
});

describe('dialect refusals', () => {
  it.each([
    ['居酒屋だば まいね', 'izakaya:negative'],
    ['夜勤はのさんばい', 'late-night:negative'],
    ['土方仕事はやんねえど', 'construction-work:negative'],
    ['コールセンターはせこいけんなぁ あんまりしたないわ', 'call-center:negative'],
    ['接客は嫌いやないけど 居酒屋はのう', 'izakaya:negative'],
  ])('「%s」 refuses it', (text, stance) => {
    expect(stances(text, 'yesno')).toContain(stance);
    expect(parse(text, 'yesno').answer).toMatch(/^(no|probablyNo)$/u);
  });

  it('「清掃はよかばってん 夜はのさん」 wants the cleaning and refuses the night', () => {
    expect(stances('清掃はよかばってん 夜はのさん')).toEqual(['cleaning:positive', 'night:negative']);
  });
});

describe('answers with a shrug, a deferral or a go-ahead', () => {
  it.each([
    ['えーと まあ そうですね あるといえばあります', 'yesno', 'probablyYes'],
    ['ないよりはあったほうがいいかな', 'yesno', 'probablyYes'],
    ['ほだな やってみっかな', 'yesno', 'probablyYes'],
    ['まあ やってもええかなぁ 知らんけど', 'yesno', 'probablyYes'],
    ['あるっちゃあるんですけど まだぼんやりしてて', 'work', 'probablyYes'],
    ['考えときますわ', 'yesno', 'probablyNo'],
    ['嫌いじゃないけど、やりたいってほどでもないかな', 'yesno', 'probablyNo'],
    ['いやー とくには ないですね', 'work', 'no'],
    ['いやあ とくにはないねえ なんでもええよ', 'work', 'no'],
    ['どうぞ、何でも聞いてください', 'offer', 'yes'],
    ['いいよ 聞いでみ なんでも答えっから', 'offer', 'yes'],
    ['広げんでええて', 'offer', 'no'],
    ['んー、隣の駅くらいまでならいいかな', 'offer', 'probablyYes'],
    ['かまんよ 丸亀とか坂出までやったら行けるけん', 'offer', 'yes'],
    ['sure two or three days a week', 'offer', 'yes'],
  ] as const)('「%s」 (%s) is %s', (text, question, level) => {
    expect(parse(text, question).answer).toBe(level);
  });

  it('「今はいいかな、副業なんで」 to 「社員登用があるところがいいですか？」 is no, the reason a side job', () => {
    expect(answerTo('今はいいかな、副業なんで', condition('employee-conversion'))).toBe('no');
  });
});

describe('numbers said every way', () => {
  it.each([
    ['今のなしで、週3じゃなくて週2', { daysPerWeek: { min: 2, max: 2 } }],
    ['I can do 3 or more days a week', { daysPerWeek: { min: 3 } }],
    ['はい えっと 週に にさんかいで', { daysPerWeek: { min: 2, max: 3 } }],
    [
      '週二 三回くらいで 一日四時間ぐらい',
      { daysPerWeek: { min: 2, max: 3 }, hoursPerDay: { min: 4, max: 4 } },
    ],
    ['時給1000円ちょっとでいいので近場で', { wageMin: { amount: 1000, per: 'hour' } }],
    ['そりゃあ、最低でも1500は欲しいです', { wageMin: { amount: 1500, per: 'hour' } }],
    ['じきゅう せん ごひゃく えん', { wageMin: { amount: 1500, per: 'hour' } }],
    ['あさの ろくじから くじまで', { timeOfDay: { from: '06:00', to: '09:00' } }],
  ])('「%s」', (text, numbers) => {
    expect(parse(text).numbers).toEqual(numbers);
  });

  it('a time said of one’s day job is not the time of the side job: 「本業が18時までなので、19時から23時くらいで」', () => {
    expect(parse('本業が18時までなので、19時から23時くらいで').numbers).toEqual({
      timeOfDay: { from: '19:00', to: '23:00' },
    });
  });

  it.each([
    ['はい お迎えが二時半なんで それまでに終わるところ', '14:30'],
    ['保育園のお迎えが17時なんです。それまでに終われるパートを探してます', '17:00'],
  ])('「%s」: the pick-up is when the work must end', (text, to) => {
    expect(parse(text).numbers).toEqual({ timeOfDay: { to } });
  });
});

describe('refusing the opposite of a condition wants it', () => {
  it.each([
    ['髪黒にしなきゃいけないとこは嫌', 'free-hair:positive'],
    ['面接があるのは苦手で', 'no-interview:positive'],
    ['面接ありのとこは避けたい', 'no-interview:positive'],
    ['駅から遠いのはちょっと', 'near-station:positive'],
    ['扶養は超えたくないです', 'within-dependent-limit:positive'],
    ['扶養から外れたくない', 'within-dependent-limit:positive'],
  ])('「%s」', (text, stance) => {
    expect(stances(text)).toEqual([stance]);
  });
});

describe('job types named the way its writers named them', () => {
  it.each([
    ['ほいくえん の おてつだい したい', 'childcare-assistant:positive'],
    ['むがさりの会場の手伝いなんか いいんでねえべか', 'bridal:positive'],
    ['帯広のほうで牧場の仕事 なまらやってみたいんだわ', 'farming:positive'],
    ['広島市内のお好み焼き屋のバイトがええのう', 'restaurant:positive'],
    ['ケータイショップの店員がいい', 'mobile-electronics:positive'],
    ['医療事務 資格はまだないんですけど', 'medical-office:positive'],
  ])('「%s」', (text, stance) => {
    expect(stances(text)).toEqual([stance]);
  });

  it.each([
    '絶対！保育園のお迎えがあるので',
    '子どもを保育園に預けてる間だけ',
    'お迎えが17時なので、学童に行ってる間だけ',
  ])('「%s」: the nursery or school one’s child spends the day at is no work wished for', (text) => {
    expect(parse(text, 'yesno').mentions.jobTypes).toEqual([]);
  });

  it('「医療事務の資格持ってます」 still tells a qualification held, no wish', () => {
    expect(stances('医療事務の資格持ってます')).toEqual([]);
  });
});

describe('places', () => {
  it.each([
    ['梅田…いや、やっぱ難波のほうが近いわ', ['大阪府 大阪市 中央区']],
    ['渋谷じゃなくて新宿で', ['東京都 新宿区']],
    ['京都の大学に通ってるんですけど バイトは地元の大津で', ['滋賀県 大津市']],
    ['霧島んほうで', ['鹿児島県 霧島市']],
    ['こんぴらさんの近くがええな', ['香川県 琴平町']],
    ['二条城の近くやと助かります', ['京都府 京都市 中京区']],
    ['尾張一宮で 九時から五時まででええがね', ['愛知県 一宮市']],
  ])('「%s」 is %j', (text, where) => {
    expect(places(text)).toEqual(where);
  });

  it.each(['日光に弱いので室内の仕事がいいです', '南国っぽい雰囲気のカフェ🌺'])(
    '「%s」 names no place',
    (text) => {
      expect(parse(text).mentions.areas).toEqual([]);
    },
  );
});

describe('conditions named the way its writers named them', () => {
  it.each([
    ['一日だけのバイトってある', 'one-day:positive'],
    ['試験監督みたいな一日で終わるやつ', 'one-day:positive'],
    ['ネイルしたまんまでいけるバイトある', 'nails-ok:positive'],
    ['若葉マークだけど車で配達する仕事ってできますか', 'delivery-driver:positive'],
    ['よる は だめ です', 'night:negative'],
  ])('「%s」', (text, stance) => {
    expect(stances(text).filter((s) => !s.startsWith('exam-proctor'))).toEqual([stance]);
  });

  it.each([
    ['髪の色自由なとこはないのー', 'free-hair:positive'],
    ['もっと時給高いとこない', 'high-wage:positive'],
  ])('「%s」 after the results asks for more of it', (text, stance) => {
    const read = parse(text, 'results');
    expect(read.command).toBe('more');
    expect(stances(text, 'results')).toEqual([stance]);
  });

  it('「夜がいいです、昼は大学なので」: the day is taken by university', () => {
    expect(stances('夜がいいです、昼は大学なので')).toEqual(['night:positive', 'daytime:negative']);
  });

  it('"I want to stop working nights, so daytime please" gives the nights up', () => {
    expect(stances('I want to stop working nights, so daytime please')).toEqual([
      'night:negative',
      'daytime:positive',
    ]);
  });
});

describe('after the results', () => {
  it('「ファストフード以外のも見せて 揚げ物の匂いがだめで」: the request ends its clause; the reason after it refuses nothing more', () => {
    const read = parse('ファストフード以外のも見せて 揚げ物の匂いがだめで', 'results');
    expect(read.command).toBe('more');
    expect(stances('ファストフード以外のも見せて 揚げ物の匂いがだめで', 'results')).toEqual([
      'fast-food:negative',
    ]);
  });

  it('「1番は深夜あるから嫌。2番のほうがいい」: one turned down, another picked — yes', () => {
    expect(parse('1番は深夜あるから嫌。2番のほうがいい', 'results').answer).toBe('yes');
  });
});

describe('English answers', () => {
  it('"um not really i guess" is a weak no: "i guess" hedges the answer said before it', () => {
    expect(parse('um not really i guess', 'yesno').answer).toBe('probablyNo');
  });
});

describe('a time band that only tells the clock', () => {
  it('「早朝は無理だけど 朝十時からなら働けます」 still refuses the early morning: the 朝 of 朝十時 takes nothing back', () => {
    const read = parse('早朝は無理だけど 朝十時からなら働けます');
    expect(stances('早朝は無理だけど 朝十時からなら働けます')).toEqual(['early-morning:negative']);
    expect(read.numbers).toEqual({ timeOfDay: { from: '10:00' } });
  });
});
