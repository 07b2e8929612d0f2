import {
  beforeTrailingReasons,
  englishYesWithReservation,
  firmTopicRefusal,
  firmWithReason,
  hasTurn,
  isHedged,
  yesWithReservation,
} from './answer-reservations';
import { detectLanguage } from './detect-language';
import { extractMentions } from './extract-mentions';
import { parseAnswer } from './parse-answer';
import { parseOrdinal } from './parse-ordinal';
import { commandMayBeAnswer, parseCommand } from './parse-command';
import type { AnswerLevel } from '../engine';
import { normalize, toClauses, toWordClauses, toWords } from './normalize';
import { foldNumerals } from './numerals';
import { reconcileNumbers } from './number-conditions';
import { parseNumbers } from './parse-numbers';
import type { Lexicon, Locale, NumberFacts, QuestionKind, QuestionSubject, Utterance } from './types';

export interface UtteranceContext {
  readonly locale: Locale;
  /** The question offered something: いいです / 大丈夫です then mean "no thanks". */
  readonly afterOffer?: boolean;
  /** The open question, when the caller knows it. */
  readonly question?: QuestionKind;
  /** What a yes/no question asks about (「カフェのお仕事に興味はありますか？」 -> the job type cafe), when known. */
  readonly subject?: QuestionSubject;
  readonly lexicon: Lexicon;
}

/**
 * Everything one utterance says: a command (then there is no answer: 「もう一回」 asks to repeat, it does not
 * answer), else an answer to the open yes/no question, and the job types, conditions and places it names.
 * 「スキップ」 is the skip command here, though parseAnswer alone reads it as わからない.
 */
/**
 * 「特にない」 to 「やってみたいお仕事の種類はありますか？」 is a no: there is none. So are 「なんでもいい」 (no kind
 * in mind), 「なんでも できます」 (p27-46, a learner, was asked three times) and 「べつにこれっていうのはねえな」, after an
 * optional no (「うんにゃ なんでもいい」).
 */
const NONE_IN_PARTICULAR =
  /^(うーん|ううん|んー|えーと|えっと|まあ|まぁ)?(いいえ|いえ|いや|いやー|いやあ|ううん|うんにゃ|んにゃ)?(今のところ|いまのところ|今んとこ|いまんとこ|今は|いまは)?は?((特に|とくに)は?(ない|なし|なか|ありません)|(なんも|なーんも|何も|なにも|なんにも)(ない|なか|ねえ|ありません)|ないない|ない|ないです|ありません|(なんでも|何でも)(いい|ええ|よか|大丈夫|だいじょうぶ|やります|やる|できます|できる|します|いけます|いける|ok)|(べつに|別に)?これ(って|という|っていう)(の|もの|もん)は?(ない|ねえ|なか|ありません)|(特に|とくに|べつに|別に)?これといって(は|も)?(ない|なし|ねえ|なか|ありません))(です|かな|ね|ねえ|よ|っす|な|わ|ー|ぁ)*(けど|けれど|が)?((なんでも|何でも)(いい|ええ|よか|大丈夫)(です|よ|ね|わ)*)?$/u;
/** "not really anything's fine", "nothing in particular": no kind of work in mind (words, apostrophes gone). */
const NONE_IN_PARTICULAR_EN =
  /^((no|nope|nah|not really|no not really)( )?)?(nothing in particular|nothing specific|not really|anythings (fine|ok|okay|good)|anything is (fine|ok|okay|good)|anything (works|goes)|whatever works)( really| i guess| honestly)?$/u;

/** 「ほかの条件は特にないです」 to 「ほかの条件も聞いてもいいですか？」: nothing more to add is a no to the offer. */
const NOTHING_MORE =
  /^((ほか|他)の)?(条件|希望)?は?(特に|とくに)(ない|なし|ありません)(です|かな|ね|よ|っす|ー)*$/u;

/** 「あるっちゃあるんですけど まだぼんやりしてて」: there is one, in a way: a hedged answer to the open question. */
const SOME_IN_A_WAY =
  /^(あるっちゃある|あるといえばある|あると言えばある|なくはない|ないこともない|なくもない)/u;

/** 「はい、ケーキ屋さんです」: a yes said first still answers the open question. */
const SAYS_YES_FIRST = /^(はい|うん|ええ|yes|yeah|あるよ|あります|ある$)/u;

/**
 * The answer to the open question. The open questions 「どこで？」「どんなお仕事を？」 are only answered yes/no by
 * a bare はい/いいえ: a reply that names something answers with the names, not with a yes or no.
 */
function readAnswer(
  text: string,
  context: UtteranceContext,
  named: boolean,
  stated = named,
): AnswerLevel | null {
  const open = context.question === 'work' || context.question === 'area';
  const folded = normalize(text);
  // 「特にないです。言われたら何でもやります」: the first clause answers; the rest explains it.
  // 「特にないけど夜勤はやだ」: the clause up to a contrast answers the same way.
  const lead = (toClauses(text)[0] ?? '').replace(
    /(?<=(ない|なし|なか|ません|です|っす))(けど|けれど|が).*$/u,
    '$2',
  );
  // 「なんもないわ なんでもいいっしょ」: said apart by a space, the first phrase answers the same way.
  if (
    context.question === 'work' &&
    (NONE_IN_PARTICULAR.test(lead) || NONE_IN_PARTICULAR.test(firstWord(text)))
  )
    return 'no';
  if (context.question === 'work' && NONE_IN_PARTICULAR_EN.test(toWords(text).join(' '))) return 'no';
  if (context.question === 'offer' && NOTHING_MORE.test(folded)) return 'no';
  // 「週4までにしたい」 states a number, not a yes: it answers the open question as a name would.
  const yesFirst = SAYS_YES_FIRST.test(folded);
  if (stated && open && !yesFirst) return null;
  // 「パチンコ屋は無理」「春休みの間だけできるやつ」 to the open questions speak about work or a place (maybe
  // one we do not know), not yes/no; only a plain answer, 「特にない」 or 「わからない」 answers them.
  // 「はい 新聞配達なら朝早いのは平気だよ」「ありますあります カフェ」: a yes said first answers, whatever follows.
  const plain = PLAIN_LEAD.test(toClauses(text)[0] ?? '') || yesFirst || SOME_IN_A_WAY.test(folded);
  if (open && !plain && ABOUT_SOMETHING.test(folded)) return null;
  if (open && !plain && folded.length > 8) {
    const level = parseAnswer(text, { locale: context.locale, afterOffer: false });
    return level === 'dontKnow' ? level : null;
  }
  const answerContext = { locale: context.locale, afterOffer: context.afterOffer === true };
  const read = (part: string) => parseAnswer(part, answerContext);
  if (context.locale === 'en') {
    const plainly = (part: string) => PLAIN_LEAD.test(normalize(part));
    const reserved = englishYesWithReservation(text, read, plainly);
    if (reserved !== null) return reserved;
    const declined = englishNoThenReason(text, read);
    if (declined !== null) return declined;
  }
  const clauses = toClauses(text);
  const spoken = context.locale === 'ja' ? leadSpokenApart(text, clauses) : clauses;
  if (spoken.length > 1 && PLAIN_LEAD.test(spoken[0] ?? '')) {
    // 「はい、でも夜遅いのはちょっと無理です」: the plain answer first is the answer; what follows qualifies
    // it, or speaks about something it names.
    const head = parseAnswer(spoken[0] ?? '', answerContext);
    const rest = parseAnswer(spoken.slice(1).join('、'), answerContext);
    const agrees = direction(rest ?? head) === direction(head) && !HEDGED.test(spoken[1] ?? '');
    // 「いいえ、なんでも大丈夫です」: no preference after the plain answer explains it, and changes nothing.
    const explains = rest === 'dontKnow';
    // 「いえ、7時間くらいは働きたいです」: a no, then what is wanted instead.
    const instead = direction(head) < 0 && stated;
    if (head !== null && (rest === null || named || agrees || explains || instead)) return head;
  }
  const reserved = context.locale === 'en' ? null : yesWithReservation(clauses, read);
  if (reserved !== null) return reserved;
  return firmTopicRefusal(firmWithReason(beforeTrailingReasons(clauses, read) ?? read(text), text), text);
}

/**
 * "No need, I can walk there", "probably not, I'm not great with kids": a short no (or don't know) said first, then
 * the reason, is the answer; the reason's own words ("I can") say nothing more about the question.
 */
function englishNoThenReason(text: string, read: (part: string) => AnswerLevel | null): AnswerLevel | null {
  const [first, ...rest] = spokenNoApart(toWordClauses(text));
  if (first === undefined || rest.length === 0 || first.length > 3) return null;
  if (rest.flat().includes('but')) return null;
  const level = read(first.join(' '));
  const then = read(rest.map((words) => words.join(' ')).join(', '));
  // "maybe? kind of interested": the doubt is resolved after it.
  if (level === 'dontKnow') return direction(then) > 0 ? null : level;
  // "not really, I don't like cold places": a firm reason makes the no firm.
  if (level === 'probablyNo') return then === 'no' ? then : level;
  return level === 'no' ? level : null;
}

/** "no thanks I'd rather stay local" (said, no comma): a leading no thanks is a clause of its own. */
function spokenNoApart(clauses: string[][]): string[][] {
  const [first, ...others] = clauses;
  if (first === undefined || others.length > 0) return clauses;
  const lead = ['no thanks', 'no thank you', 'nope', 'nah'].find((no) =>
    `${first.join(' ')} `.startsWith(`${no} `),
  );
  if (lead === undefined) return clauses;
  const size = lead.split(' ').length;
  return first.length > size ? [first.slice(0, size), first.slice(size)] : clauses;
}

/**
 * 「いや 週4までにしたい」: Japanese speech and chat without punctuation set a plain はい/いや apart with a space
 * only; that word is then a clause of its own, as after a comma. (English words are all spaced.)
 */
function leadSpokenApart(text: string, clauses: string[]): string[] {
  const [first, ...others] = text.trim().split(/\s+/u);
  const word = normalize(first ?? '');
  if (others.length === 0 || !PLAIN_LEAD.test(word) || clauses[0] === word) return clauses;
  return [word, ...toClauses(others.join(' '))];
}

/**
 * 「寮がないと困ります」 to 「寮があるところがいいですか？」: the words are negative, but about the thing asked,
 * which is wanted; the answer follows what is said about it (softness kept). The thing asked is the question's
 * subject when the caller says which; without it, the single named job type or condition, which is then most
 * likely the subject. 「日払いはいらないけど交通費は欲しい」 to 「日払いがいいですか？」 answers about 日払い.
 */
function aboutTheSubject(
  text: string,
  answer: AnswerLevel | null,
  mentions: Utterance['mentions'],
  context: UtteranceContext,
  numbers: NumberFacts = {},
): AnswerLevel | null {
  if (context.question !== 'yesno') return answer;
  const named = [...mentions.jobTypes, ...mentions.conditions];
  const subject = context.subject;
  const asked =
    subject === undefined
      ? undefined
      : ((subject.kind === 'jobType' ? mentions.jobTypes : mentions.conditions).find(
          (m) => m.id === subject.id,
        ) ??
        // 「夏休みの間だけ」 to 「短期のお仕事がいいですか？」: wanting what implies the thing asked wants it.
        mentions.conditions.find((m) => m.polarity === 'positive' && implies(m.id, subject)));
  // 「昼間のほうがいいです」 to 「夜のお仕事でも大丈夫ですか？」, 「平日がいいね」 to 「土日祝だけのお仕事がいいですか？」:
  // wanting what rules the thing asked out says no to it (a hedge keeps it soft).
  // 「土日休めないとこは ちょっと」: the negative words are about the rival's absence; still a no.
  if (subject !== undefined && asked === undefined) {
    const rival = mentions.conditions.some((m) => m.polarity === 'positive' && rivals(subject, m.id));
    // Softened by its own words (どちらかといえば, できれば), not by a trailing けど, the no stays soft.
    const soft = answer === 'probablyYes' && !/(けど|けれど|けども|ばってん)$/u.test(normalize(text));
    if (rival) return soft || isHedged(text) ? 'probablyNo' : 'no';
  }
  // 「1500円以上あれば」 to 「高時給のところがいいですか？」: the wage wished for is the high wage asked about ('only from
  // 5pm, after my day job' to 「夜のお仕事でも大丈夫ですか？」, whatever else it names).
  if (asked === undefined && answer === null && subject !== undefined && saysTheNumber(subject, numbers)) {
    return isHedged(text) || HEDGED_EN.test(text) ? 'probablyYes' : 'yes';
  }
  // Something else named (「カフェがいい」 to a question about 居酒屋) says nothing about the subject.
  if (subject !== undefined && asked === undefined && named.length > 0) return answer;
  const only = asked ?? (named.length === 1 ? named[0] : undefined);
  if (only === undefined) return answer;
  const wanted = only.polarity === 'positive' ? 1 : -1;
  // Other things named besides the subject: what is said about it is the answer, whatever comes after.
  if (asked !== undefined && named.length > 1) {
    if (wanted === 1) return isHedged(text) ? 'probablyYes' : 'yes';
    return isHedged(text) ? 'probablyNo' : 'no';
  }
  // 「副業じゃないです」 "not izakaya, I don't drink": no answer word, but the thing named is refused.
  // 「髪色自由なとこ 金髪なんで」「日給で一万二千円 日払いで」 to a question about that very thing: naming what
  // was asked, as wanted, with no answer word, says yes to it.
  if (answer === null) {
    if (only.polarity === 'negative') return 'no';
    if (asked === undefined) return null;
    return isHedged(text) || HEDGED_EN.test(text) ? 'probablyYes' : 'yes';
  }
  if (direction(answer) !== -wanted) return answer;
  const soft = answer === 'probablyYes' || answer === 'probablyNo';
  // 「交通費が出ないところはちょっと」: the ちょっと is politeness about its absence; the wish for it is whole.
  // With a turn (「制服はいいけど帽子は嫌」) the negative words may be about something else: stay soft.
  if (wanted === 1) return soft && (isHedged(text) || hasTurn(text)) ? 'probablyYes' : 'yes';
  return soft ? 'probablyNo' : 'no';
}

/**
 * Conditions one cannot want together with another: a wish for one answers a question about the other. Time
 * bands of the day rival those of the other half (昼間 against 夜, but 夕方 and 夜 go together).
 */
const RIVALS: readonly (readonly string[])[] = [
  ['weekends-only', 'weekdays-only'],
  ['short-term', 'long-term'],
  ['one-day', 'long-term'],
  ['school-holidays-only', 'long-term'],
  ['flexible-shifts', 'fixed-shifts'],
  ['short-hours', 'full-time'],
  ['casual-dress', 'uniform'],
  ['no-experience', 'experienced'],
  ['early-morning', 'evening'],
  ['early-morning', 'night'],
  ['early-morning', 'late-night'],
  ['daytime', 'evening'],
  ['daytime', 'night'],
  ['daytime', 'late-night'],
];

/** A wish that is a case of another: 夏休みだけ is short-term work, 深夜 is at night (as condition-groups.json). */
const IMPLIES: Readonly<Record<string, string>> = {
  'one-day': 'short-term',
  'school-holidays-only': 'short-term',
  'late-night': 'night',
};

function implies(id: string, subject: QuestionSubject): boolean {
  return subject.kind === 'condition' && IMPLIES[id] === subject.id;
}

function rivals(subject: QuestionSubject, id: string): boolean {
  if (subject.kind !== 'condition') return false;
  return RIVALS.some((pair) => pair.includes(subject.id) && pair.includes(id) && subject.id !== id);
}

/** The conditions a number restates: a wage wished for is the high wage asked about. */
const SUBJECT_NUMBER: Readonly<Record<string, keyof NumberFacts>> = { 'high-wage': 'wageMin' };

/**
 * 「朝九時から午後三時までなら」 to 「昼のお仕事がいいですか？」, 'only from 5pm' to 「夜のお仕事でも大丈夫ですか？」: hours
 * that start within the time band asked about are in it (hours of the band, from when it starts).
 */
const BAND_STARTS: Readonly<Record<string, readonly [number, number]>> = {
  'early-morning': [4, 8],
  daytime: [9, 14],
  evening: [15, 19],
  night: [17, 23],
  'late-night': [22, 28],
};

function saysTheNumber(subject: QuestionSubject, numbers: NumberFacts): boolean {
  if (subject.kind !== 'condition') return false;
  const fact = SUBJECT_NUMBER[subject.id];
  if (fact !== undefined) return numbers[fact] !== undefined;
  const band = BAND_STARTS[subject.id];
  const from = numbers.timeOfDay?.from;
  if (band === undefined || from === undefined) return false;
  const hour = Number(from.slice(0, 2));
  return hour >= band[0] && hour <= band[1];
}

/**
 * 「あるとありがたいです」「あったらうれしいばい」 to a yes/no question, naming nothing: it would be nice to have, a
 * hedged yes (「寮があるとありがたい」, naming it, wants it: yes).
 */
const NICE_TO_HAVE = /(あったら|あると|あれば|あるなら)(ありがた|うれし|嬉し|助か|たすか)/u;
function hopedOnly(
  answer: AnswerLevel | null,
  text: string,
  mentions: Utterance['mentions'],
  question: QuestionKind | undefined,
): AnswerLevel | null {
  if (question !== 'yesno' || answer !== 'yes') return answer;
  if (mentions.jobTypes.length + mentions.conditions.length > 0) return answer;
  return NICE_TO_HAVE.test(normalize(text)) ? 'probablyYes' : answer;
}

/**
 * 「3番の交通誘導はないわ」 to 「気になるお仕事はありますか？」 (the results): refusing some of the jobs shown
 * does not say whether another one is of interest, so it is no answer; the refusal is kept as a mention.
 */
function refusingOneShown(
  answer: AnswerLevel | null,
  mentions: Utterance['mentions'],
  question: QuestionKind | undefined,
): AnswerLevel | null {
  if (question !== 'results' || direction(answer) >= 0) return answer;
  const named = [...mentions.jobTypes, ...mentions.conditions];
  return named.length > 0 && named.every((m) => m.polarity === 'negative') ? null : answer;
}

/**
 * 「3番ちょっと気になる」「1番と4番で迷ってる」「Number 2 looks interesting」 to 「気になるお仕事はありますか？」:
 * pointing at a job shown, without turning it down, says yes.
 */
function pointingAtOneShown(
  answer: AnswerLevel | null,
  text: string,
  mentions: Utterance['mentions'],
  question: QuestionKind | undefined,
): AnswerLevel | null {
  if (question !== 'results' || answer === 'no' || answer === 'probablyNo') return answer;
  // 「1番は深夜あるから嫌。2番のほうがいい」: one shown turned down, another picked after it.
  const clauses = toClauses(text);
  const last = clauses.at(-1) ?? '';
  if (clauses.length > 1 && parseOrdinal(last) !== null && PICKED.test(last))
    return isHedged(text) || HEDGED_EN.test(text) ? 'probablyYes' : 'yes';
  if ([...mentions.jobTypes, ...mentions.conditions].some((m) => m.polarity === 'negative')) return answer;
  // "the convenience store one": a job shown, picked by its kind.
  const byKind = mentions.jobTypes.length > 0 && THE_KIND_ONE.test(normalize(text));
  if (parseOrdinal(text) === null && !byKind) return answer;
  // 「二番目のやつって時給いくら？」: asking about a job shown says nothing yet of wanting it.
  if (answer === null && ASKS_ABOUT.test(normalize(text))) return answer;
  // 「1番かなぁ、でも遠いかも」 "hmm maybe the first one?": pointed at with doubt.
  return isHedged(text) || HEDGED_EN.test(text) ? 'probablyYes' : 'yes';
}

const HEDGED_EN = /\b(maybe|probably|perhaps|i guess|i think)\b/iu;
/** A job shown, picked (normalized). */
const PICKED = /(がいい|のほうが|の方が|がええ|がよか|にする|にします|気にな|きにな)/u;
const ASKS_ABOUT = /いくら|どこ|何時|なんじ|どんな|なにする|何する|ってなに|って何|howmuch|where|whattime/u;
const THE_KIND_ONE = /^(maybe|hmm|um|uh|i like|i want|id like)?the[a-z]+one(please|pls|maybe)?$/u;

/**
 * 「日払いできるやつだけ見せて」「時給千円あればいいさー」「私服でいけるとこ」 to an offer (「ほかの条件も聞いても
 * いいですか？」「範囲を広げて探しましょうか？」) or to the results: a wish stated in the answer's place is no
 * answer, whatever its words' polarity (「面接なしがいい」 had read as a no to the offer). An answer is still
 * given by a word of consent (「川崎までならいいですよ」「三鷹まで広げてください」), by interest in a job shown
 * (「焼肉屋のやつ詳しく聞きたい」), by a refusal that is the reply (「短期はいらないです」), or said first
 * (「はい あと制服はいやです」 is the yes; the rest a wish of its own).
 */
function statedInstead(
  answer: AnswerLevel | null,
  text: string,
  question: QuestionKind | undefined,
  mentions: Utterance['mentions'],
  stated: boolean,
): AnswerLevel | null {
  if (question === 'offer' && stated && AGREEING_LEAD.test(firstWord(text))) {
    return 'yes';
  }
  if ((question !== 'offer' && question !== 'results') || answer === null) return answer;
  const folded = normalize(text);
  // 「うん あ あと家から近いとこがいい」: the yes first, then a wish the offer's いい must not turn into a no.
  if (!stated) return PLAIN_YES_LEAD.test(folded.slice(0, 2)) && WISH.test(folded) ? 'yes' : answer;
  const clauses = toClauses(text).filter((c) => !FILLER.test(c));
  const lead = clauses[0] ?? '';
  if (PLAIN_YES_LEAD.test(lead) || PLAIN_YES_LEAD.test(folded.slice(0, 2))) {
    return direction(answer) < 0 ? 'yes' : answer;
  }
  if (PLAIN_LEAD.test(lead) || DECLINED.test(lead)) return answer;
  if (question === 'offer' && CONSENT.test(folded)) return answer;
  if (question === 'results' && INTEREST.test(folded)) {
    return wishOfOwn(folded, text, mentions) ? null : answer;
  }
  const named = [...mentions.jobTypes, ...mentions.conditions];
  const refused = named.length > 0 && named.every((m) => m.polarity === 'negative');
  return direction(answer) < 0 && refused ? answer : null;
}

/**
 * 「寮付きのとこがいい」「まかない付きがいいな」「1日4時間までがいいです」 to the results: a wish for a kind of
 * place, naming no job shown (no number in the list, job type, place or 「この中」), is a new wish, no answer.
 */
function wishOfOwn(folded: string, text: string, mentions: Utterance['mentions']): boolean {
  if (!OWN_WISH.test(folded) || POINTING.test(folded) || parseOrdinal(text) !== null) return false;
  return mentions.jobTypes.length === 0 && mentions.areas.length === 0;
}
/** A wish with nothing else that tells interest (normalized). */
const OWN_WISH =
  /^(?!.*(気にな(る|り)|きにな(る|り)|詳しく|くわしく|見てみたい|みてみたい|のにする|にします)).*(がいい|がええ|がよか)/u;
/** Words that point at the list shown (normalized). */
const POINTING = /この中|このなか|これ|それ|その|あれ|どれ/u;

/**
 * 「そやな 時給千円は欲しいわ」「そうですね、月15万くらいは欲しいかな」「いいさー 時給九百円以上あればいいさー」 to
 * 「時給の希望も聞いてもいいですか？」: agreeing first, then the wish, says yes to the offer (normalized).
 */
const AGREEING_LEAD =
  /^(sure|yes|yeah|ok|okay|かまん|かまんよ|かまへん|構わん|そやな|そうやな|せやな|そやね|そうですね|そうだね|そうねえ?|そうやね|そうじゃね|いいさ|いいさー|いいよ|ええよ|よかよ|よか|いいですよ|もちろん|ぜひ|どうぞ|はい|はーい|はいはい|うん|うんうん|ええ)$/u;
const firstWord = (text: string): string =>
  text
    .trim()
    .split(/[\s、。,.!！?？]+/u)
    .map(normalize)
    .find((word) => word !== '' && !FILLER.test(word)) ?? '';

/** A plain yes said first (normalized). */
const PLAIN_YES_LEAD = /^(はい|うん|ええ|yes|yeah|sure|ok)$/u;
/** A wish of one's own after the answer (normalized). */
const WISH = /.(がいい|がいいです|たい|ほしい|欲しい)$/u;
/** A clause of hesitation only (normalized). */
const FILLER = /^(あ|あっ|えっと|えーと|えー|うーん|んー|ん)$/u;
/** 「それはいいです」: what was offered, declined (normalized). */
const DECLINED = /^(それは)?(いいです|けっこうです|結構です|いらない|いらないです)$/u;
/** Consent to what was offered, anywhere in the reply (normalized). */
const CONSENT =
  /かまん|いいよ|いいですよ|ええよ|ええで|よかよ|よかです|お願い|おねがい|ください|広げて|ひろげて|ぜひ|どうぞ|構いません|かまいません|大丈夫|だいじょうぶ|please|goahead|thatsfine|fine|whynot/u;
/** Interest in one of the jobs shown (normalized). */
const INTEREST =
  /気にな(る|り)|きにな(る|り)|詳しく|くわしく|見てみたい|みてみたい|いいね|がいい|がよか|がええ|のにする|にします|looksnice|looksgood|interest|illtake|like/u;

/** A topic or an exclusion after some word: the reply is about that word. */
const ABOUT_SOMETHING =
  /.(?<!(なに|何|どれ|どこ|だれ|誰))(は|が)(?!(ね|な|や)$)|以外|いがい|じゃなきゃ|じゃなければ|でなければ|なら/u;

/** 「いいえ、たぶんだめです」: the hedge after the plain answer is meant. */
const HEDGED = /^(たぶん|多分|おそらく|恐らく|maybe|probably)/u;

/** A plain yes or no said as a clause of its own (normalized). */
const PLAIN_LEAD =
  /^(はい|うん|ええ|いいえ|いえ|いや|ううん|ある|あります|ありません|yes|yeah|yep|no|nope|nah|sure|ofcourse|notreally|nothanks)$/u;

function direction(level: AnswerLevel | null): number {
  if (level === 'yes' || level === 'probablyYes') return 1;
  if (level === 'no' || level === 'probablyNo') return -1;
  return 0;
}

export function parseUtterance(text: string, context: UtteranceContext): Utterance {
  // English typed into a Japanese conversation is read as English first, and the other way round.
  const language = detectLanguage(text, context.locale);
  const read = { ...context, locale: language };
  const { mentions, numbers } = reconcileNumbers(
    saidOfTheSubject(extractMentions(text, context.lexicon, { question: context.question }), text, context),
    payOfOneShown(parseNumbers(text), text, context.question),
  );
  const named = mentions.jobTypes.length + mentions.conditions.length + mentions.areas.length > 0;
  const command = parseCommand(text, language, {
    question: context.question,
    named: mentions.jobTypes.length + mentions.conditions.length > 0,
  });
  const plainFirst = PLAIN_LEAD.test(toClauses(text)[0] ?? '');
  const stated = named || Object.keys(numbers).length > 0;
  const answer = statedInstead(
    readAnswer(text, read, named, stated),
    text,
    context.question,
    mentions,
    stated,
  );
  const subjectRead = hopedOnly(
    plainFirst ? answer : aboutTheSubject(text, answer, mentions, context, numbers),
    text,
    mentions,
    context.question,
  );
  const reading = pointingAtOneShown(
    plainFirst ? subjectRead : refusingOneShown(subjectRead, mentions, context.question),
    text,
    mentions,
    context.question,
  );
  const conditional = offeredIf(reading, text, context.question, mentions) ?? onlyIf(text, context.question);
  const alsoAnswer = command !== null && reading !== null && commandMayBeAnswer(text) ? reading : null;
  return {
    command,
    answer: command === null ? conditional : null,
    ...(alsoAnswer === null ? {} : { alsoAnswer }),
    mentions,
    numbers,
    language,
    ...(mentions.areas.length === 0 && NEAR_HOME.test(normalize(text)) ? { nearHome: true as const } : {}),
  };
}

/**
 * Words that say the condition asked about only in answer to its question: 「はい、町田駅の近くだと助かります」 to
 * 「駅チカのところがいいですか？」 is 駅チカ (to the area question 「京都駅の近く」 only says where); 「はい、初めてなので…」 to
 * 「未経験OKのところがいいですか？」 is 未経験OK (to a question about training it is only a reason).
 */
const SAID_OF_THE_SUBJECT: Readonly<Record<string, RegExp>> = {
  'near-station': /(駅|えき)(の)?(近く|ちかく|近所|そば|前|まえ|から近|からちか)/u,
  'no-experience':
    /(はじめて|初めて)(なので|なんで|だから|やから|やけん|じゃけん|です|で|の)|(ばいと|バイト)(自体|じたい)?(は|も)?(はじめて|初めて)/u,
};
function saidOfTheSubject(
  mentions: Utterance['mentions'],
  text: string,
  context: UtteranceContext,
): Utterance['mentions'] {
  const subject = context.subject;
  if (context.question !== 'yesno' || subject?.kind !== 'condition') return mentions;
  const said = SAID_OF_THE_SUBJECT[subject.id];
  if (said === undefined || mentions.conditions.some((m) => m.id === subject.id)) return mentions;
  const found = said.exec(normalize(text));
  // A station's surroundings need the station: 「駅の近く」 alone is 駅チカ already.
  if (found === null || (subject.id === 'near-station' && mentions.areas.length === 0)) return mentions;
  return {
    ...mentions,
    conditions: [...mentions.conditions, { id: subject.id, polarity: 'positive', surface: found[0] }],
  };
}

/**
 * 「時給1100円のやつが気になる」 after the results: the pay of a job shown names that job; it is no wage wished for
 * (「1200円以上のやつ他にある？」 still is).
 */
const PAY_OF_ONE_SHOWN =
  /\d(円|万)の(やつ|仕事|しごと|求人|とこ|ところ)(が|は|って|も)?(気にな|きにな|詳しく|くわしく|いい)/u;
function payOfOneShown(numbers: NumberFacts, text: string, question: QuestionKind | undefined): NumberFacts {
  if (question !== 'results' || numbers.wageMin === undefined) return numbers;
  if (!PAY_OF_ONE_SHOWN.test(foldNumerals(text))) return numbers;
  const { wageMin: _shown, ...rest } = numbers;
  return rest;
}

/**
 * 「22時までなら」「隣の駅くらいまでなら」「千円切らなければ」 to a yes/no question or an offer: a yes on a condition,
 * said with nothing after it, is a hedged yes.
 */
const IF_ONLY = /(なら|だったら|やったら|じゃったら|であれば|なければ|なけりゃ)(ー|ね|な)*$/u;
function onlyIf(text: string, question: QuestionKind | undefined): AnswerLevel | null {
  if (question !== 'yesno' && question !== 'offer') return null;
  return IF_ONLY.test(normalize(text)) ? 'probablyYes' : null;
}

/**
 * 「でーじ遠くならないならいいさー」「あんまり遠いのはあれなんで まあ隣くらいなら」 to 「範囲を広げて探しましょうか？」:
 * the reply ends in the condition on which the offer is taken; the negative words before it are the condition's
 * (or the reason's), not a no. A hedged yes.
 */
const OFFER_TAKEN_IF =
  /((ない|なけれ|なきゃ|なかっ|まで|くらい|ぐらい)(なら|んなら|ったら)(いい|ええ|よか|大丈夫|だいじょうぶ|いける|ok)(かな|かなー|かなぁ)?|(なら|やったら|だったら|じゃったら|であれば)(ー|ね|な)*)(です|よ|さ|さー|ね|な|で|わ)*$/u;
const ANYTHING_BUT =
  /(以外|いがい|じゃなければ|じゃなきゃ)(なら|やったら|だったら|で|は)?(なんでも|何でも)|anythingbut|anythingexcept/u;
const LEFT_TO_YOU = /(お任せ|おまかせ|任せ|まかせ)/u;
function offeredIf(
  reading: AnswerLevel | null,
  text: string,
  question: QuestionKind | undefined,
  mentions: Utterance['mentions'],
): AnswerLevel | null {
  if (question !== 'offer') return reading;
  // 「居酒屋以外ならなんでもええよ」 'anything but restaurants': anything, one kind left out, takes the offer.
  const refused = [...mentions.jobTypes, ...mentions.conditions, ...(mentions.categories ?? [])].some(
    (m) => m.polarity === 'negative',
  );
  if ((reading === null || reading === 'dontKnow') && refused && ANYTHING_BUT.test(normalize(text)))
    return 'yes';
  // 「んだら おまかせすっちゃ」: leaving it to the bot takes what it offers.
  if (reading === 'dontKnow' && LEFT_TO_YOU.test(normalize(text))) return 'yes';
  if (direction(reading) >= 0) return reading;
  return OFFER_TAKEN_IF.test(normalize(text)) ? 'probablyYes' : reading;
}

/** 「近所で」「家の近く」「地元で」 "near my place", "nearby": where the user lives, which we are not told. */
const NEAR_HOME =
  /近所|きんじょ|(家|いえ|うち|自宅|じたく)の?(近く|ちかく|周り|まわり|そば)|地元|じもと|nearme|nearmyplace|nearmyhome|nearhome|nearby|closetohome|closetome|mylocalarea|myneighborhood|myneighbourhood|aroundwhereilive/u;
