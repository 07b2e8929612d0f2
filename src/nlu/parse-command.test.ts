import { parseCommand } from './parse-command';
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
  ['最初からカフェがいいと思ってた', null],
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
