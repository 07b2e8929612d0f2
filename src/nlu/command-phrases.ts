import { wordList } from './word-list';

/** What a user can ask the dialogue to do instead of answering. */
export type Command =
  'restart' | 'undo' | 'repeat' | 'help' | 'stop' | 'more' | 'noneFit' | 'anywhere' | 'skip';

export const COMMANDS: readonly Command[] = [
  'restart',
  'undo',
  'repeat',
  'help',
  'stop',
  'more',
  'noneFit',
  'anywhere',
  'skip',
];

/**
 * Whole-utterance phrases in both languages (any script or width; normalized when the table is built). A
 * command must be all that was said, give or take fillers and polite endings: 「やっぱり」 alone is undo,
 * 「やっぱりいいえ」 is an answer.
 */
export const COMMAND_PHRASES: Readonly<Record<Command, readonly string[]>> = {
  restart: wordList(`
    最初から, さいしょから, はじめから, 始めから, 初めから, リセット, やり直し, やりなおし, やり直す,
    やりなおす, 最初からやり直し, もう一回最初から, 一から, いちから, 最初に戻る,
    restart, start over, reset, begin again, start again, from the beginning, start from scratch`),
  undo: wordList(`
    戻る, もどる, 戻って, もどって, やっぱり, やっぱ, 前の質問, ひとつ前, 一つ前, 一個前, 取り消し,
    とりけし, 取り消す, 間違えた, まちがえた, 訂正, 前に戻る, 前に戻って, ひとつ前に戻る,
    ひとつ前に戻って, さっきのなし,
    undo, back, go back, previous, previous question, oops, take that back, cancel that`),
  repeat: wordList(`
    もう一回, もういっかい, もう一度, もういちど, え, えっ, なんて, なんて言った, 何て, なに,
    もう一回言って, 聞こえなかった, 聞き取れなかった, 繰り返して, くりかえして, リピート,
    repeat, again, say again, say that again, pardon, come again, what did you say, once more`),
  help: wordList(`
    ヘルプ, 使い方, つかいかた, どうすればいい, どうすればいいの, どうしたらいい, 助けて, たすけて,
    何ができる, なにができるの, 説明して, どうやるの, 使い方を教えて,
    help, how does this work, what can you do, instructions, what do i do, how do i use this`),
  stop: wordList(`
    終わり, おわり, 終わる, おわる, 終了, ストップ, やめる, やめます, やめて, やめたい, もういい,
    もういいや, もうええわ, もうええ, もういいわ, おしまい, 止めて, とめて, バイバイ, さようなら, さよなら, 終わりにする,
    stop, quit, exit, bye, goodbye, end, cancel, enough, thats all, im done`),
  more: wordList(`
    ほかのも見たい, 他のも見たい, ほかのも, 他のも, もっと見たい, もっと, もっと見せて, 他には,
    ほかには, ほかのお仕事, 他のお仕事, 別のも, 続き, つづき, 次のページ, ほかにある, 他にある,
    見せて, みせて, 見せてください, 結果を見せて, 一覧を見せて, お仕事を見せて, 仕事を見せて, 求人を見せて,
    more, show more, more please, other jobs, show me more, see more, next page, any others, show me,
    show me the jobs, show me jobs, show me what you have, show me what you've got, show results, show the results,
    let me see, let me see the jobs, just show me`),
  noneFit: wordList(`
    どれも違う, 全部違う, どれもピンとこない, ピンとこない, どれもちがう, 全部ちがう, ぜんぶ違う,
    どれもいまいち, どれもだめ, 全部だめ, いいのがない, 合うのがない, どれもいや, どれも合わない,
    none of these, none of them, none fit, nothing fits, none, none of those, not these`),
  anywhere: wordList(`
    どこでもいい, どこでも, 場所はこだわらない, 場所はどこでもいい, 場所はどこでも, 場所は気にしない,
    場所は問わない, エリアはこだわらない, 地域はこだわらない, 全国, どこでもok,
    anywhere, anywhere is fine, any place, any area, location doesnt matter, anywhere works`),
  skip: wordList(`
    スキップ, 飛ばして, とばして, 飛ばす, 次の質問, 次の質問にして, 次へ, 次いって, 次行って,
    この質問は飛ばして, パスして,
    skip, skip it, skip this, next question, skip this one, skip question`),
};

/** Said before a command and ignored: 「じゃあ、最初から」「えっと、ヘルプ」「いや、もういい」. */
export const LEADING_FILLERS: readonly string[] = wordList(`
  えっと, えーと, あの, じゃあ, じゃ, では, それじゃ, やっぱり, やっぱ, いや, すみません, すいません,
  ごめん, ちょっと, もう, アレクサ, ねえグーグル, オッケーグーグル, okグーグル, alexa, hey google, ok google,
  please, um, uh, oh, sorry, ok, okay, so, just, can you, could you`);

/** Polite or casual endings after a command: 「最初からお願いします」「もう一回言ってください」. */
export const TRAILING_ENDINGS: readonly string[] = wordList(`
  おねがいします, お願いします, おねがい, お願い, ください, 下さい, くださいな, してください, して,
  にして, にする, します, したい, たい, です, ます, で, よ, ね, な, か, の, please`);

/**
 * Commands that are also everyday answers: 「もういい」 to 「居酒屋はどうですか？」 may end the conversation or
 * decline the job. The dialogue asks which was meant.
 */
export const ANSWER_LIKE_PHRASES: readonly string[] = wordList(`
  もういい, もういいです, もういいや, もういいよ, やめます, やめる, もうええわ, もうええ, もうええよ, もういいわ`);
