import { findCues, isAttributive, isNeutralPositive, saysEnoughAgain, type Cue } from './stance-cues';
import { wordList } from './word-list';

/** Joins two names so that what is said after the second applies to both: 「居酒屋とバー以外」. */
/** A list's closing 「、どちらでもいい」: right after the last name, with no は between. */
const EITHER_OF_THEM =
  /^[、,\s]*(?:どちらでも|どっちでも|どれでも|どっちゃでも)\s*(?:いい|ええ|よか|大丈夫|だいじょうぶ|ok|構いません|かまいません)/u;

const COORDINATORS = new Set(wordList('と, や, とか, か, も, とかも, または, あと, それと, and, or'));

/** 「訪問販売の営業」「訪問販売みたいな営業」: the first name says what kind of the second is meant. */
const KIND_OF = new Set(['の', 'みたいな', 'のような', 'っぽい', 'とかの']);

/** A word that describes the next name: 「倉庫の」 in 「引越しとか倉庫のピッキング」. */
const MODIFIER = /[\p{Script=Han}\u30a0-\u30ff]{1,6}の$/u;

/**
 * What stands between two names when the second's stance is the first's too: a coordinator (「居酒屋とバー以外」),
 * also before a word describing the second (「引越しとか倉庫のピッキングは勘弁」), or の (みたいな) when the first names
 * the kind of the second (「訪問販売の営業は嫌じゃ」) and nothing else is offered after a contrast.
 */
function joinsNames(between: string, rest: string): boolean {
  // 「ファミレスのホールはやりたくないけど、キッチンならいい」: with another offer after a contrast, the kind itself
  // (ファミレス) is not refused.
  if (KIND_OF.has(between)) return !findCues(rest).some((c) => c.kind === 'contrast');
  return COORDINATORS.has(between) || COORDINATORS.has(between.replace(MODIFIER, ''));
}

/** 「…ちょっと」「…あんまり」 said last, with nothing stronger in the clause. */
const TRAILING_SOFT = /(ちょっと|ちょい|あんまり|あまり)(です|かな|ね|なあ|なぁ|かなあ)*$/u;

/** 「居酒屋より」「居酒屋よりは」「居酒屋よりかは」: the name is what something else is preferred to. */
const COMPARED = /^より(は|も|かは|かも)?/u;

/** A noun written in kanji or katakana and marked as the topic: 「勤務地は」「場所が」. */
const NEW_TOPIC = /[\p{Script=Han}\u30a0-\u30ff]{2,}(は|が)/u;

const CHANGED_MIND = /やっぱ|やはり|じゃなくて/u;

/** 「Webデザインか動画編集、なければプログラマーでもいい」: if there is none, then another; no refusal of it. */
/** 「初任者研修の資格持ってんねん」: a qualification held, not training wanted. */
const QUALIFICATION_AFTER = /^(の)?(資格|しかく|修了|しゅうりょう|を修了|終了)/u;
/** 「医療事務 資格はまだないんですけど」: the work asked for by someone without its qualification yet. */
const QUALIFICATION_LACKED =
  /^(の)?(資格|しかく)(は|が|も)?(まだ|全然|ぜんぜん|特に|とくに|何も|なにも)?(ない|なし|無い|無し|ありません|持ってない|もってない|持っていない|もっていない|持ってません|もってません|取ってない|とってない)/u;

/** A name, then only a copula with a reason: 「Wワークなので」「学生だから」「副業やけん」. */
const IS_SO_BECAUSE = /^(なので|なんで|だから|やから|やけん|じゃけん|だけん|ですので|ですから|だし|やし)$/u;

/** 「寮があるなら」「まかないが出るなら」「寮があれば」: if there is one. */
const IF_THERE_IS =
  /^(が|の|も)?(ある|あり|つく|付く|出る|でる)?(なら|んなら|のなら|やったら|だったら|じゃったら|であれば)$|^(が|も)?(あれば|あったら|付けば|つけば|出れば|でれば|出たら|でたら)$/u;

const IF_NONE = /^(が|は)?(なければ|無ければ|なかったら|無かったら|ないなら|無いなら|なけりゃ|なきゃ)/u;

/** 「在宅なら場所は問いません」「夜勤なら時給は気にしない」: なら, then a topic of its own. */
const IF_THEN_OTHER =
  /^(なら|だったら|やったら|であれば)(場所|勤務地|時給|給料|お給料|日数|時間|曜日|職種|どこ)(は|も|でも)/u;

/**
 * 「居酒屋のバイトしようと思ってたけど、…やっぱカフェにする」: a plan told in the past and given up later in the
 * utterance, however much comes between (a reason with a name of its own).
 */
const PAST_PLAN =
  /^(とか|が|も|は)?(いい|ええ|よい|良い)かな(と|って)(思った|おもった|思ってた|おもってた|思っとった|おもっとった|考えた|かんがえた)|^(の)?(バイト|ばいと|仕事|しごと|パート|ぱーと)?(を|で|が)?(しよう|やろう|探そう|さがそう|応募しよう|働こう|はたらこう)と(思って|おもって|考えて|かんがえて)(た|いた|ました|たんだ|たんです)|^(の|で)?(バイト|ばいと|仕事|しごと)?(を)?(探して|さがして)(た|いた|ました)|^(の|で)?(バイト|ばいと|仕事|しごと)?(の)?つもり(だった|でした|やった)/u;

/**
 * 「本業はエンジニアです」「普段は介護をしています」「エンジニアとして働いています」: the job one has, said to
 * describe oneself (mostly before asking for a side job), is no wish for that work: neither wanted nor refused.
 */
const OWN_JOB_BEFORE =
  /(本業|本職|ほんぎょう|ほんしょく|普段|ふだん|いつも|日頃|ひごろ|昼間の仕事|昼の仕事|メインの仕事|めいんの仕事)(は|が|では|で)$/u;
/** 「夜型なんで」「夜勤明けだから」「夜職してて」: the kind of person one is, or what one has just done or does. */
const SAYS_WHAT_ONE_IS = /^(型|明け|あけ|職して|職やって|職しとる)/u;
/** 「今弁当屋なので」「いまコンビニで働いてて」: the work one does now, said as a reason, is no wish for it. */
const NOW_BEFORE = /(今|いま|現在|げんざい)(は)?$/u;
const NOW_DOING =
  /^(なので|なんで|だから|やから|やけん|じゃけん|ですので|ですから|で働いて|ではたらいて|でバイトして|でばいとして|で働いとる|でパートして|でぱーとして)/u;
const WORKING_AS =
  /^として(働いて|はたらいて|勤めて|つとめて|勤務して)(い|お)?(ます|る|ん|とる)|^で(働いて|はたらいて|勤めて|つとめて)(い|お)(ます|る|るので|るから|て)|^の(仕事|しごと|バイト|ばいと)(を)?(して|しと)(る|て|います|ます|いる)|^(勤め|づとめ|勤務)(だ|で|です|なん|なので|やけど|だけど|しとる|してる|してます)|^で(交代勤務|夜勤|勤務|働いて|はたらいて)(しとって|しとる|してて|してる|して|しています|いて|て|る|ます|おって|とって)/u;
/** 「ITの経験はあります」「接客経験があるので」: experience one has, told as a qualification, is no wish either. */
const HAS_EXPERIENCE =
  /^(の)?(経験|けいけん)(は|が|も|なら)?(あり|ある|あります|あって|あるん|ありますが|者|しゃ)/u;

/** The Japanese after a name tells experience one has (「ITの経験はあります」): said as a qualification. */
export const toldAsExperience = (following: string): boolean => HAS_EXPERIENCE.test(following);

const CORRECTING = /(いや|いえ)(いや)?(やっぱり|やっぱ|やはり)?$/u;
/** 「あっ違う」「いや違う」「ごめん間違えた」「えっと違った」 between two names: the first was said wrong. */
const WRONG =
  '(違う|ちがう|ちゃう|違った|ちがった|間違えた|まちがえた|間違い|まちがい|言い間違え|いいまちがえ)(わ|な|ね|よ|です|た|ー)*(やっぱり|やっぱ|やはり)?$';
const SAID_WRONG = new RegExp(
  `(あっ?|あー|いや|いえ|いやいや|ごめん|ごめんなさい|すみません|すいません|えっと|えーと|おっと|じゃない)${WRONG}`,
  'u',
);
const SAID_WRONG_BARE = new RegExp(WRONG, 'u');
const CORRECTING_AT_ONCE = /^(いや|いえ)(いや)?(やっぱり|やっぱ|やはり)/u;

/**
 * 「カフェのバイトを…いや、やっぱり英語を使える仕事」「お惣菜売り場 いやお弁当屋さんのほうが」: いや said right
 * before the next name corrects what was just said, which is dropped, neither wanted nor refused. Only where
 * いや starts anew: after the name itself, a clause break, を or a noun in kanji; after a particle it is the
 * predicate (「カフェはいや」「カフェとかいや」), and 「嫌いや」「みたいや」 are words of their own.
 */
function correctsItself(between: string, breakAt: (offset: number) => boolean): boolean {
  // 「警備…いや、やっぱり外で体動かす農業がいいな」: いや and やっぱり right after the name correct it, however much
  // comes before the next name (「警備いやです、農業がいい」 without やっぱり still refuses).
  if (CORRECTING_AT_ONCE.test(between)) return true;
  // 「試食販売の あっ違う着ぐるみ」「カフェ、いや違う、パン屋」: said wrong, with an interjection that is never a
  // predicate; bare 「違う」 only right after the name or a clause break (「カフェは違う」 says it of カフェ).
  if (SAID_WRONG.test(between)) return true;
  const wrong = SAID_WRONG_BARE.exec(between);
  if (wrong !== null && (wrong.index === 0 || breakAt(wrong.index))) return true;
  const found = CORRECTING.exec(between);
  if (found === null) return false;
  const before = between.charAt(found.index - 1);
  return (
    found.index === 0 ||
    breakAt(found.index) ||
    before === 'を' ||
    // 「コンビニのバイトを探して いや やっぱりスーパーにして」: after a request, いや starts anew.
    (before === 'て' && found[3] !== undefined) ||
    (/\p{Script=Han}/u.test(before) && before !== '嫌')
  );
}
const WORKING_AT_IT =
  /^(働く|はたらく|仕事にする|しごとにする|ばいとする|やる)(の|ん|こと)(は|が|って|となると)?/u;
const SOMETHING_ELSE =
  /^(他|ほか|別|べつ)(の|のところ|のとこ|の仕事|のお仕事)?(が|のほうが|の方が)(いい|ええ|よか)/u;

/** A clause that starts with a noun of its own as its topic: 「資格はまだない」「時間が合わない」. */
const OWN_TOPIC = /^[\p{Script=Han}\u30a0-\u30ff]{2,}(は|が)/u;

/** Nouns that stand for the work just named (「カフェの仕事は無理」), so no topic of their own. */
const WORK_NOUNS = /^(仕事|お仕事|作業|業務|職場|系|関係|関連|バイト|パート|現場|店|お店)(は|が)/u;

/** After a listed name (とか, や, なんか), a topic of its own: 「デイサービスとか資格はないんやけど」. */
function ownTopicFollows(following: string): boolean {
  const rest = following.replace(/^(とか|なんか|など|や|も)+/u, '');
  return rest !== following && OWN_TOPIC.test(rest) && !WORK_NOUNS.test(rest);
}

/**
 * A question whether there is one: 「ないの？」「なんかないですか」「〜はありませんか」, dialect 「ないかのう」「ないかよ」
 * 「ねぇべか」, 広島・関西 「ないん」「ないんか」 (「焼肉かラーメン屋のバイトないん？」), and 土佐弁 with its が for の
 * (「ないがやろか」「ないがかな」) or ろうか (「ないろうか」); not 「やりたくないかな」「できないん」.
 */
const ASKING =
  /(なんか|なにか|何か|ほかに|他に)?(?<!(たく|でき|やら|いら|でけ))(ない|ありません|ねえ|ねぇ|なか)が?(の|かな|ですか|か|かね|ですかね|かしら|でしょうか|じゃろか|やろか|かいな|かい|べか|ろうか|かのう|かのん|かいのう|かよ|かえ|かや|っすか|っすかね|すか|ん|んか|んかな|んかね|んかい|んかいな|んかのう|んじゃろか|んやろか|んですか|んですかね)ー*$/u;

/**
 * 「夜勤の工場の仕事ないかい 時給千二百円以上で」「居酒屋以外の夜のバイトない 時給千二百円から」 (said, or typed
 * without a question mark): whether a stretch of normalized text ends in a question whether there is one, so a
 * space after it ends the clause as a question mark would, and the ない of the question is not read into what
 * follows (nor what follows into the question).
 */
export function endsAsking(stretch: string): boolean {
  return ASKING.test(stretch) || ASKING_PLAINLY.test(stretch.slice(-8)) || ASKED_AT_END.test(stretch);
}
const ASKED_AT_END = /(バイト|ばいと|仕事|しごと|パート|ぱーと|求人|やつ|とこ)(ない|ある)$/u;

/** 「じゃないのないの」「じゃないやつある？」「じゃないとこありますか」: one that is not the name, asked for. */
const NOT_IT_ASKED =
  /^(じゃ|では|でわ|やない)(ない|なか)(の|やつ|とこ|ところ|仕事|しごと|バイト|ばいと|求人)(は|って|で)?(ない|ある|あります|ありません|ないです|ねえ|なか)/u;

export type Stance = 'positive' | 'negative' | 'indifferent' | 'coordinated' | 'permissive' | 'hoped';

/** 「プールの監視員とかあったら最高」: hoped for; soft only beside 「なんでもいいけど」 (see extractMentions). */
const LIKED_THE_SOUND =
  /^(とか|は|も|とかは|なんか)?(楽しそう|たのしそう|面白そう|おもしろそう|良さそう|よさそう|いいなと思う|いいなとおもう)/u;
const HOPED =
  /^(とか|など|なんか)?(が|も)?(出る|でる|ある|付く|つく|付き|つき|の)?(とこ|ところ|仕事|しごと|お店|店)?(が|も)?(あったら|あれば|あると|できたら|できれば|やったら|だったら|じゃったら|なら|だと|やと)(最高|さいこう|うれしい|嬉しい|助かる|たすかる|なおいい|言うことない|いうことない|(?:なお|尚)(?:ありがたい|うれしい|嬉しい|良い|よい|いい))|^(?:なら|だと|やと)?(?:尚可|なお可)/u;

const ASKED_MIDWAY =
  /^(の)?(仕事|しごと|バイト|ばいと|パート|ぱーと|やつ|とこ)?(は|って)?(ないべか|ねえべか|ねぇべか|ねえべが|ねぇべが|ないべが|ないですか|ありませんか|ないかしら|ないかのう|ないかな|ないかね|ないやろか|ないっすか)/u;

/**
 * 「徳島市で食品工場のバイトない」「在宅でできる仕事ない」 said to a speaker, with no question mark: asking whether
 * there is one.
 */
const ASKING_PLAINLY =
  /^(?:[ぁ-ゖ]{0,3}|(?:で|が|に)(?:できる|でける|やれる|働ける|はたらける))(バイト|ばいと|仕事|しごと|パート|ぱーと|求人|やつ|とこ|ところ)(ない|ある)$/u;

/**
 * 「夜勤でもよかよ」「深夜でも大丈夫です」「在宅でも可」「夜勤もだいじょうぶです」, and the bare 「夜勤 だいじょうぶです」
 * 「夜勤は平気」「朝早いのは平気だよ」 (p26-02) 「土日構いません」: fine with it, not asking for it (土佐弁 えい, かまん: 「スーパーでもなんでもえいよ」). Said of a job (「未経験でも大丈夫なところ」) it
 * describes what is wanted and stays positive; asked (「夜勤大丈夫ですか」) it is no stance of one's own.
 */
const PERMISSIVE =
  /^(?:(でも|ても)(?:なんでも|何でも)?(いい|よか|ええ|えい(?!ぎょう)|かまん|ok|大丈夫|だいじょうぶ|構わない|かまわない|構いません|かまいません|平気|へいき|いける|かまへん|よい|良い|可能|可(?!能))|も(大丈夫|だいじょうぶ|平気|へいき|構わない|かまわない|構いません|かまいません|ok|いける|かまへん)|(?:のは|のも|は|が)?(?:大丈夫|だいじょうぶ|平気|へいき|構わない|かまわない|構いません|かまいません|かまへん)(?!ですか|でしょうか|っすか|か$))(?!な|の|とこ|ところ|仕事|しごと)/u;

/** 「土日メインで」「平日中心」「夜多めで」 (normalized): mostly at that time, not only. */
const MOSTLY = /^(が|の)?(めいん|中心|ちゅうしん|多め|おおめ|主体|しゅたい|寄り|より(?=で|が|の|に))/u;

/** A name said with だけ, のみ: 「平日だけ」 is a wish of its own. */
const SAYS_ONLY = /(だけ|のみ)$/u;

const STANCE_KINDS = new Set<Cue['kind']>(['neg', 'soft', 'pos', 'declined']);
const REFUSING = new Set<Cue['kind']>(['neg', 'soft', 'declined']);

/**
 * 「車で通えんと無理やき」「車で行けんとだめ」「働かんと困る」: a verb's ん negative (西日本・土佐) with と, then a refusal,
 * is 「〜ないと無理」: unless it is so, no. Spelt with ない so the two negations cancel as they do in
 * 「車で通えないと無理」. Not after さ or く (「店長さんと」「田中くんと」).
 */
const NOT_UNLESS =
  /(?<=[えけげせぜてでねへべぺめれかがただなばまらわ])んと(?=無理|むり|だめ|駄目|あかん|いかん|いけん|いけない|困る|こまる|きつい|厳し|きびし)/gu;

/** 「扶養内じゃないと」「車で行けるとこやないと」: not 「じゃないとこ」 (a place that is not it). */
const UNLESS_IT_IS = /(じゃ|や|で)ないと(?!こ)/u;

/**
 * 「扶養内じゃないと」「車で行けるとこやないと 足が悪くてな」: 「〜じゃないと」 with its refusal left unsaid (no stance
 * word after it, only a reason or nothing) means 「〜じゃないとだめ」: it is required. Spelt out so the two negations
 * cancel as they do in 「じゃないと困る」.
 */
function unlessSaidLast(stretch: string): string {
  const unless = UNLESS_IT_IS.exec(stretch);
  if (unless === null) return stretch;
  const end = unless.index + unless[0].length;
  const rest = stretch.slice(end);
  if (findCues(rest).some((c) => STANCE_KINDS.has(c.kind))) return stretch;
  return `${stretch.slice(0, end)}だめ${rest}`;
}

/**
 * 「夏休み終わったらやめる」「冬休みが明けたら働けない」: when it ends the work ends, so it is the time the work is
 * for, not refused (only a refusal after it is turned round: 「夏休みが終わったら働きたい」 is left as said).
 */
const WHEN_IT_ENDS =
  /^(が|の)?(終わったら|おわったら|終わると|おわると|終われば|おわれば|明けたら|あけたら|過ぎたら|すぎたら|終わり次第|おわりしだい)/u;

/** What takes up a time of day or of the week: school, a club, the main job (normalized). */
const TAKEN_BY_WHAT =
  '(部活|ぶかつ|学校|がっこう|大学|だいがく|高校|こうこう|授業|じゅぎょう|講義|こうぎ|仕事|しごと|本業|ほんぎょう|本職|会社|かいしゃ|塾|じゅく|習い事|ならいごと|練習|れんしゅう|家事|育児|子育て|介護|用事|ようじ|予定|よてい|別の仕事|ほかの仕事|他の仕事|会社員|かいしゃいん|サラリーマン|さらりーまん|正社員|せいしゃいん|公務員|こうむいん|会社勤め|会社づとめ|勤め|つとめ|家族|かぞく|子ども|子供|こども|旦那|だんな|主人|しゅじん|孫|まご|ふるたいむ|フルタイム|\\p{Script=Han}{1,3}勤め|\\p{Script=Han}{1,3}づとめ)';

/**
 * 「平日は部活なので」「夜は学校があるから」「平日は本業があるので」「土日は仕事で」「土日は家族がいるので」「平日は会社員をしているので」
 * 「土日は孫が来るから」:
 * a time said to be taken by
 * something else is refused, as 「昼間は寝てる」 is (the cue words 寝てる and 別の仕事). Only with the time as
 * the topic (は, も) and the busy word right after it: 「夜の仕事がある」 asks whether there is one.
 */
const TAKEN_BY = new RegExp(
  `^(は|も)${TAKEN_BY_WHAT}(が|も)?(ある|あります|あって|あり|あんの|あるん|いる|いて|います|いるので|おる|おって|で働いて|ではたらいて|で働いと|で勤めて|来る|くる|来ます|きます|来て|きて|をして|して|をやって|やって|をしとる|しとる|しよる|しよって|勤めて|入って|入ってる|入ってます|はいって|なので|なんで|なんです|なんだ|なんよ|だもんで|やもんで|だもんだで|だから|やから|やけん|じゃけん|だけん|だし|やし|で忙し|でいそがし|で埋ま|でうま|でつぶれ|で無理|でむり)`,
  'u',
);
/** 「平日は仕事で土日だけ」「平日は部活です」: the busy word and a copula, then the next name or the clause end. */
const TAKEN_BY_ALONE = new RegExp(`^(は|も)${TAKEN_BY_WHAT}(で|だ|です|や|じゃ)$`, 'u');

/**
 * What one stretch of a clause says about the name it follows (or precedes), from its structure rather than
 * its first characters: the clause ends at a contrast (「カフェはいいけど居酒屋はいや」); after a reason the
 * predicate decides (「恥ずかしいから嫌」); negations cancel in pairs (「嫌じゃない」「ないと困る」). Undefined
 * when the stretch says nothing either way.
 */
export function clauseStance(written: string): Stance | undefined {
  const stretch = unlessSaidLast(written.replace(NOT_UNLESS, 'ないと'));
  if (PERMISSIVE.test(stretch)) return 'permissive';
  // 「土日メインで」「平日中心で」: mostly then, not only then: a wish that ranks (p24-38 had required 土日祝のみ).
  const mostly = MOSTLY.exec(stretch);
  if (mostly !== null)
    return clauseStance(stretch.slice(mostly[0].length)) === 'negative' ? 'negative' : 'hoped';
  // 「飲食店ならなんでも大丈夫です。居酒屋とかバーは楽しそう」: liking the sound of it is a hope, not a limit.
  if (HOPED.test(stretch) || LIKED_THE_SOUND.test(stretch)) return 'hoped';
  // 「在宅なら場所は問いません」: on that condition something else (場所は) is said; the name itself is wanted.
  if (IF_THEN_OTHER.test(stretch)) return 'positive';
  // 「1日だけのやつないの？」: asking whether there is one wants it.
  // 「もうやりたくないかな」「できないかな」 are a refusal, not a question.
  // 「居酒屋以外でなんかない？」: what is asked for is what the rest of the clause says (以外 still refuses).
  if (ASKING_PLAINLY.test(stretch)) return 'positive';
  // 「掃除の仕事ねえべか腰わりぃがら重でぇもの持づのは無理だども」: a question whether there is one, said first, wants
  // it; what follows is about something else.
  const askedFirst = ASKED_MIDWAY.exec(stretch);
  if (askedFirst !== null && askedFirst.index + askedFirst[0].length < stretch.length) {
    const before = stretch.slice(0, askedFirst.index);
    if (clauseStance(before) !== 'negative') return 'positive';
  }
  // 「居酒屋じゃないのないの」「夜勤じゃないやつある？」: asking for one that is not it refuses it.
  if (NOT_IT_ASKED.test(stretch)) return 'negative';
  const asking = ASKING.exec(stretch);
  if (asking !== null) {
    return clauseStance(stretch.slice(0, asking.index)) === 'negative' ? 'negative' : 'positive';
  }
  let cues = findCues(stretch).filter((cue) => !isAttributive(cue, stretch));
  const contrast = cues.findIndex((c) => c.kind === 'contrast');
  if (contrast >= 0) cues = cues.slice(0, contrast);
  // 「コンビニ か レストラン、どちらでも いいです」: either of the names listed is fine, so both are wanted (p30-33
  // had been searched for any work); 「日払いはどちらでもいい」 (with its は) is no preference about it.
  if (EITHER_OF_THEM.test(stretch)) return 'positive';
  if (cues.some((c) => c.kind === 'indifferent')) return 'indifferent';
  const lastReason = cues.map((c) => c.kind).lastIndexOf('reason');
  if (lastReason >= 0) {
    const after = cues.slice(lastReason + 1);
    const firstStance = after.find((c) => STANCE_KINDS.has(c.kind));
    if (firstStance !== undefined) {
      // 「在宅なので勤務地は問いません」: after the reason a new topic (勤務地は) takes the predicate.
      const between = stretch.slice(cues[lastReason]!.end, firstStance.start);
      if (NEW_TOPIC.test(between)) return undefined;
      cues = after;
    }
  }
  const said = cues.filter((c, at) => STANCE_KINDS.has(c.kind) && !saysEnoughAgain(c, cues.slice(0, at)));
  // 「土日しか行げねんだ」「夕方からしか入れません」: しか always takes a negative predicate, so with no other refusal
  // read after it (a dialect one unknown here: 行げね) it still says only that: wanted.
  if (said[0]?.text === 'しか' && said.slice(1).every((c) => !REFUSING.has(c.kind))) return 'positive';
  const last = said[said.length - 1];
  // 「居酒屋は、正直ちょっと」: a clause that trails off in ちょっと refuses politely.
  if (last === undefined) return TRAILING_SOFT.test(stretch) ? 'negative' : undefined;
  let negations = said.filter((c) => c.kind === 'neg').length;
  // 「夜勤はちょっと」 refuses; 「はちょっと困る」 is 困る. 「居酒屋はいいです」 is a polite no, 「はいいですね」 not.
  if (last.kind === 'soft') negations++;
  if (last.kind === 'declined' && !/^[ねよ]/u.test(stretch.slice(last.end))) negations++;
  if (said.length === 1 && isNeutralPositive(last)) return 'positive';
  return negations % 2 === 1 ? 'negative' : 'positive';
}

/** The part of a stretch after its last contrast (けど, でも), or nothing when it has none. */
function afterLastContrast(stretch: string): string {
  const contrast = findCues(stretch)
    .filter((c) => c.kind === 'contrast')
    .at(-1);
  return contrast === undefined ? '' : stretch.slice(contrast.end);
}

function hasReason(stretch: string): boolean {
  return findCues(stretch).some((c) => c.kind === 'reason');
}

interface Span {
  readonly start: number;
  readonly end: number;
}

/**
 * The stance of each name in a normalized text, right to left so that 「居酒屋とバー以外」 gives 居酒屋 the stance
 * of バー. A name is judged by the rest of its clause up to the next name; with nothing said there, by the
 * clauses after it (「タクシーは、ちょっと」), and a name said last by what came before it (「無理でね、引っ越しとかは」).
 * `boundaries` are the clause ends (punctuation) in the text, ascending.
 */
export function stancesOf(
  text: string,
  spans: readonly Span[],
  boundaries: readonly number[],
  sentenceEnds: ReadonlySet<number> = new Set(),
  workAsked = false,
  sameKind: (a: number, b: number) => boolean = () => true,
): Stance[] {
  const result: Stance[] = new Array<Stance>(spans.length);
  const clauseEnd = (at: number) => boundaries.find((b) => b > at) ?? text.length;
  for (let i = spans.length - 1; i >= 0; i--) {
    const span = spans[i] as Span;
    const next = spans[i + 1];
    const end = clauseEnd(span.end);
    const following = text.slice(span.end, Math.min(next?.start ?? text.length, end));
    let stance: Stance | undefined;
    // A comma between two names still lists them (「土日、夜は難しいです」); a sentence end does not: 「カフェとか
    // 本屋さんとか。お酒出すお店はいやなんよ」 refuses the bars only (p26-44 had refused the café too).
    const sameClause =
      next !== undefined &&
      next.start <= end &&
      ![...sentenceEnds].some((e) => e >= span.end && e <= next.start);
    const clauseStart = boundaries.filter((b) => b <= span.start).at(-1) ?? 0;
    if (
      OWN_JOB_BEFORE.test(text.slice(clauseStart, span.start)) ||
      WORKING_AS.test(following) ||
      (NOW_BEFORE.test(text.slice(clauseStart, span.start)) && NOW_DOING.test(following)) ||
      SAYS_WHAT_ONE_IS.test(following) ||
      // Told in answer to 「どんなお仕事を？」, experience is what one offers to do: 「法人営業の経験あります」.
      (!workAsked && toldAsExperience(following))
    ) {
      result[i] = 'indifferent';
      continue;
    }
    // 「平日は本業があるので」: 本業 is itself a name (副業), so the busy clause is read up to the clause end.
    if (TAKEN_BY.test(text.slice(span.end, end)) || TAKEN_BY_ALONE.test(following)) {
      result[i] = 'negative';
      continue;
    }
    if (QUALIFICATION_AFTER.test(following)) {
      result[i] = QUALIFICATION_LACKED.test(following) && next === undefined ? 'positive' : 'indifferent';
      continue;
    }
    // 「Wワークなのでフルタイムは無理です」: what one is, given as the reason, is so; the refusal after it is of the
    // next name only.
    if (IS_SO_BECAUSE.test(following) && next !== undefined) {
      result[i] = 'positive';
      continue;
    }
    // 「寮があるなら住み込みでもいいよ」: on the condition that there is one, then fine with it: it is accepted, not
    // asked for (p24-48 had required 寮).
    if (IF_THERE_IS.test(following) && next !== undefined && result[i + 1] === 'permissive') {
      result[i] = 'permissive';
      continue;
    }
    if (IF_NONE.test(following) && next !== undefined) {
      result[i] = 'positive';
      continue;
    }
    const ends = WHEN_IT_ENDS.exec(following);
    if (ends !== null && clauseStance(following.slice(ends[0].length)) === 'negative') {
      result[i] = 'positive';
      continue;
    }
    // 「レジとか、品出しでもいい」 lists on after the comma; 「パン屋とか、居酒屋以外で」 does not: 以外 belongs
    // to the one name before it.
    const listGoesOn =
      next !== undefined && (next.start < end || !/^(以外|いがい)/u.test(text.slice(next.end)));
    // 「土日、夜は難しいです」: a bare name, a comma, then a name of its kind is a list; the refusal said after the
    // last item is each item's (as with 「土日と夜は…難しいです」). Only a refusal: in 「病院の受付、医療事務の資格
    // 持ってます」 the second name is told of oneself, and the first stays wanted; 「平日だけ、土日は孫が来るから」
    // says its own stance (だけ) and sets the two apart.
    const listedBare =
      following === '' &&
      sameKind(i, i + 1) &&
      result[i + 1] === 'negative' &&
      !SAYS_ONLY.test(text.slice(span.start, span.end));
    if (sameClause && listGoesOn && (listedBare || joinsNames(following, text.slice(next.end)))) {
      stance = 'coordinated';
    } else if (COMPARED.test(following)) {
      // 「居酒屋よりカフェがいい」「カフェの方が居酒屋よりいい」: what it is compared with is preferred to it.
      const other = sameClause ? result[i + 1] : clauseStance(following.replace(COMPARED, ''));
      stance = other === 'negative' ? 'positive' : 'negative';
    } else if (ownTopicFollows(following)) {
      // 「介護の仕事とかデイサービスとか、資格はないんやけど」: the rest speaks of something else (資格).
      stance = undefined;
    } else {
      stance = clauseStance(following);
      // 「昼間は寝てるから昼の仕事は無理」: a reason before the next name; its predicate speaks for both.
      if (stance === undefined && sameClause && hasReason(following)) {
        stance = 'coordinated';
      }
      // 「警備か掃除やな。重いもん持つのはもうあかんわ」: a sentence ended with the name; the next is about something else.
      if (stance === undefined && (next === undefined || next.start > end) && !sentenceEnds.has(end)) {
        // 「居酒屋はね、昔やってたんだけど、もう嫌」: the name is the topic; what is said last about it counts,
        // unless the next clause opens a topic of its own (「介護の仕事、資格はまだないです」).
        // Only to the end of the sentence: 「こうじょう の しごと が いいです。よる は だめ です。」 says だめ of よる.
        const sentenceEnd = Math.min(...[...sentenceEnds].filter((e) => e > end), text.length);
        const carried = text.slice(end, Math.min(next?.start ?? text.length, sentenceEnd));
        if (!OWN_TOPIC.test(carried)) {
          stance = clauseStance(carried) ?? clauseStance(afterLastContrast(carried));
        }
      }
      // Only a name said last, as an afterthought: 「重いもん持つのはもう無理でね、引っ越しとかは」.
      const last =
        next === undefined &&
        /^(とか|なんか|など|も|は|とかは|なんかは|とかも|です|だ|や|じゃ|ですね|だね|かな)*$/u.test(
          following,
        );
      if (stance === undefined && i === 0 && last) {
        const before = clauseStance(text.slice(0, span.start));
        if (before === 'negative') stance = before;
      }
    }
    stance ??= 'positive';
    // 「カラオケは好きやけど、働くのはいややな」「無理じゃないけど…他がいいかな」: after a contrast with no name of
    // its own, a clause about working at it, or preferring something else, is the real answer.
    if (stance !== 'coordinated') {
      const after = afterLastContrast(text.slice(span.end, next?.start ?? text.length));
      if (WORKING_AT_IT.test(after)) stance = clauseStance(after.replace(WORKING_AT_IT, '')) ?? stance;
      else if (SOMETHING_ELSE.test(after)) stance = 'negative';
    }
    // 「アパレルで探してたんだけど、やっぱ靴屋にする」: a wish taken back for the next name (not 「やっぱり居酒屋も」).
    const between = next === undefined ? '' : text.slice(span.end, next.start);
    // 「短期のイベントスタッフやりたい…って思ったけど、やっぱ長期がいいな」: 長期 takes back 短期, not the work.
    const taken =
      (stance === 'positive' && CHANGED_MIND.test(between) && sameKind(i, i + 1)) ||
      (stance === 'positive' && PAST_PLAN.test(following) && CHANGED_MIND.test(text.slice(span.end))) ||
      correctsItself(between, (offset) => boundaries.includes(span.end + offset));
    // 「バーテンダーとかいいかなと思ったけど、やっぱ酒が絡むのはやめときます」: given up with no new name too.
    const givenUp =
      next === undefined &&
      stance === 'positive' &&
      PAST_PLAN.test(following) &&
      CHANGED_MIND.test(text.slice(span.end));
    if ((taken && next !== undefined && !text.slice(next.end).startsWith('も')) || givenUp)
      stance = 'indifferent';
    result[i] = stance === 'coordinated' ? (result[i + 1] ?? 'positive') : stance;
  }
  return result;
}
