import { normalize } from './normalize';
import { wordList } from './word-list';

/**
 * The words that decide what a clause says about a name in it, as a small dictionary the clause is cut into
 * (longest match first). Written for normalized text (hiragana, no punctuation).
 *
 * - `neg`: turns the stance around once (嫌, 無理, 以外, ない, たくない, 避け…, 「主人が反対してて」). Two of them cancel: 「嫌じゃない」,
 *   「ないと困る」, 「ダメってことはない」, 「まかないなしはキツい」, 「ネイル禁止のとこは無理」, 「髪色うるさくないとこ」.
 *   論外 only in kanji: ろんがい is inside 「サロンがいい」「メロンがいい」. 「土日と夜は家庭の都合で難しいです」: 難しい
 *   refuses as 厳しい does. 東北弁 「行げね」 (行けない): 「土日は行げね」. 名古屋弁 「出れん」 (出られない) and でかん (だめ), 九州の
 *   「きつか」 (きつい): 「夜はきつかけん」「夜勤はきつか」. 土佐弁 き after a predicate is a reason (から): 「土日は子ども見んといかんき無理」;
 *   「見んといかん」 (見ないといけない) is an obligation, a `pos` like ないといかん, not the refusal いかん. 「未経験不可のとこは無理」: 不可 and 無理 cancel.
 *   津軽 まいね (だめ: 「居酒屋だば まいね」), 博多・熊本 のさん (きつい: 「夜勤はのさんばい」), 讃岐 せこい (しんどい) and
 *   したない (したくない), 東北 やんねえ (やらない), 持てん (持てない), 岡山 おえん (だめ: 「家庭教師はおえんで」, p26-39).
 * - `しか` is a `neg` that needs the predicate's negation (「土日しか行けない」「夜しか無理」): see clauseStance.
 * - `soft`: 「はちょっと」: a refusal only as the last word of the clause (「ちょっと困る」 is 困る); trailed off the same way,
 *   「居酒屋はのう」「居酒屋はなぁ」.
 * - `pos`: a stance word that changes nothing but says the clause has one (いい, 好き, ならできる, 楽そう); also
 *   not wanting to go over or out of a limit (「扶養は超えたくない」「扶養から外れたくない」), which wants the limit.
 * - `reason`: から, ので, 〜くて: 「恥ずかしいから嫌」「きつくて無理」: what follows the reason is the stance; a
 *   reason said last (「やめとく 免許ないし」) explains the stance before it and says none of its own. A bare
 *   「さけ」 is the 北陸・東北 から (「しとったさけ」); 避ける in kana is read only in its verb forms (さけたい).
 *   An adjective with the 中国・九州 けん (「朝は強いけん」) is a reason, not the refusal いけん read across it.
 * - `contrast`: けど, でも: the clause ends; what follows is about something else.
 * - `indifferent`: 「じゃなくてもいい」: no preference either way.
 * - `declined`: 「Xはいいです」「Xはもういい」: a polite no thanks.
 * - `fact`: words that hold a cue's letters and say no stance: 「やったことない」 (experience), 「楽しかった」 (its しか),
 *   「なんでも」 (its んで), 「5年くらいやってました」 and 「観光っぽいやつ」 (their いや, p28-22), 「大丈夫なしごと」 (its なし), 「パスタ屋」 (its パス), 「人と喋らなくていいやつ」 (work one need not talk in,
 *   not a refusal of the 倉庫 before it, p30-23), and the question
 *   「以外でなんかない？」 (asking what there is: only 以外 speaks), 「しかも」 (moreover, not しか).
 */
export type CueKind = 'neg' | 'soft' | 'pos' | 'reason' | 'contrast' | 'indifferent' | 'declined' | 'fact';

const CUES: Readonly<Record<CueKind, string>> = {
  neg: `
    以外, いがいで, いがいの, いがいなら, いがいは, いがいが, いがいを, いがいも, 嫌, いや, やだ, やんだ, 無理, むり, むーりー, 駄目, だめ, いらない, 要らない, いらん, いらね,
    不要, なし, 無し, ない, なく, なかった, なきゃ, なければ, ません, 抜き, ぬき, 除いて, 除く, のぞいて,
    苦手, にがて, 嫌い, きらい, 避け, さけたい, さけて, さける, さけます, さけたく, さけよう, さけとき, 勘弁, かんべん, 堪忍, かんにん, こりごり, 遠慮, えんりょ, ng, ぱす,
    いけん, いかん, あかん, きつい, きつそう, しんどい, つらい, 辛い, 困る, こまる, 困ります, こまります, 不安,
    怖い, こわい, 面倒, めんどう, めんどくさい, めんどい, 厳しい, きびしい, 飽きそう, あきそう, 微妙, びみょう,
    いまいち, もたん, もうせん, はせん, やめ, たくない, たくねえ, できん, やらん, 好かん, すかん, ないわ, ごめん,
    しか, なくていい, お断り, おことわり, 断り, ことわり, 論外, はあうと, 却下, きゃっか,
    疲れる, つかれる, 外し, はずし, 外れ, はずれ, 除外, じょがい, 省い, はぶい, うんざり, 飽き, あきた,
    ようせん, ようやらん, ならん, ならんさ, やめとく, やめておく, 遠慮しとく, えんりょしとく,
    あきる, あきちゃ, 気が進まない, 気乗りしない, きつく, しんどく, つらく, 辛く, 厳しく, きびしく, 怖く,
    こわく, めんどくさく, 懲りた, こりた, 懲り懲り, 疲れた, つかれた, もうたくさん, たくなか, 気は進まない,
    気がすすまない, 気はすすまない, ねえと, 外さないといけない, はずさないといけない, 外さなきゃいけない,
    はずさなきゃいけない, 取らないといけない, とらないといけない, じゃにゃあ, じゃにゃー, やにゃあ, できねぇ,
    できねえ, でぎねぇ, でぎねえ, 寝てる, 寝ている, 寝とる, ねてる, 寝てます, 別の仕事, べつの仕事, 休みたい,
    やすみたい, お休みしたい, 休みにしたい, お休みにしたい, 禁止, きんし, うるさい, うるさく, もう十分, もうじゅうぶん,
    しんどかった, きつかった, つらかった, 辛かった, 懲りました, こりました, もせん, もしない, もやらん,
    もしません, もやらない, でねぇ, でねえ, じゃねぇ, じゃねえ, えらいで, えらいわ, えらいもんで, えらいし, えらいんで,
    えらいから, えらいでいかん, えらいでいけん, えらいであかん, えらいでだめ, えらいで無理, えらいでむり, 家にいたい, 家さいたい, 家さいてぇ, 家さいてえ, 家にいてぇ, うちにいたい, 家におりたい,
    違うのがいい, ちがうのがいい, 別のがいい, べつのがいい, ほかのがいい, 他のがいい, 違う仕事がいい, ちがう仕事がいい, 弱い, よわい,
    反対して, 反対され, 反対なん, 反対やけ, 反対だから, 難しい, むずかしい, 難しく, むずかしく, 難しそう, むずかしそう,
    行げね, いげね, 不可, でかん, 出れん, でれん, 出られん, でられん, 入れん, きつか, しんどか, えらか,
    たくねぇ, たぐね, たぐねえ, たぐない, 意外なら, 意外で, 意外は, 意外の, 意外を,
    まいね, まいねぇ, まいねえ, のさん, やんねえ, やんねぇ, やらねえ, やらねぇ, したない, しとうない, せこい, せこそう,
    持てん, もてん, 持てへん, もてへん, おえん, おえまー, おえまあ, おえりゃあせん, わがね, わがねぇ, わがねえ`,
  soft: `はちょっと, はあまり, はあんまり, はちょい, はいまいち, はのう, はのー, はなぁ, はなあ`,
  pos: `
    いい, 良い, よい, ok, おk, 大丈夫, だいじょうぶ, 好き, すき, たい, できる, できます, いける, いけます, なら,
    ほしい, 欲しい, 希望, 助かる, たすかる, 嬉しい, うれしい, 平気, へいき, 得意, ええ, あり, 興味, 歓迎,
    構いません, かまいません, 構わない, かまわない, 構わん, かまわん,
    ないことはない, なくはない, なくもない, たくないことはない, たくなくはない, たくないわけじゃない, 関係ない, かんけいない, 譲れない, ゆずれない, 外せない, はずせない,
    悪くない, わるくない, 悪くはない, わるくはない, 向いている, 向いてる, むいている, むいてる, 向いてそう,
    欠かせない, かかせない, 必須, ひっす, 絶対条件, ないか調べ, ないかしらべ, ないか探, ないかさが, ないか教え,
    ないかおしえ, ないかな, ないですか, ないかね, ないかのう, ないかのぉ, ないかいのう, ないかいの, ないじゃろか,
    ないじゃろうか, ないやろか, ないやろうか, ないろうか, ないかいな, ないかや, ないがか, ないべか, ねえべか, ねぇべか,
    ないっすか, ないすか, ないでしょうか, 前提, 超えない, こえない, 外さなくていい, はずさなくていい,
    外さなくても, はずさなくても, 取らなくていい, とらなくていい, 落とさなくていい, おとさなくていい,
    じゃないとだめ, でないとだめ, じゃなきゃだめ, じゃないといかん, じゃないとあかん, でないとあかん,
    やないと働かれへん, やないとはたらかれへん, やないと働けへん, やないとはたらけへん, やないと無理, やないとむり,
    やないとあかん, やないとだめ, じゃないと働けない, じゃないとはたらけない, ないと働けない, ないとはたらけない,
    ないと働けへん, ないと働かれへん, じゃないと無理, じゃないとむり, じゃなきゃ無理, じゃなきゃむり, じゃないといや, じゃなきゃいや, ないとかん, なかとかん, なかと厳しか, なかときびしか, なかときつか, なかと困る, なかとこまる, なかと無理, なかとむり,
    んといかん, んといけん, んとあかん, んとならん, んといけない, んとだめ,
    ないといけない, なきゃいけない, なければいけない, なければならない, なくちゃいけない, ないとだめ, ないといかん,
    ないと通えない, ないとかよえない, ないと通えん, ないとかよえん, ないと行けない, ないと行けん, ないといけん,
    はみ出ない, はみでない, はみださない, やれんことはない, できんことはない, やれないことはない,
    楽そう, らくそう, に越したことはない, にこしたことはない, に越したことない, にこしたことない,
    超えたくない, こえたくない, 超えたない, 超えんように, こえんように, 超えないように, こえないように,
    外れたくない, はずれたくない`,
  reason: `ないし, ねえし, ねぇし, から, ので, んで, けん, けぇ, けえ,
    強いけん, つよいけん, 近いけん, ちかいけん, 早いけん, はやいけん, 高いけん, たかいけん, 安いけん, やすいけん,
    痛いけん, いたいけん, 若いけん, わかいけん, 多いけん, おおいけん, 恥ずかしいけん, はずかしいけん, 怖いけん, こわいけん,
    遠いけん, とおいけん, 重いけん, おもいけん, さかい, さけ, 故, 聞くし, きくし, だし, やし, きつくて, しんどくて, つらくて, 辛くて, 怖くて, こわくて`,
  contrast: `けど, けれど, けども, だけど, でも, しかし, ただ, 一方`,
  indifferent: `
    じゃなくても, でなくても, じゃなくていい, でなくていい, なくても, どっちでも, どちらでも, こだわらない, 気にしない,
    きにしない`,
  fact: `
    くらいや, ぐらいや, みたいや, ぽいや, ぱすた, なんでも, 何でも, なんでもかんでも, ことない, ことがない, ことありません, ことがありません, ことなかった, 楽しかっ, たのしかっ, 嬉しかっ,
    うれしかっ, 欲しかっ, ほしかっ, 優しかっ, やさしかっ, 忙しかっ, いそがしかっ, 難しかっ, むずかしかっ,
    厳しかっ, きびしかっ, 苦しかっ, くるしかっ, 悲しかっ, かなしかっ, 美味しかっ, おいしかっ,
    なしごと, なんかない, なにかない, 何かない, ほかにない, 他にない, かもしれません, かもしれない, かも知れません,
    かも知れない, なくて楽, なくてらく, 喋らなくて, しゃべらなくて, 話さなくて, はなさなくて, 関わらなくて, かかわらなくて, 考えなくて, かんがえなくて, からの, から働, からはたら, から入れ, からはいれ,
    からでき, でもらえ, なんです, なんですよ, なんですけど, しかも, 意外でし, 意外です, 意外と`,
  declined: `はいいわ, はええわ, はもうよか, もうよかです, もうよか, もういいかな, もういいです, はいいです, はもういい, はしばらくいい, はけっこう, は結構, はいいや, はええわ, はええや, はもうええ, もういいや, もうええわ`,
};

/**
 * Having had enough, said after a stance: 「もうやりたくない 疲れた」「やめとく しんどかった」 says the refusal
 * again, it does not cancel it as 「嫌じゃない」 does; so does 名古屋弁 でかん (「出れんでかんわ」「いかんでかんわ」).
 */
const HAD_ENOUGH = new Set(
  wordList(
    '疲れた, つかれた, しんどかった, きつかった, つらかった, 辛かった, あきた, 飽き, 懲りた, こりた, 懲りました, こりました, もう十分, もうじゅうぶん, うんざり, でかん',
  ).map(normalize),
);

export function saysEnoughAgain(cue: Cue, earlier: readonly Cue[]): boolean {
  return HAD_ENOUGH.has(cue.text) && earlier.some((c) => c.kind === 'neg' || c.kind === 'soft');
}

/** Double negations said as one word count as none (「なくはない」 is a yes). */
const NEUTRAL_POS = new Set(
  wordList(
    'ないことはない, なくはない, なくもない, たくないことはない, たくなくはない, たくないわけじゃない, 悪くない, わるくない, 悪くはない, わるくはない',
  ).map(normalize),
);

export interface Cue {
  readonly kind: CueKind;
  readonly text: string;
  readonly start: number;
  readonly end: number;
}

let table: Map<string, CueKind> | undefined;
let longest = 0;

function cueTable(): Map<string, CueKind> {
  if (table !== undefined) return table;
  const built = new Map<string, CueKind>();
  for (const [kind, words] of Object.entries(CUES) as [CueKind, string][]) {
    for (const word of wordList(words)) {
      const key = normalize(word);
      if (key.length > 0 && !built.has(key)) built.set(key, kind);
      longest = Math.max(longest, key.length);
    }
  }
  table = built;
  return built;
}

/** Cues a 土佐弁 reason き can follow: a negative in ん (いかん, できん, おらん) or ない. */
const REASON_KI_AFTER = /(ん|^ない)$/u;

/** The cue words of a normalized stretch of text, left to right, longest first at each position. */
export function findCues(text: string): Cue[] {
  const cues = cueTable();
  const found: Cue[] = [];
  for (let i = 0; i < text.length;) {
    let hit: Cue | undefined;
    for (let length = Math.min(longest, text.length - i); length >= 1 && hit === undefined; length--) {
      const word = text.slice(i, i + length);
      const kind = cues.get(word);
      if (kind !== undefined) hit = { kind, text: word, start: i, end: i + length };
    }
    if (hit === undefined) {
      const before = found.at(-1);
      // 土佐弁 き (から) after a predicate: 「子ども見んといかんき無理」「できんき」「ないき」.
      if (
        text[i] === 'き' &&
        before?.end === i &&
        before.kind !== 'reason' &&
        REASON_KI_AFTER.test(before.text)
      ) {
        found.push({ kind: 'reason', text: 'き', start: i, end: i + 1 });
      }
      i++;
    } else {
      found.push(hit);
      i = hit.end;
    }
  }
  return found;
}

/**
 * Refusing adjectives that can stand before a noun: 「きつい仕事は無理」 refuses with 無理; the きつい only
 * describes the work. Said so (directly before kanji, or with な: 「苦手な接客」), they are not a stance.
 */
const ADJECTIVES = new Set(
  wordList(`
    きつい, きつそう, しんどい, つらい, 辛い, 怖い, こわい, 厳しい, きびしい, めんどくさい, めんどい, 面倒,
    めんどう, 嫌, いや, 苦手, にがて, 嫌い, きらい, 無理, むり, 微妙, びみょう, 難しい, むずかしい`).map(
    normalize,
  ),
);
const HAN = /^\p{Script=Han}/u;
const TOPIC_ONLY = /^(は|も)(もう|ちょっと|少し|すこし)?$/u;

/** Whether a cue in `text` is an adjective said before a noun (「きつい肉体労働」「嫌な仕事」). */
export function isAttributive(cue: Cue, text: string): boolean {
  if (cue.kind !== 'neg' || !ADJECTIVES.has(cue.text)) return false;
  // 「フルタイムはもう無理な年じゃけえ」: right after the name's は it is the predicate, said of a noun only in form.
  if (TOPIC_ONLY.test(text.slice(0, cue.start))) return false;
  const rest = text.slice(cue.end);
  return HAN.test(rest) || (rest.startsWith('な') && HAN.test(rest.slice(1)));
}

export function isNeutralPositive(cue: Cue): boolean {
  return NEUTRAL_POS.has(cue.text);
}
