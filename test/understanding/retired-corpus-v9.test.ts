import { sampleReader } from './sample-reader';

/**
 * Misreadings found when the ninth held-out understanding set was retired to development (2026-12-06) and its
 * misses read: each test is what a person means by the words its writers used.
 */
const { parse } = sampleReader();

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
