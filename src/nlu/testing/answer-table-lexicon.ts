import type { AnswerLevel } from '../../engine';
import type { AnswerContext } from '../parse-answer';

/** One labelled reply: what was said, the question's context, and the answer a person would mean. */
export type AnswerRow = readonly [utterance: string, context: AnswerContext, expected: AnswerLevel | null];

export const JA: AnswerContext = { locale: 'ja' };
export const OFFER: AnswerContext = { locale: 'ja', afterOffer: true };
export const EN: AnswerContext = { locale: 'en' };

/** Rows for utterances (separated by |, one or more lines) with the same label, Japanese locale, no offer. */
function rows(expected: AnswerLevel, utterances: string): AnswerRow[] {
  return utterances
    .split(/[|\n]/u)
    .map((u) => u.trim())
    .filter((u) => u.length > 0)
    .map((u) => [u, JA, expected]);
}

/** Every word of the reference lexicon, in its plain, polite, casual and written variants. */
export const LEXICON_ROWS: readonly AnswerRow[] = [
  // yes
  ...rows(
    'yes',
    `
    はい | はい。 | はい！ | ハイ | ﾊｲ | はーい | はーーーい！ | はい😊 | はいはい | はいっ | うん
    ウン | うんうん | うん、そう | ええ | ええ、そうです | そう | そうです | そうそう | そうだね
    そうですね！ | いいよ | いいね！ | いいですね | いいですねー | OK | ok! | ＯＫです | オッケー
    おっけー👍 | もちろん | もちろんです！ | ぜひ | ぜひお願いします | 是非 | 好き | 好きです | すき
    スキ！ | 大好き | 大好きです♪ | 興味ある | 興味あります | 興味があります | きょうみある
    気になる | 気になります | やってみたい | やってみたいです | やりたい | やりたいです！ | アリ
    ありです | ええよ | ええで | せやな | 働いてみたい | うれしいです | 絶対やりたい | めっちゃ好き
    すごく興味あります | はい、お願いします | 問題ないです | 構いません | いいと思います
`,
  ),
  // probably yes
  ...rows(
    'probablyYes',
    `
    まあ | まあね | まあまあ | まあまあ好き | どちらかといえば | どちらかといえば好き
    どっちかというとやりたい | 嫌いじゃない | 嫌いではないです | 悪くない | 悪くないですね | たぶん
    多分 | たぶん好き | 好きかも | 興味あるかも | ちょっと興味ある | 少し気になる | 苦手じゃない
    いいかも | やってみてもいいかな | きっと好き
`,
  ),
  // don't know / don't care
  ...rows(
    'dontKnow',
    `
    わからない | わかりません | 分からないです | わかんない | どっちでもいい | どちらでもいいです
    どちらとも言えない | どちらともいえないです | なんでもいい | 何でもいいです | こだわらない
    特にこだわりはないです | 特に | 特にないです | 場合による | 場合によりますね | 迷う | 迷いますね
    うーん | うーーーん… | スキップ | どうだろう | 知らない | ふつう | 気にしない | どっちでも
`,
  ),
  // probably no
  ...rows(
    'probablyNo',
    `
    あんまり | あまり | あんまり好きじゃない | あまり興味ないです | 微妙 | びみょう | 微妙かな
    そうでもない | そうでもないです | ちょっと | ちょっと… | 気が進まない | いまいち
    そんなに | 好きでもない | たぶんいいえ | 嫌かも | 無理かも | ちょっと苦手です | たぶん興味ない
`,
  ),
  // no
  ...rows(
    'no',
    `
    いいえ | いいえ。 | いえ | いえいえ | いや | いやいや | ううん | 違う | 違います | ちがう！
    ちゃう | ちゃうちゃう | ない | ないです | ありません | 嫌 | 嫌です | イヤ | いやだ | やだ
    ヤダ😢 | 嫌い | きらい | 大嫌い | 苦手 | 苦手です | 無理 | むり | ムリです | 無理無理 | だめ
    ダメです | 駄目 | あかん | あかんわ | いらない | いりません | 興味ない | 興味ないです
    興味がありません | パス | パスで | ナシ | なしで | 結構です | けっこうです | 好きじゃない
    好きではありません | やりたくない | 全然興味ない | 絶対いや | NO | ノー | 遠慮しておきます
    やめときます | 別に | べつに
`,
  ),
];
