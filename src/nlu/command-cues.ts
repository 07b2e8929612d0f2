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

/** One pattern from the ways a family says something (each a regexp source over normalized text). */
function family(...ways: readonly string[]): RegExp {
  return new RegExp(`(${ways.join('|')})`, 'u');
}

/** 「もう一回」 and its casual and dialect forms (もっぺん, もいっかい, もう一遍). */
const AGAIN = '(もう|もー|も)(一回|いっかい|一度|いちど|いっぺん|一遍|っぺん)|もっぺん|もっかい';

/**
 * In order: the first cue that matches decides (undo's 「ひとつ前からやり直す」 before restart's やり直す). Each
 * cue lists the families people use for the command, Japanese (polite, casual, dialect: the stems cover every
 * conjugation) before English (spaces and apostrophes are gone: "let's start over" is "letsstartover").
 */
export const COMMAND_CUES: readonly CommandCue[] = [
  {
    // back to the very start: 最初に戻って / はじめまで戻る (before undo's 戻って)
    command: 'restart',
    pattern: family('(最初|さいしょ|はじめ|始め|初め)(に|へ|まで)(戻|もど)'),
  },
  {
    command: 'undo',
    pattern: family(
      // take back: 取り消して / 今のなし / 今のキャンセル
      '取り?消|とりけし|(今|いま|さっき)の(は|答え|こたえ|を)?(やっぱ)?(なし|無し|きゃんせる)',
      // I got it wrong: 間違えた / 押し間違えた / ミスった / 答えを変えたい / 訂正
      '答え(を)?(変|か)え|こたえ(を)?かえ|間違え|まちがえ|間違った|まちがった|みすった|みすりました|訂正|ていせい|打ち間違|うちまちが|打ちまちが|押し間違|おしまちが|入力(を)?(間違|まちが)|にゅうりょく(を)?まちが|誤字|typo',
      // go back: 戻して / 戻りたい / 戻れる？ / 一個前 / 前の質問
      '戻して|もどして|戻って|もどって|戻りた|もどりた|戻れ|もどれ|^(戻|もど)る|(ひとつ|一つ|一個|いっこ)前|前の質問|まえのしつもん',
      // fix the last answer: さっきのは違う / 前の答えを直したい
      '(さっき|今|いま|前|まえ)の(は|答え|こたえ|回答)?(を|は)?(違|ちが|直|なお|間違|まちが)',
      // what was just said, taken back: さっき言った場所なしにして
      '(さっき|今|いま)(言|い)った(の|場所|ばしょ|条件|じょうけん|こと)?(は|を)?(なし|無し|取り消|とりけし|やめ|きゃんせる)',
      'goback|undo|takethatback|previousquestion|madeamistake|mymistake|thatswrong|thatwaswrong|wronganswer|changemy(last)?answer|wrongbutton|pressedthewrong|scratchthat|imeant',
    ),
    // 「戻るのは嫌、このまま進めて」 refuses going back.
    // 「戻れるなら地元の仙台がいいな」: going back home, if one can, is a place wished for.
    unless:
      /(戻|もど)る(の|こと)(は|が)(嫌|いや|やだ|ちょっと|だめ)|このまま(進|すす)|(戻|もど)れる(なら|んなら|んだったら|んやったら)/u,
  },
  {
    command: 'restart',
    pattern: family(
      // from the start: 最初から / はじめっから / 一から探したい (「一から覚える」 is not a command)
      '(最初|さいしょ|はじめ|始め|初め)っ?から|(一|いち)から(探|さが|やり|お願|おねが|頼|たの|$)',
      // do over: やり直す / 探し直す / 検索し直す / 条件を全部消して / リセット / クリア
      'やり直|やりなお|探し直|さがしなお|検索し直|けんさくしなお|条件(を)?(ぜんぶ|全部)(消|け|くりあ)|(全部|ぜんぶ)くりあ|りせっと',
      // other conditions, a new search: 別の条件で探したい / 条件を変えて探したい
      '(別|べつ)の条件で|条件(を)?(変|か)えて(探|さが|もう)',
      'startover|restart|fromthebeginning|fromscratch|startagain|beginagain|startfresh|reset|newsearch|clearall|cleareverything|allover',
    ),
    // 「はい 一からやり直すつもりなんで」: starting one's working life over, told as a reason, is no command;
    // 「最初から言ってるけど事務がいい」 is what one has said all along.
    unless:
      /(やり直|やりなお)(す|し)(つもり|気持ち|きもち|ため)|(最初|さいしょ|はじめ|始め|初め)っ?から(言|い[っうわ]|ゆ[っう]|思|おも|決め|きめ)/u,
  },
  {
    command: 'repeat',
    pattern: family(
      // once more: もう一回言って / もう一回聞かせて / もっぺん言うて / もう一回質問して
      `(${AGAIN})(言|い[っうわ]|読|よ|お願|おねが|聞か|きか|質問|しつもん|教え|おしえ|$)`,
      // what did you say: なんて言った / 何て？ / 質問なんだっけ
      '質問(を)?もう一回|しつもんもういっかい|なん(て|ち)(言|い|ゆ)(った|いました|ってた|うた|いよった|よった)|なん(だった|やった|じゃった)っけ|なん(つ|て)った|なんて$|なんだっけ|なんだって|何でしたっけ|なんでしたっけ',
      // I did not hear: 聞こえなかった / 聞こえませんでした / 聞き取れない / 聞いてなかった
      '聞こえな|きこえな|聞こえませ|きこえませ|聞こえん|きこえん|聞き取れ|ききとれ|聞いてなかった|きいてなかった|聞き逃|ききのが',
      // slower: ゆっくり言って / もう少しゆっくり
      'ゆっくり(言|い|話|はな|お願|おねが|読|よ|$)|繰り返|くりかえ',
      '^(えっ?|ええっ?)?(何|なに)$',
      'repeat|readthem(again|outagain)|readthatagain|readitagain|readagain|sayagain|saythatagain|pardon|what$|didntcatch|didnthear|couldnthear|canthear|whatwasthequestion|whatdidyouask|onemoretime|sayitagain|missedthat|whatwasthat|didntgetthat',
    ),
  },
  {
    command: 'help',
    pattern: family(
      // what can it do: 何ができるの / 使い方 / 仕組み
      '何が(でき|出来)|なにが(でき|出来)|何ができ|なにができ|使い方|つかいかた|仕組み|しくみ|どんなこと(聞|き)け|どんなこと(を)?(して|やって)くれ|(何|なに|なん)(を)?してくれる|(何|なに|なん)する(あぷり|ぼっと|さーびす)|どんな(あぷり|ぼっと|さーびす)',
      // how do I answer: どうやって使う / どう答えたらいい / 何て答えれば / 何すればいい / どないしたらええ
      'どうやって(使|つか|答え|こたえ)|どうやって(探|さが)(す|せば|したら)(の|ん|んですか|のですか|か)?$|どう(使|つか)(う|えば|ったら|えばいい)(の|ん|んですか|のですか|か)?$|どう(答え|こたえ)(たら|れば)|(何|なに|なん)(て|ば|を)?(答え|こたえ)(たら|れば)|(何|なに|なん)(て|を|ば)?(言|い)えば|(番号|ばんごう)で(言|い)えば|(番号|ばんごう)で(いい|答え|こたえ)(ん|の)?(ですか|か)?$|(何|なに|なん)(を)?すれば|(何|なに|なん)(を|て)?(しゃべ|喋|話|はな)(れば|せば|したら)|どうやる(の|ん)|どう(すれば|したら)いい(ですか|の|ん|んだべ|んだべか|んだ|んやろ|んじゃろ|んかね|のかね|のかな|のか|んか)?$|どない(すれば|したら)(ええ|いい)',
      // 肥後・博多: これどぎゃんすっと / どげんすればよか
      '(どぎゃん|どげん|どがん)(すっと|すると|すれば|したら|しよっと|すりゃ)',
      // explain it: 説明してください / どうすればいいかわからない
      '^説明して|^せつめいして|どう(すれば|したら)いいか(わから|分から|わかん)|^(これ|これって|ここ)(何|なに|なん)する(やつ|とこ|ところ|もん)',
      // how it works, how to apply: やり方教えて / 何を答えればいいの / どうすれば応募できる
      '(やり方|やりかた|進め方|すすめかた)(を)?(教|おし)|(何|なに)(を)?(答え|こたえ)れば|どう(すれば|したら|やって)(応募|おうぼ)',
      '^help|helpme|ineedhelp|howdoes(this|it|the)(bot|thing|app)?(work|wokr|wrok)|howdoiuse|whatcanyoudo|whatshouldisay|whatdoisay|whatdoido|whatamisupposedto|imconfused',
    ),
  },
  {
    command: 'stop',
    pattern: family(
      // ending it: 終わり / 終わります / 終わりにしたい / 終了 / ここまで
      '(終わり|おわり|終了|しゅうりょう)(に|で|です|にする|にします|にして|にしよう|にしたい|たい|ます|だ|ね|よ|や|っ)*$|(終わ|おわ)ります|ここまで(に|で)?(する|します|しよう|しと|にしと|いい|お願|おねが|$)',
      // quitting: やめる / やめます / やめたい / もうやめ / 閉じて
      'やめる|やめます|やめたい|もうやめ|閉じて|とじて|もう大丈夫です$|また(に|今度に|こんどに)(する|します|しよ)',
      // enough for today: 今日はもういいや / ここまでで大丈夫 / 終わりにします / しまいにするで
      '(今日|きょう)は(もう)?(やめと|やめてお|いい|ええ|ここまで|これで|おしまい|終わり|おわり|この(へん|辺)で|その(へん|辺)で)|ここまでで(大丈夫|だいじょうぶ|いい|結構|けっこう)|(終わり|おわり|しまい)に(する|します|しよ|しましょ|しもんそ|せんね|しゅうか)|またやーさい',
      // goodbye, in any register: バイバイ / さようなら / さいなら / じゃあね / またね / おやすみ / お疲れ様
      'ばいばい|ばいばーい|さようなら|さよなら|さいなら|^(じゃあ|じゃ|ほな|では)(ね|な|また)ー*$|またね|またな|また今度|またこんど|また来ます|またきます|おやすみ|お疲れ(様|さま)?(でした)?$|おつかれ(さま|さん)?(でした)?$',
      // leaving: これで失礼します / ありがとうございました / 時間がないのでこれで
      '(^|や|もう|じゃあ|では)(終わ|おわ)る$|これで(失礼|しつれい|終わ|おわ)|(ので|から|んで)これで$|(^|じゃあ|では|それでは|それじゃ|ありがとう|ございます|ございました|です)(失礼|しつれい)します$|^(どうも)?ありがとうございました$|^もう(いい|十分|じゅうぶん)です?(ありがとう)',
      // 北海道 goodbye 「したっけね」, off to bed 「もう寝るわ」, a break 「またあとで」, enough and thanks 「もうええわ、おおきに」
      // 津軽 goodbye 「へばな」
      '^したっけ(ね|な|ー)*$|^へば(な|ね|のー|ー)*$|(もう|そろそろ)(寝|ね)(る|ます|よう)(わ|ね|ー)*$|また(あと|後)で(ね|な|ー)*$|^もう(いい|ええ)(わ|や|よ)?(疲れた|つかれた|おおきに|ありがとう|ありがと)',
      'bye|goodbye|imdone|imfinished|donefortoday|thatsallfortoday|thatsall$|quit|exit|^stop|letsstop|seeyou|talklater|goodnight|callitaday|(have|got|gotta)togo(now)?$',
    ),
    // 「3時までには終わりたい」 is when the work should end, not the conversation; 「今のバイトやめたいから」 the job one
    // has now.
    unless:
      /(ばいと|ば先|ばいと先|仕事|しごと|職場|しょくば|会社|かいしゃ|ぱーと)(を|は)?(やめ|辞め)|つもり(は|も)?(ない|ありません)|(まで|までに|までには|時に|時には|じに|じには)(終わ|おわ)/u,
  },
  {
    // thanks alone, when the bot offers to search again or has shown results: the user is done (「ありがとう」 is
    // no yes, and no answer to 「気になるお仕事はありますか？」)
    command: 'stop',
    pattern: family(
      '^(どうも)?(ありがとう|ありがと|さんきゅー|おおきに)(ございます|ございました|ね|ね〜)?$|^(thanks|thankyou|thankyousomuch|thanksalot)$',
    ),
    only: ['offer', 'results'],
  },
  {
    command: 'noneFit',
    pattern: family(
      // none of these: どれも違う / 全部いまいち / この中にはない / どれもちょっと / 全部なし
      '(どれも|どいも|全部|ぜんぶ|この中|このなか|どの(求人|お仕事|仕事)も).*(違|ちが|ちゃう|ちゃいま|微妙|びみょう|いまいち|だめ|あかん|しっくりこ|ぴんとこ|合わ|あわ|合いません|あいません|ない|無い|なし|いや|やだ|ちょっと|いらん|いらない|好かん|すかん|いかん|遠すぎ|とおすぎ|遠い|とおい|高すぎ|安すぎ)',
      'いいの(が)?ない|(どれも|どいも|全部|ぜんぶ)(よか|いい|ええ)(と|の|とこ|やつ)(が|は)?(なか|ない|ねえ)',
      'noneofthe|noneofthose|nonefit|nothingfits|nah?noneof|dontlikeanyof|notinterestedinanyof|nothinghere|(these|those|they)(arent|arenot)(good|right|it)',
    ),
    only: ['results'],
    // 「この中で履歴書いらないとこってどれ？」 asks which of them, it does not turn them all down; 「全部居酒屋じゃん、
    // 居酒屋以外ない？」 asks for others.
    // 「どれも長期っぽい…単発のはない？」 asks for another kind.
    unless:
      /(って|は)どれ(ですか|かな|か)?$|(以外|いがい)(の|で)?(は|も)?(ない|ある)(の|か)|(のは|のも|やつ|とこ)(ない|ある)(の|か|かな|ですか)$/u,
  },
  {
    command: 'more',
    pattern: family(
      // others: 他のある？ / ほかの求人は？ / 別のやつ / ほかにない？ / ほかのも聞かせて / 他のも教えて (a speaker reads them)
      '(他|ほか|別|べつ)(の|に)(も|お仕事|おしごと|仕事|しごと|求人)?.*(ある|あり|見|み|出し|だし|ない|ちょうだい|頂戴|ください|下さい|くれ|聞か|きか|教え|おしえ|読|よん|よみ)|(他|ほか|別|べつ)の(求人|お仕事|仕事|やつ|の|候補)?(は|って|で)?$|(他|ほか)に(ない|ねえ|ねー|なか|あらへん)|(他|ほか)(の|ん)(と|の)?(は|も)?なか(と|ね|ろか)?$|^(他|ほか)(は|には)$|(他|ほか)の(が|で)(いい|ええ|よか)',
      // all but one kind: 居酒屋以外のも見せて / 深夜じゃないのある？
      '(以外|いがい)の(も|やつ|とこ|ところ)?(を|は)?(見|み|ある|あります)|(以外|いがい)(で|に)?(ない|ある)の|(じゃ|では)ない(の|やつ|とこ)(は|も|って)?(ある|あります|見|み)',
      // next and the rest: 次の見せて / 次のを読んで / 次の聞かせて / 次 / 続き / これだけ？ / あと何件
      '(次|つぎ)(の)?(やつ|の)?(を|も)?(見せ|みせ|読|よん|よみ|聞か|きか|教え|おしえ)|^((次|つぎ)(の|のやつ|は|を|お願い|おねがい)*)+(します|しまーす|ね)?$|^次の[0-9]+件|続き|つづき|これだけ|(のは|のも)ない(の|か|んか|かね|かな|かい|かのう|ですか|んですか)?$|あと何件|あとなんけん|^まだ(ある|あります)|違うの(は|って)?(ない|ある)',
      // more of them: もっと / もうちょっと見たい / もう少し見せて
      'もっと|もう(ちょっと|ちょい|少し|すこし)(見|み|ほし|欲し|出し|だし)',
      // a kind or a figure asked for: 夜勤じゃないやつない？ / 日給八千円以上のやつ見せて (「10時からのやつある？」 may
      // ask which of those shown)
      'やつ(は|って)?(ない|ありません)(の|か|かな|ですか)?$|(以上|以下|以内)の(やつ|とこ|ところ|求人)?(を)?(見せ|みせ)',
      // one of a kind: 在宅のやつない？ / コールセンターとかないですか
      '(の|のやつ|のとこ|のところ|とこ|ところ|の仕事|のお仕事|のばいと|とか|なんか|屋|店|系)(は|って)?(ない|ありません|あります)(の|か|ですか|かな)$',
      // said without a question mark: ボーナス出るとこってある / ティッシュ配りみたいなのもある / 髪の色自由なとこはないのー
      // (「この中で4時間以内のってある？」 asks which of those shown)
      '^(?!.*(この中|このなか)).*((のも|とこって|のって|やつって)ある$|(とか|なんか)ないん$|(とこ|の|やつ)はないのー?$)',
      '^any[a-z]*(ones|jobs)|doyouhave(any|anything|something|a)|isthere(any|anything|something)|arethereany|gotanything|showmore|anyothers|otherjobs|nextpage|seemore|showme(more|mroe|moer)|^next|nextones|whatelse|anythingelse|somethingelse|showmeothers|showmeother|moreoptions|otheroptions|differentones|^anymore$',
    ),
    only: ['results'],
  },
  {
    // Before any results, a request to see jobs now is no answer to the question asked: 「ほかのも見せてや」 to
    // 「交通費が出るところがいいですか？」 had been recorded as yes (a senior on LINE); 「とりあえず仕事見せて」 asks
    // for results, not for the tag.
    command: 'more',
    pattern: family(
      '(他|ほか|別|べつ)の(も|は|を)?(見せ|みせ|見たい|みたい|見して|みして)',
      '(とりあえず|もう|早く|はやく|はよ|いいから|ええから|いいけん|さっさと)(今ある|いまある)?(お?仕事|おしごと|しごと|求人|きゅうじん|結果|けっか|一覧|いちらん|ばいと|あるばいと)?(を)?(見せ|みせ|見して|みして)',
      '(お?仕事|おしごと|しごと|求人|きゅうじん|結果|けっか|一覧|いちらん)(を)?(見せ|みせ|見して|みして|見たい|みたい)',
      'justshowme|showme(the)?jobs|showmewhat(you|youve)|letmeseethejobs|showmeresults|showmetheresults',
    ),
    only: ['yesno', 'offer', 'work'],
  },
  {
    command: 'anywhere',
    pattern: family(
      // anywhere: どこでもいい / どこだって / 場所は問わない / エリアはこだわらない / 場所は関係ないです
      'どこでも|どごでも|どこでん|どこだって|(場所|ばしょ|えりあ|地域|ちいき|勤務地|きんむち|働く場所|はたらくばしょ)は?(特に|とくに)?(問わ|とわ|問い|とい|こだわ|気にし|きにし|どこ|関係な|かんけいな|関係あり|かんけいあり)',
      // 「在宅なので、地域は特にありません」
      '(場所|ばしょ|えりあ|地域|ちいき|勤務地|きんむち)は?(特に|とくに)(ない|なし|ありません|ないです)',
      // no particular place: 特に決めてない / 特にこだわりはない / 全国
      '特に決めてない|とくにきめてない|(特に|とくに)(こだわり|希望|きぼう)(は)?(ない|なし|ありません)|全国',
      // leaving it to the bot: お任せします / おまかせで
      '(場所|ばしょ|えりあ|地域|ちいき)?(は)?(お任せ|おまかせ)',
      'anywhere|wherever|locationdoesntmatter|dontmindwhere|doesntmatterwhere|dontcarewhere|^doesntmatter$|anyarea|anyplace|anylocation',
    ),
    only: ['area'],
    // 「リモートなら場所関係ないですよね」: on a condition, asked, not said (「在宅がいいので場所は関係ないです」 is).
    // 「最初はどこでもいいと思ってたけど やっぱ渋谷がいいな」: what one thought before, given up.
    unless:
      /(わけじゃ|わけでは)|(なら|だったら)(場所|ばしょ|勤務地|きんむち)は?(関係|かんけい)|(と|って)(思って|おもって|思っとった|おもっとった)(た|いた|ました)?(けど|けれど|が)/u,
  },
  {
    // 「場所はもうどこでもいいよ」 to 「範囲を広げて探しましょうか？」: the place no longer matters.
    command: 'anywhere',
    pattern: /(場所|ばしょ|えりあ|地域|ちいき|勤務地|きんむち)は?(もう)?(どこでも|どごでも|どこだって)/u,
    only: ['offer'],
  },
  {
    command: 'skip',
    pattern: family(
      // pass: パス / それはパス / この質問はパスで
      '^((それ|これ|その質問|この質問|そのしつもん|このしつもん|場所|ばしょ|勤務地|えりあ)は?)?(ぱす)+(で|します|して|です|だ|ね|でお願いします)?$',
      // later: それは後回しで
      '後回し|あとまわし|(後|あと)で(決め|きめ)|(先|さき)に(進|すす)',
      // skip ahead: 飛ばして / スキップ / 次の質問 / 次いこう / 次にいってください
      '飛ばし|とばし|すきっぷ|次の質問|つぎのしつもん|(次|つぎ)(に|へ)?(いって|行って|いこ|行こ|いき|行き|進|すす)|次$',
      // not answering now: 答えたくない / 後で答える / それは後で / ノーコメント
      '答えたくない|こたえたくない|(後|あと)で答え|(後|あと)でこたえ|^(それ|これ)は(後|あと)で|(ので|から|んで)(後|あと)で$|のーこめんと',
      // may I pass: パスしてもいい？
      'ぱすして(も)?(いい|いいですか)',
      'skip|nextquestion|^pass|rathernotanswer|rathernotsay|prefernottoanswer|prefernottosay|moveon|nocomment|^nextone',
    ),
    only: ['yesno', 'work', 'offer', 'area'],
    // 「どうぞどうぞ、次いってください」 to an offer is a go-ahead; 「戻るのは嫌やけん このまま先に進めて」 refuses going back.
    unless: /どうぞ|このまま/u,
  },
];

/** 「沖縄ならどこでもいい」, "anywhere in Hokkaido": anywhere within a place, which is then the answer. */
const WITHIN = /(なら|やったら|だったら|じゃったら|であれば|だば)(どこ|どご|場所)|anywherein[a-z]/u;
/** 「通えるならどこでも」: a verb (can get there) before なら is no place: it is anywhere. */
const ABLE_TO_WITHIN =
  /(える|れる|ける|せる|てる|げる)(なら|やったら|だったら|じゃったら|であれば)(どこ|どご|場所)/u;

/** The command a longer utterance asks for, or null. `text` is normalized. */
export function commandCue(text: string, question: QuestionKind | undefined, named: boolean): Command | null {
  for (const cue of COMMAND_CUES) {
    // 「駅チカならどこでも」「居酒屋以外で、ほかのある？」 name something and still ask for the command.
    if (named && cue.only === undefined) continue;
    // 「沖縄ならどこでもいい」: anywhere within a place (or a condition: 「駅チカならどこでも」 is anywhere).
    if (cue.command === 'anywhere' && !named && WITHIN.test(text) && !ABLE_TO_WITHIN.test(text)) continue;
    if (cue.only !== undefined && question !== undefined && !cue.only.includes(question)) continue;
    if (!cue.pattern.test(text)) continue;
    if (cue.unless?.test(text) === true) continue;
    return cue.command;
  }
  return null;
}
