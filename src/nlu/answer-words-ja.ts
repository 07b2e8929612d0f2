import type { TokenSpec } from './answer-tokens';
import { wordList } from './word-list';

/** Surfaces (any script or width; normalized when the trie is built) sharing one meaning. */
export interface WordGroup {
  readonly spec: TokenSpec;
  readonly words: readonly string[];
}

/** A word group from a comma-separated list. */
export function group(spec: TokenSpec, text: string): WordGroup {
  return { spec, words: wordList(text) };
}

/** Japanese answer words: the reference's lexicon plus the variants people type or speech recognition returns. */
export const ANSWER_WORDS: readonly WordGroup[] = [
  // Yes: the reference lexicon, polite, casual, Kansai and written variants.
  group(
    { kind: 'answer', level: 'yes' },
    `
  はい, はーい, はいはい, はいです, うん, うんうん, うむ, おう, ええ, そうそう, ええよ, ええで,
  ええな, ええやん, ええね, せや, せやな, せやね, せやで, そやな, いいよ, いいね, いいな,
  いいですね, いいですよ, いいっすね, いいじゃん, いいじゃない, ok, okay, オッケー, オーケー, おけ,
  おっけ, おk, おけまる, イエス, ナイス, もちろん, 勿論, ぜひ, 是非, ぜひぜひ, アリ, 有り, ありです,
  ありよりのあり, 大好き, だいすき, 興味津々, きょうみしんしん, 気になる, きになる, 気になります,
  やってみたい, やりたい, やりたいです, やってみる, やってみます, やってみよう, やる, やります,
  したい, たい, たいです, 働きたい, はたらきたい, できる, できます, 出来る, いける, いけます,
  そう思う, そうおもう, そう思います, その通り, そのとおり, そうなんです, 賛成, さんせい,
  お願いします, おねがいします, お願い, おねがい, よろしく, よろしくお願いします, うれしい, 嬉しい,
  ありがたい, 助かる, たすかる, 欲しい, ほしい, 必要です, 最高, さいこう, 楽しい, たのしい,
  楽しかった, たのしかった, 楽しみ, 好きっす, 得意です, 楽しそう, たのしそう, 面白そう,
  おもしろそう, 良さそう, よさそう, 素敵, すてき, 問題ない, 問題ありません, もんだいない, 構わない,
  かまわない, 構いません, かまいません, いいと思う, いいとおもう, いいと思います, いいとおもいます,
  向いてる, 向いてます, むいてる, ばっちり, バッチリ
`,
  ),
  group(
    { kind: 'answer', level: 'probablyYes' },
    `
  好きっちゃ好き, 好きといえば好き, ありっちゃあり, いいっちゃいい, まあね, まあいいか,
  まあいいかな, ありかな, なしよりのあり, ありえる, いいんじゃない, いいんじゃないかな,
  ええんちゃう, いいんちゃう, いいんでは, 悪くない, わるくない, 悪くはない, わるくはない, いいかも,
  いいかもしれない, 好きな方, 好きなほう, すきなほう
`,
  ),
  group(
    { kind: 'answer', level: 'dontKnow' },
    `
  わからない, わかんない, 分からない, 分かんない, わかりません, 分かりません, わからん, 知らない,
  しらない, 知らん, 知りません, どっちでもいい, どちらでもいい, どっちでも, どちらでも,
  どっちでもええ, どちらでも大丈夫, どちらでもかまいません, どっちでもok, どちらとも言えない,
  どちらともいえない, どっちとも言えない, どっちともいえない, なんとも言えない, なんともいえない,
  何とも言えない, なんとも, 何とも, 不明, なんでもいい, 何でもいい, なんでも, 何でも, どうでもいい,
  どこでもいい, お任せ, おまかせ, こだわらない, こだわりない, こだわりはない, こだわりません,
  こだわりはありません, 特にない, とくにない, 特になし, とくになし, 特にないです, 特にありません,
  気にしない, 気にしません, 場合による, 場合によります, ばあいによる, 時と場合による, 時による,
  次第, 迷う, まよう, 迷います, 迷ってる, 迷ってます, 悩む, なやむ, 悩みます, 悩ましい, どうだろう,
  どうだろ, どうかな, どうでしょう, どうなんだろう, さあ, 普通, ふつう, 考え中, 考えさせて,
  かんがえさせて, 考えます, 半々, 五分五分, スキップ, 好きでも嫌いでもない
`,
  ),
  group(
    { kind: 'answer', level: 'probablyNo' },
    `
  微妙, びみょう, いまいち, 今一, 今ひとつ, いまひとつ, そうでもない, それほどでも, 気が進まない,
  きがすすまない, 乗り気じゃない, のりきじゃない, ありよりのなし, なくてもいい, なくても大丈夫,
  無くても大丈夫, なくても平気, なくてもok, じゃなくてもいい, 嫌いっちゃ嫌い, そこまでは,
  それほどでもない, そんなでもない, できれば避けたい
`,
  ),
  group(
    { kind: 'answer', level: 'no' },
    `
  いいえ, いーえ, いいや, いえ, いえいえ, ううん, ノー, ちゃうちゃう, ちゃいます, 違う, ちがう,
  違います, ちがいます, ちげえ, 嫌だ, いやだ, やだ, いやや, 大嫌い, あかん, あかんわ, あきません,
  いらない, 要らない, いりません, いらん, 不要, 必要ない, 興味なし, 興味ゼロ, やめておこう, パス,
  ナシ, 無し, なしで, なしよりのなし, 結構です, けっこうです, ありえない, 遠慮します,
  えんりょします, 遠慮しておきます, 遠慮しとく, やめとく, やめときます, やめておきます, やめとこう,
  やりたくない, したくない, たくない, たくないです, たくはない, やらない, やりません, しない,
  しません, できない, できません, 出来ない, いけない, 避けたい, さけたい, 勘弁, かんべん,
  ほしくない, 欲しくない, うれしくない, 嬉しくない, 気にならない, もういい, もういいです, 厳しい,
  きびしい, きつい, キツい, しんどい, つらい, 辛い, 不得意, 要りません, 要らん, 向いてない,
  むいてない, ごめんなさい, お断り, おことわり, つまらない, つまらなそう, そう思わない,
  そうは思わない, そうおもわない, 全然違う, まったく違う
`,
  ),
  // Thinking noises: an answer only when nothing else was said.
  group(
    { kind: 'answer', level: 'dontKnow', weak: true },
    `
  うーん, ううーん, んー, うむむ
`,
  ),
  group(
    { kind: 'answer', level: 'no', weak: true },
    `
  いやー
`,
  ),
  // Predicates a following negation turns around: 好きじゃない, 嫌いじゃない, 興味ない, 悪くない.
  group(
    { kind: 'pred', level: 'yes', negation: 'ja' },
    `
  好き, すき, そう, 平気, へいき, 得意, とくい, 好きなん, 好きなの, すきなん, すきなの
`,
  ),
  group(
    { kind: 'pred', level: 'no', negation: 'ja' },
    `
  嫌い, きらい, 嫌, いや, いやいや, 苦手, にがて, 無理, むり, 駄目, だめ, 嫌いなん, 嫌いなの,
  いやなん, いやなの, 嫌なん, 嫌なの
`,
  ),
  group(
    { kind: 'pred', level: 'yes', negation: 'nai' },
    `
  興味, きょうみ, 良く, よく, 必要, ひつよう
`,
  ),
  // ある after 興味 continues that answer (興味ある) instead of starting a new one.
  group(
    { kind: 'pred', level: 'yes', negation: 'nai', affirms: true },
    `
  ある, あります, あり, あるよ
`,
  ),
  group(
    { kind: 'pred', level: 'no', negation: 'nai' },
    `
  悪く, わるく
`,
  ),
];

const INDEFINITES = ['なん', '何', 'どれ', 'どこ', 'いつ', 'どっち', 'どちら', 'だれ', '誰'];
const FINE = [
  'いい',
  'いいです',
  '大丈夫',
  '大丈夫です',
  'ok',
  '構わない',
  'かまわない',
  '構いません',
  'かまいません',
];

/** 「どれでもいい」「なんでも大丈夫」: any of them will do, so no preference. */
export const ANY_WORDS: WordGroup = {
  spec: { kind: 'answer', level: 'dontKnow' },
  words: INDEFINITES.flatMap((who) => [`${who}でも`, ...FINE.map((fine) => `${who}でも${fine}`)]),
};

/** 大丈夫 / いい mean yes, except after an offer, where they mean "no thanks" (いいです = 結構です). */
export const OFFER_WORDS: readonly WordGroup[] = [
  group(
    { kind: 'offer', level: 'yes', negation: 'ja' },
    `
  大丈夫です, だいじょうぶです, 大丈夫ですよ, 大丈夫, だいじょうぶ, もう大丈夫
`,
  ),
  group(
    { kind: 'offer', level: 'yes' },
    `
  いい, 良い, よい, いいです, 良いです, いいっす, いいよいいよ, いいですいいです, ええわ
`,
  ),
];
