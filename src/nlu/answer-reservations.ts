import type { AnswerLevel } from '../engine';
import { normalize } from './normalize';

/**
 * How a reason or a reservation changes an answer read word by word. Both rules look at the shape of the whole
 * reply, so they are kept apart from the word grammar.
 */

/** A stated reason: 〜ので, 〜から, 〜んで, 〜し (normalized text). */
const REASON = /(ので|から|んで|んだもん|し$|しね$)/u;
/** A hedge that keeps an answer soft whatever else is said: かも, かな, たぶん, と思う. */
const HEDGE = /(かも|かな|たぶん|多分|おそらく|と思|とおも|気がする|きがする)/u;
/** A clause that only gives a reason: 「〜ので」「〜んで」「〜から」「〜し」, dialect 「〜けん」「〜さかい」. */
const REASON_CLAUSE = /(ので|んで|から|し|けん|さかい)$/u;

/**
 * 「そこはちょっと、子どもの迎えがあるんで」: a reason said after the answer is subordinate to it; its words
 * (ある) are not the answer. The clauses before the trailing reasons, when they answer at all.
 */
export function beforeTrailingReasons(
  clauses: readonly string[],
  read: (part: string) => AnswerLevel | null,
): AnswerLevel | null {
  let end = clauses.length;
  while (end > 1 && REASON_CLAUSE.test(clauses[end - 1] ?? '')) end--;
  if (end === clauses.length) return null;
  return read(clauses.slice(0, end).join('、'));
}

/** Whether the reply doubts (かも, かな, たぶん, と思う) rather than only being polite. */
export function isHedged(text: string): boolean {
  return HEDGE.test(normalize(text));
}

/** The word that made the refusal soft: 「はちょっと」 is politeness, not doubt. */
const POLITE_SOFTENER = /(ちょっと|ちょい|あまり|あんまり)/u;

/**
 * 「長期はちょっと、来年引っ越すので」「車はもってないんでちょっと」: a polite 「ちょっと」 refusal that gives its reason
 * is meant in full. Doubt (かも, かな, たぶん) keeps it soft.
 */
export function firmWithReason(level: AnswerLevel | null, text: string): AnswerLevel | null {
  if (level !== 'probablyNo') return level;
  const folded = normalize(text);
  if (!REASON.test(folded) || !POLITE_SOFTENER.test(folded) || HEDGE.test(folded)) return level;
  return 'no';
}

/** 「夜はちょっと…」「夜遅いのはちょっと無理です」: the thing refused named as the topic, then the polite ちょっと. */
const TOPIC_THEN_SOFTENER =
  /は(ちょっと|ちょい)(なあ|なぁ|ね|ですね|です|無理|むり|無理です|むりです|きつい|厳しい|難しい)?$/u;
/** Hesitation before it (「うーん、それはちょっと…」) leaves the refusal soft. */
const HESITATION = /^(うーん|うーむ|んー|う〜ん|うん〜|えー)/u;

/**
 * 「コールセンターはちょっと…」: said of a named thing, the polite ちょっと is a refusal in full, as 「〜はちょっと、
 * 〜ので」 is (firmWithReason). Doubt or hesitation keeps it soft.
 */
export function firmTopicRefusal(level: AnswerLevel | null, text: string): AnswerLevel | null {
  if (level !== 'probablyNo' || HEDGE.test(normalize(text)) || HESITATION.test(text.trim())) return level;
  const clauses = text.split(/[、。,.!?！？…・\s]+/u).filter((c) => c.length > 0);
  return clauses.some((c) => TOPIC_THEN_SOFTENER.test(c)) ? 'no' : level;
}

/** Whether the reply turns at all (「〜けど」「でも」): then a later part may be about something else. */
export function hasTurn(text: string): boolean {
  return /(けど|けれど|でも|だけど)/u.test(normalize(text));
}

/** Where a reply turns: 「〜けど、」「〜が、」「でも〜」 (normalized clauses). */
const TURN_AT_END = /(けど|けれど|けども|だけど|ですけど)$/u;
const TURN_AT_START = /^(でも|だけど|けど|ただ)/u;
/** The part after the turn names an aspect (「立ちっぱなしがきつい」「30分以上かかるとこは無理」) or a case (〜ても). */
const ABOUT_AN_ASPECT = /..(が|は|のは|とこは|ところは)|ても/u;

/**
 * 「興味はあるけど、立ちっぱなしがきついかも」「広げてもいいけど、遠いとこは無理」: a yes, then a reservation about
 * one aspect of it, is still a yes, only not a whole one. 「好きだけど、無理」 (no aspect named) changes the
 * answer and is left to the word grammar. `read` reads one part of the reply as an answer.
 */
export function yesWithReservation(
  clauses: readonly string[],
  read: (part: string) => AnswerLevel | null,
): AnswerLevel | null {
  for (let i = 0; i < clauses.length - 1; i++) {
    const head = clauses.slice(0, i + 1).join('、');
    const tail = clauses.slice(i + 1).join('、');
    const turns = TURN_AT_END.test(clauses[i] ?? '') || TURN_AT_START.test(clauses[i + 1] ?? '');
    if (!turns) continue;
    // The head is a whole yes on its own (「やれなくはないけど」 is already grudging and is left as it is).
    if (read(head.replace(TURN_AT_END, '')) !== 'yes') return null;
    const then = read(tail);
    const reserved = then === 'no' || then === 'probablyNo' || then === 'dontKnow';
    return reserved && ABOUT_AN_ASPECT.test(tail) ? 'probablyYes' : null;
  }
  return null;
}

/** Where an English reply turns or sets a condition: "yes but not at night", "sure, as long as it is close". */
const ENGLISH_TURN = /^(.*?)\b(but|as long as|so long as|if|provided|unless|except)\b(.*)$/u;

/**
 * "I'm interested but night shifts are hard", "I could, as long as it's close": a whole yes, then a reservation
 * or a condition, is a weak yes (the English of 「興味はあるけど、夜はきつい」). A plain yes first ("yes but no
 * night shifts") is the answer, as 「はい、でも夜は無理」 is. `read` reads one part as an answer; `plain` tells
 * a plain yes or no.
 */
export function englishYesWithReservation(
  text: string,
  read: (part: string) => AnswerLevel | null,
  plain: (part: string) => boolean,
): AnswerLevel | null {
  const match = ENGLISH_TURN.exec(text.toLowerCase().replace(/['’]/gu, ''));
  if (match === null) return null;
  const [, head = '', turn = '', tail = ''] = match;
  if (head.trim() === '' || tail.trim() === '') return null;
  if (plain(head)) return read(head);
  if (read(head) !== 'yes') return null;
  if (turn !== 'but') return 'probablyYes';
  const then = read(tail);
  const reserved = then === 'no' || then === 'probablyNo' || then === 'dontKnow';
  // "but no night shifts" names what is reserved; "but I can't" changes the answer (the word grammar's).
  return reserved && tail.trim().split(/\s+/u).length > 2 ? 'probablyYes' : null;
}
