import { commandMayBeAnswer, parseCommand } from './parse-command';
import type { QuestionKind } from './types';
import type { Command } from './command-phrases';

const cases: readonly [string, Command | null][] = [
  ['最初から', 'restart'],
  ['はじめから', 'restart'],
  ['リセット', 'restart'],
  ['最初からお願いします', 'restart'],
  ['じゃあ最初からやり直し', 'restart'],
  ['戻る', 'undo'],
  ['もどる', 'undo'],
  ['やっぱり', 'undo'],
  ['やっぱり…', 'undo'],
  ['ひとつ前に戻って', 'undo'],
  ['前の質問', 'undo'],
  ['もう一回', 'repeat'],
  ['もう一度', 'repeat'],
  ['もう一回言ってください', 'repeat'],
  ['え？', 'repeat'],
  ['え?', 'repeat'],
  ['えっ', 'repeat'],
  ['はい？', 'repeat'],
  ['なんて？', 'repeat'],
  ['ヘルプ', 'help'],
  ['使い方', 'help'],
  ['使い方を教えて', 'help'],
  ['どうすればいい？', 'help'],
  ['終わり', 'stop'],
  ['おわり', 'stop'],
  ['ストップ', 'stop'],
  ['やめる', 'stop'],
  ['もういい', 'stop'],
  ['もういいです', 'stop'],
  ['ほかのも見たい', 'more'],
  ['他のも', 'more'],
  ['もっと見たい', 'more'],
  ['もっと見せてください', 'more'],
  ['どれも違う', 'noneFit'],
  ['全部違う', 'noneFit'],
  ['どれもピンとこない', 'noneFit'],
  ['どこでもいい', 'anywhere'],
  ['どこでも', 'anywhere'],
  ['場所はこだわらない', 'anywhere'],
  ['スキップ', 'skip'],
  ['飛ばして', 'skip'],
  ['ｽｷｯﾌﾟ', 'skip'],
  // Answers and other speech are not commands.
  ['やっぱりいいえ', null],
  ['はい', null],
  ['ええ', null],
  ['いいえ', null],
  ['カフェがいい', null],
  ['', null],
  ['え'.repeat(5000), null],
];

const english: readonly [string, Command | null][] = [
  ['start over', 'restart'],
  ['Restart', 'restart'],
  ['go back', 'undo'],
  ['undo', 'undo'],
  ['say that again?', 'repeat'],
  ['pardon?', 'repeat'],
  ['help', 'help'],
  ['What can you do?', 'help'],
  ['stop', 'stop'],
  ['quit', 'stop'],
  ['show more', 'more'],
  ['none of these', 'noneFit'],
  ['anywhere is fine', 'anywhere'],
  ['skip', 'skip'],
  ['next question please', 'skip'],
  ['yes', null],
  ['no', null],
];

describe('parseCommand', () => {
  it.each(cases)('「%s」 -> %s', (text, expected) => {
    expect(parseCommand(text, 'ja')).toBe(expected);
  });

  it.each(english)('"%s" -> %s (en)', (text, expected) => {
    expect(parseCommand(text, 'en')).toBe(expected);
  });
});

describe('parseCommand: commands said inside a sentence', () => {
  const natural: readonly [string, QuestionKind, Command | null][] = [
    ['最初からやり直したいです', 'yesno', 'restart'],
    ['なんかぐちゃぐちゃになったので最初からお願いします', 'work', 'restart'],
    ['さっきのに戻して', 'yesno', 'undo'],
    ['押し間違えました。ひとつ前からやり直させてください', 'yesno', 'undo'],
    ['ごめん聞いてなかった、なんだっけ', 'yesno', 'repeat'],
    ['はじめて使うんですけど、どうすればいいですか', 'area', 'help'],
    ['もう疲れたからやめる', 'yesno', 'stop'],
    ['めんどくさくなったからもうやめとくわ', 'offer', 'stop'],
    ['ほかにないの？', 'results', 'more'],
    ['どれもしっくりこんね', 'results', 'noneFit'],
    ['通えればどこでも', 'area', 'anywhere'],
    ['パスで', 'yesno', 'skip'],
    ['その質問はいいや、次', 'yesno', 'skip'],
    ['cant we restart from the beginning?', 'yesno', 'restart'],
    // Where the words mean something else, they are no command.
    ['終わりの時間が早いところ', 'yesno', null],
    ['どこでもいいってわけじゃないけど', 'area', null],
    ['ほかの条件もある？', 'offer', null],
    ['どこでもいい', 'yesno', null],
  ];
  it.each(natural)('「%s」 (%s) -> %s', (text, question, expected) => {
    expect(parseCommand(text, 'ja', { question })).toBe(expected);
  });

  it('takes only whole phrases when the utterance names a job, condition or place', () => {
    expect(parseCommand('最初からカフェがいいと思ってた', 'ja', { named: true })).toBeNull();
    expect(parseCommand('前の職場に戻るのは嫌', 'ja', { named: true })).toBeNull();
    expect(parseCommand('最初から', 'ja', { named: true })).toBe('restart');
  });

  it('knows which commands are everyday answers too', () => {
    expect(commandMayBeAnswer('もういいです')).toBe(true);
    expect(commandMayBeAnswer('最初から')).toBe(false);
  });
});
