import { group, type WordGroup } from './answer-words-ja';

/** 「やりたくないことはない」「働きたくなくはない」 for the verbs people answer with. */
function notUnwilling(): string {
  const verbs = ['やり', 'し', '働き', 'はたらき', '行き', 'いき', 'やってみ', '挑戦し', 'ちょうせんし'];
  const endings = ['たくないことはない', 'たくないこともない', 'たくなくはない', 'たくなくもない'];
  return verbs.flatMap((verb) => endings.map((ending) => verb + ending)).join(', ');
}

/** The grammar around Japanese answer words: negation, softeners, hedges, particles, fillers. */
export const ANSWER_GRAMMAR_JA: readonly WordGroup[] = [
  // Negations; alone at the start of a clause they are a no (ない, ちゃう).
  group(
    { kind: 'neg', level: 'no', negation: 'ja' },
    `
  じゃない, じゃないです, じゃありません, ではない, ではないです, ではありません, でない,
  でないです, じゃねえ, ちゃう, やない, やあらへん, ってことはない, ってことはないです, ということはない,
  ということはないです, わけじゃない, わけではない, わけじゃないです
`,
  ),
  group(
    { kind: 'neg', level: 'no', negation: 'nai' },
    `
  ない, ないです, ありません, ないっす, なかった, あらへん
`,
  ),
  // Double negations: 興味なくはない is a weak yes.
  group(
    { kind: 'neg2', level: 'probablyYes' },
    `
  なくはない, なくもない, なくはないです, ないこともない, ないことはない, ないわけじゃない,
  ないわけではない, じゃなくはない, じゃないこともない, じゃないわけじゃない, ではないわけではない,
  たくないことはない, たくないこともない, たくなくはない, たくなくもない, たくないわけじゃない,
  たくないわけではない, くないことはない, くないこともない, くなくはない, くなくもない
`,
  ),
  // The same with the verbs whose refusal is a word of its own (やりたくない), so that the longer reading wins.
  group({ kind: 'neg2', level: 'probablyYes' }, notUnwilling()),
  group(
    { kind: 'negSoft', level: 'probablyNo', negation: 'ja' },
    `
  でもない, でもないです, でもありません, ほどでもない, ほどじゃない, ほどではない, ってほどでもない, ってほどじゃない,
  ってほどではない
`,
  ),
  // Softeners before an answer (たぶん好き); alone, their own meaning; after an answer, they soften it.
  group(
    { kind: 'pre', level: 'probablyYes', trailing: 'soften' },
    `
  たぶん, 多分, おそらく, 恐らく, きっと, まあ, まぁ, 一応, いちおう, どちらかといえば,
  どちらかというと, どっちかといえば, どっちかというと, どっちかっていうと, どっちかって言うと,
  どちらかと言えば, どちらかと言うと, 強いて言えば, しいていえば, 少し, すこし, ちょっとだけ, ワンチャン,
  できれば, できたら, なんとなく, 割と, わりと, まあまあ, そこそこ, それなりに
`,
  ),
  // Softeners that lean to no (あまり好きじゃない); alone or after an answer, a weak no.
  group(
    { kind: 'pre', level: 'probablyNo', trailing: 'alone' },
    `
  あまり, あんまり, あんま, そんなに, それほど, さほど, 大して, たいして, そこまで, 別に, べつに,
  ちょっと, ちょい
`,
  ),
  group(
    { kind: 'pre', level: 'dontKnow', trailing: 'alone' },
    `
  特に, とくに
`,
  ),
  // Intensifiers: no change to the answer they go with; 全然 / 絶対 alone are no / yes.
  group(
    { kind: 'intens', level: 'no', trailing: 'keep' },
    `
  全然, ぜんぜん, 全く, まったく, ぜーんぜん
`,
  ),
  group(
    { kind: 'intens', level: 'yes', trailing: 'keep' },
    `
  絶対, ぜったい, 絶対に, ぜったいに
`,
  ),
  group(
    { kind: 'intens', trailing: 'keep' },
    `
  すごく, 凄く, すごい, とても, とっても, めっちゃ, めちゃ, めちゃくちゃ, 超, かなり, 結構,
  けっこう, 本当に, ほんとに, ほんと, ほんまに, まじで, まじ, 普通に, ふつうに, むしろ, もう,
  もう本当
`,
  ),
  // 「いいかな」 hedges a yes; 「無理かな」「もうやりたくないかな」 is a polite but plain no.
  group(
    { kind: 'post', keepsNo: true },
    `
  かな, かなあ, かなぁ, かなー
`,
  ),
  // Hedges after an answer: 好きかも, 無理と思う.
  group(
    { kind: 'post' },
    `
  かも, かもしれない, かもしれません, かも知れない, かもです, と思う,
  とおもう, と思います, とおもいます, 気がする, きがする, 気がします, っぽい, でしょう, だろう,
  と思ってます, とおもってます, と思ってる, とおもってる
`,
  ),
  group(
    { kind: 'concede' },
    `
  けど, けれど, けれども, けども, だけど, ですけど, でも, ただ, しかし, とはいえ
`,
  ),
  // Particles and copulas; kept as words so that 「カフェはいや」 is not read as はい.
  group(
    { kind: 'particle' },
    `
  は, が, を, に, で, と, も, の, へ, って, なら, とか, から, より, ん, ね, よ, な, わ, さ, ぞ, ぜ,
  よね, だ, です, でした, っす, やで, やな, やん, やね, ます, ました, なの, なんです, なんだ,
  んです, んだ, だね, だよ, だな, ですね, ですよ, なんで, なので
`,
  ),
  group(
    { kind: 'filler' },
    `
  えっと, えーと, ええと, ええっと, あの, その, えー, あー, おー, んーと, うーんと, ありがとう,
  ありがとうございます, どうも, やっぱり, やっぱ, やはり, 正直, しょうじき, 実は, じつは, なんか,
  今は, いまは, 今のところ, それは, これは, じゃあ, お仕事, 仕事, 好きな, すきな, 嫌いな, きらいな,
  嫌な, たいへん, 知らんけど, しらんけど,
  通うん, かようん, 思うん, おもうん, 使うん, つかうん, 払うん, はらうん, 習うん, ならうん, 会うん, 合うん, あうん,
  言うん, いうん, 買うん, かうん, 手伝うん, てつだうん, 向かうん, 歌うん,
  決まって, きまって, 始まって, はじまって, 閉まって, しまって, 詰まって, つまって, 泊まって, とまって, 止まって, 溜まって, たまって
`,
  ),
  // Replies that are not answers.
  group(
    { kind: 'void' },
    `
  ちょっと待って, ちょっとまって, 待って, まって, そうか, そっか, そうですか, なるほど,
  なんでもない, 何でもない, どういう意味, どういうこと, 意味がわからない, 意味わからない,
  質問の意味がわからない, もう一回, もういっかい, もう一度, もういちど, 最初から, はじめから
`,
  ),
];
