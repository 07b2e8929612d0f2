import type { Command } from './command-phrases';
import type { QuestionKind } from './types';

/**
 * Commands said the way people say them, inside a longer sentence: 「なんかぐちゃぐちゃになったので最初から
 * お願いします」, 「ミスった、戻して」, 「めんどくさくなったからもうやめとくわ」. Each cue is a pattern over the
 * normalized text (hiragana, no punctuation, ASCII lower case, English without spaces). The whole-utterance
 * phrases in command-phrases.ts are tried first; these only count when the utterance names no job type or
 * condition (「前の職場に戻るのは嫌」 is about a job, not undo).
 *
 * `only`: the questions where the cue means the command (「どこでもいい」 is anywhere to the area question and
 * わからない to a yes/no one; 「他のある？」 asks for more results).
 */
interface CommandCue {
  readonly command: Command;
  readonly pattern: RegExp;
  readonly only?: readonly QuestionKind[];
  /** A pattern that, also present, means the cue is not the command (「どこでもいいってわけじゃない」). */
  readonly unless?: RegExp;
}

/** In order: the first cue that matches decides (undo's 「ひとつ前からやり直す」 before restart's やり直す). */
export const COMMAND_CUES: readonly CommandCue[] = [
  {
    command: 'undo',
    pattern:
      /(取り?消|とりけし|(今|いま|さっき)の(は|答え|こたえ)?(やっぱ)?(なし|無し)|答え(を)?(変|か)え|こたえ(を)?かえ|間違え|まちがえ|みすった|戻して|もどして|戻って|もどって|^(戻|もど)る|(ひとつ|一つ|一個|いっこ)前|前の質問|まえのしつもん|goback|undo|takethatback|previousquestion)/u,
  },
  {
    command: 'restart',
    pattern:
      /((最初|さいしょ|はじめ|始め|初め)っ?から|(一|いち)から|やり直|やりなお|探し直|さがしなお|検索し直|けんさくしなお|条件(を)?(ぜんぶ|全部)消|りせっと|startover|restart|fromthebeginning|startagain|reset)/u,
  },
  {
    command: 'repeat',
    pattern:
      /((もう|もー)(一回|いっかい|一度|いちど|いっぺん)(言|い[っうわ]|読|よ|お願|おねが|$)|質問もう一回|しつもんもういっかい|なんて(言|い)(った|いました|ってた)|なんて$|なんだっけ|なんだって|聞こえな|きこえな|聞き取れ|ききとれ|聞いてなかった|きいてなかった|ゆっくり(言|い)|繰り返|くりかえ|repeat|sayagain|saythatagain|pardon|what$)/u,
  },
  {
    command: 'help',
    pattern:
      /(何が(でき|出来)|なにが(でき|出来)|何ができ|なにができ|使い方|つかいかた|どうやって(使|つか|答え|こたえ)|どう(すれば|したら)いい(ですか|の)?$|何を(言|い)えば|なにをいえば|なんて(言|い)えば|仕組み|しくみ|どんなこと(聞|き)け|^help|helpme|howdoesthiswork|howdoiuse|whatcanyoudo)/u,
  },
  {
    command: 'stop',
    pattern:
      /((終わり|おわり|終了|しゅうりょう)(に|で|です|にする|にします|にして|にしよう|だ|ね|よ|や|っ)*$|やめる|やめます|やめたい|もうやめ|ばいばい|ばいばーい|さようなら|さよなら|またね|またな|また今度|またこんど|おやすみ|ここまで|閉じて|とじて|もう大丈夫です$|bye|goodbye|imdone|donefortoday|quit|exit|^stop)/u,
    unless: /つもり(は|も)?(ない|ありません)/u,
  },
  {
    command: 'noneFit',
    pattern:
      /((どれも|全部|ぜんぶ|この中|このなか|どの(求人|お仕事|仕事)も).*(違|ちが|微妙|びみょう|いまいち|だめ|あかん|しっくりこ|ぴんとこ|合わ|あわ|合いません|あいません|ない|いや|やだ)|いいの(が)?ない|noneofthe|nonefit|nothingfits|nah?noneof)/u,
    only: ['results'],
  },
  {
    command: 'more',
    pattern:
      /((他|ほか|別|べつ)(の|に)(も|お仕事|おしごと|仕事|しごと|求人)?.*(ある|見|み|出し|だし|ない)|次(の)?(見|み)せ|つぎ(の)?みせ|続き|つづき|これだけ|(のは|のも)ない(の|か)?$|(他|ほか)にない|あと何件|あとなんけん|もっと|showmore|anyothers|otherjobs|nextpage|seemore)/u,
    only: ['results'],
  },
  {
    command: 'anywhere',
    pattern:
      /(どこでも|どこだって|(場所|ばしょ|エリア|えりあ|地域|ちいき)は?(問わ|とわ|こだわ|気にし|きにし|どこ)|特に決めてない|とくにきめてない|全国|anywhere|locationdoesntmatter)/u,
    only: ['area'],
    unless: /(わけじゃ|わけでは)/u,
  },
  {
    command: 'skip',
    pattern:
      /(^(ぱす|パス)(で|します|して|です|だ|ね|でお願いします)?$|飛ばし|とばし|すきっぷ|次の質問|つぎのしつもん|次(に)?(いって|行って)|次$|答えたくない|こたえたくない|(後|あと)で答え|(後|あと)でこたえ|skip|nextquestion|^pass)/u,
    only: ['yesno', 'work', 'offer', 'area'],
  },
];

const WITHIN = /(なら|やったら|だったら|であれば)(どこ|場所)/u;

/** The command a longer utterance asks for, or null. `text` is normalized. */
export function commandCue(text: string, question: QuestionKind | undefined, named: boolean): Command | null {
  for (const cue of COMMAND_CUES) {
    // 「駅チカならどこでも」「居酒屋以外で、ほかのある？」 name something and still ask for the command.
    if (named && cue.only === undefined) continue;
    // 「沖縄ならどこでもいい」: anywhere within a place (or a condition: 「駅チカならどこでも」 is anywhere).
    if (cue.command === 'anywhere' && !named && WITHIN.test(text)) continue;
    if (cue.only !== undefined && question !== undefined && !cue.only.includes(question)) continue;
    if (!cue.pattern.test(text)) continue;
    if (cue.unless?.test(text) === true) continue;
    return cue.command;
  }
  return null;
}
