import type { MessageKey } from '../i18n/keys';
import type { AnswerLevel } from '../engine';
import type { MessageParams } from '../i18n/types';
import { answerId, answerKindCode, encodeAnswer } from './answers';
import type { DialogueContext } from './context';
import { decodeQuestion, encodeQuestion, type Question } from './question';
import {
  MAX_ANSWERS,
  MAX_FIRM,
  MAX_MISSES,
  MAX_REJECTED,
  MAX_UNDO,
  STATE_VERSION,
  type AnswerTuple,
  type AreaValue,
  type DialogueState,
  type KindCode,
  type Place,
} from './state';
import type { JobAction, Locale, Message, Suggestion, TurnAct } from './types';
import { decodeUndoMark, encodeUndoMark, type UndoStep } from './undo-mark';
import { variantPick } from './variant';

/**
 * One turn in progress: a mutable copy of the state plus what the reply will say. Handlers change it; at the
 * end it becomes the next state and the reply. Nothing here outlives the turn. The open question and the undo
 * history are decoded from their stored form here and encoded again in toState.
 */
export class Turn {
  n: number;
  question: Question | null;
  a: AreaValue;
  /** See DialogueState.sa. */
  sa: Place | undefined;
  ans: AnswerTuple[];
  /** See DialogueState.fm. */
  fm: Set<string>;
  rej: string[];
  shown: string[];
  pg: number;
  asked: number;
  undo: UndoStep[];
  done: boolean;
  /** Unusable replies in a row to the open question, this one included when this turn is a clarify. */
  miss: number;
  /** Buttons that replace the open question's own (「終わりますか、それとも『いいえ』ですか？」). */
  choices: Suggestion[] | undefined;
  /** The words already ask the open question another way (「どのお仕事が気になりましたか？」): not asked again. */
  askedOtherwise = false;
  /** 「ほかのも見たい」 found no more jobs: the question is about the jobs shown before, not 「この中に」. */
  noNewPage = false;
  /** Acknowledgements and notices, said first, as one message. */
  readonly notes: Message[] = [];
  readonly asides: Message[] = [];
  /** The notes say more than what was noted (a clarification, a notice): a speaker must not shorten them. */
  notesBeyondAcks = false;
  /** This turn widened the area and said so: the results that follow need not say again that none matched. */
  widenedNow = false;
  /** Render the current page of jobs as a list. */
  listJobs = false;
  /**
   * Conditions this turn said no job of the page has (「どれも寮・社宅ではありません」): the list does not say it
   * again after every job (ten times in p24-48). The cards still do: each stands alone.
   */
  saidNoneHave: readonly string[] = [];
  act: TurnAct | undefined;
  /** The open question was already decided this turn (a place to pick, a next page): do not decide again. */
  settled = false;
  /** The user asked to see jobs now: the next decision shows results. */
  forceResults = false;
  /** The job the user chose from the results this turn (「2番目がいい」): the reply shows it alone. */
  picked: string | null = null;
  /** The job whose details this turn shows (「2番目を詳しく」): the reply shows it alone. */
  focus: string | null = null;
  /** The job whose details were shown last (DialogueState.f). */
  focused: string | undefined;
  /** Jobs this turn lists instead of the results page (the saved jobs). */
  listed: readonly string[] | null = null;
  /** What the channel's runner has to do for this turn. */
  action: JobAction | null = null;
  /** A request named the locale: it is kept, whatever language later text is in. */
  localeFixed = false;
  private readonly before: UndoStep;
  private marked = false;

  constructor(
    readonly ctx: DialogueContext,
    state: DialogueState,
    readonly locale: Locale,
  ) {
    this.n = state.n;
    this.question = decodeQuestion(state.q);
    this.a = state.a;
    this.sa = state.sa;
    this.ans = [...state.ans];
    this.fm = new Set(state.fm);
    this.rej = [...state.rej];
    this.shown = [...state.shown];
    this.pg = state.pg;
    this.asked = state.asked;
    this.undo = state.undo.map(decodeUndoMark);
    this.done = state.done;
    this.miss = state.miss ?? 0;
    this.focused = state.f;
    this.choices = undefined;
    this.before = {
      answers: state.ans.length,
      rejected: state.rej.length,
      asked: state.asked,
      area: state.a,
      question: this.question,
      shown: state.shown,
      page: state.pg,
    };
  }

  /** This turn changed what we know or what is shown: remember how it was, so 「戻る」 can take it back. */
  markChanged(): void {
    if (this.marked) return;
    this.marked = true;
    // A turn that changed nothing undo restores (details shown, then more details) leaves no mark of its own:
    // 「戻る」 would say it went back and show the same thing.
    const top = this.undo.at(-1);
    if (top !== undefined && sameMark(top, this.before)) return;
    this.undo.push(this.before);
    if (this.undo.length > MAX_UNDO) this.undo.splice(0, this.undo.length - MAX_UNDO);
  }

  /**
   * Records an answer. Said firmly (「寮がないと無理」), a wanted condition is required beyond relaxing; any
   * other answer about it since takes that back.
   */
  answer(code: KindCode, id: string, level: AnswerLevel, stated: boolean, firm = false): void {
    this.ans.push(encodeAnswer(code, id, level, stated || firm));
    if (code !== 'c') return;
    if (firm && level === 'yes') this.fm.add(id);
    else this.fm.delete(id);
  }

  /** This reply has already named the area (「京都府京都市下京区ですね！」): name it short after that. */
  areaSaid = false;

  /** The area became known this turn: the area question (or a place picked for it) was just answered. */
  areaJustSet(): boolean {
    return this.before.area === null && this.a !== null;
  }

  /**
   * Whether to say that work done from anywhere spans the catalogue (see placeFreeWishes): the area became known
   * this turn, or one of those wishes was stated this turn.
   */
  placeFreeJustSaid(wishes: readonly string[]): boolean {
    if (this.areaJustSet()) return true;
    return this.ans.slice(this.before.answers).some((t) => wishes.includes(answerId(t)));
  }

  /** Renders a message, picking its variant from the turn number and the subject. */
  render(key: MessageKey, params?: MessageParams, subject = '', extra?: readonly string[]): Message {
    return this.ctx.renderer.message(this.locale, key, params, {
      pick: variantPick(this.n, key, subject),
      extra,
    });
  }

  /** A detail said after the notes, which a speaker may leave out (see Message's `aside`). */
  aside(key: MessageKey, params?: MessageParams): void {
    this.asides.push(this.render(key, params));
  }

  say(key: MessageKey, params?: MessageParams, subject = ''): void {
    this.notes.push(this.render(key, params, subject));
    if (!key.startsWith('ack.')) this.notesBeyondAcks = true;
  }

  /** Starts the conversation over, keeping the turn count and the locale. */
  reset(): void {
    this.question = null;
    this.a = null;
    this.sa = undefined;
    this.ans = [];
    this.fm.clear();
    this.rej = [];
    this.shown = [];
    this.pg = 0;
    this.asked = 0;
    this.undo = [];
    this.done = false;
    this.settled = false;
    this.forceResults = false;
    this.listJobs = false;
    this.miss = 0;
  }

  currentPage(): readonly string[] {
    return this.shown.slice(this.pg);
  }

  toState(): DialogueState {
    let { ans, rej, undo } = this;
    if (ans.length > MAX_ANSWERS || rej.length > MAX_REJECTED) {
      // Lengths in the undo marks no longer hold once old entries go.
      ans = compactAnswers(ans).slice(-MAX_ANSWERS);
      rej = rej.slice(-MAX_REJECTED);
      undo = [];
    }
    // Only a turn that asked the same question again keeps counting; any other outcome starts over.
    const miss = this.act === 'clarify' && !this.done ? Math.min(this.miss, MAX_MISSES) : 0;
    const state: DialogueState = {
      v: STATE_VERSION,
      n: this.n + 1,
      loc: this.locale,
      ...(this.localeFixed ? { lf: 1 as const } : {}),
      q: this.done ? null : encodeQuestion(this.question),
      a: this.a,
      ...(this.sa === undefined ? {} : { sa: this.sa }),
      ans,
      ...(this.fm.size > 0 ? { fm: [...this.fm].slice(-MAX_FIRM) } : {}),
      rej,
      shown: this.shown,
      pg: this.pg,
      asked: this.asked,
      undo: undo.map(encodeUndoMark),
      done: this.done,
    };
    // The details shown last stay the 「それ」 of the next turn only while the conversation is where it was
    // (asked again, or help and a repeat that say 「それにする」 themselves).
    const stays = this.act === 'clarify' || this.act === 'help' || this.act === 'repeat';
    const focused = this.focus ?? (stays ? this.focused : undefined);
    const withFocus = focused === undefined || this.done ? state : { ...state, f: focused };
    return miss > 0 ? { ...withFocus, miss } : withFocus;
  }
}

/** The latest answer for each attribute, in the order they were last given. */
export function compactAnswers(answers: readonly AnswerTuple[]): AnswerTuple[] {
  const latest = new Map<string, number>();
  const key = (t: AnswerTuple) => `${answerKindCode(t)}:${answerId(t)}`;
  answers.forEach((t, i) => latest.set(key(t), i));
  return answers.filter((t, i) => latest.get(key(t)) === i);
}

/** Two undo marks that would restore the same thing. */
function sameMark(a: UndoStep, b: UndoStep): boolean {
  return JSON.stringify(encodeUndoMark(a)) === JSON.stringify(encodeUndoMark(b));
}
