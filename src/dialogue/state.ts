import { ANSWER_LEVELS, type AnswerLevel, type AttributeKind } from '../engine';
import type { Locale } from './types';

/**
 * Bumped whenever the layout below changes; parseState migrates older layouts where it can. Additions that
 * leave every older state valid (the open question ['w']) keep the version.
 */
export const STATE_VERSION = 1;

/** 't' job type, 'c' condition. */
export type KindCode = 't' | 'c';
/** Index into ANSWER_LEVELS: 0 yes … 4 no. */
export type LevelCode = 0 | 1 | 2 | 3 | 4;
/**
 * [kind, id, level] or [kind, id, level, 1] when volunteered. Later tuples for the same id win. Read and written
 * through answers.ts, never by position.
 */
export type AnswerTuple = readonly [KindCode, string, LevelCode] | readonly [KindCode, string, LevelCode, 1];
/** [prefecture] or [prefecture, municipality], names as in the catalogue. */
export type Place = readonly [string] | readonly [string, string];
/** null: not asked yet; '*': anywhere. */
export type AreaValue = null | '*' | Place;

/**
 * The open question: ['a'] area; ['p', surface, places] which of several places; ['w'] what kind of work
 * (asked once, right after the area); ['t', id] job type; ['c', id] condition; ['r'] do the shown jobs fit;
 * ['o'] start over after everything was rejected. The dialogue works with the decoded Question (question.ts).
 */
export type OpenTuple =
  | readonly ['a']
  | readonly ['w']
  | readonly ['p', string, readonly Place[]]
  | readonly ['t', string]
  | readonly ['c', string]
  | readonly ['r']
  | readonly ['o'];

/**
 * What one user turn changed, to take it back: lengths of ans/rej, asked, area, open question, shown, pg. Decoded
 * into a named UndoStep (undo-mark.ts).
 */
export type UndoMark = readonly [
  number,
  number,
  number,
  AreaValue,
  OpenTuple | null,
  readonly string[],
  number,
];

/** The whole conversation: plain JSON, small enough for any session store. */
export interface DialogueState {
  readonly v: typeof STATE_VERSION;
  /** Turns taken. */
  readonly n: number;
  readonly loc: Locale;
  /** 1 when a request named the locale: text in the other language then does not switch it. */
  readonly lf?: 1;
  readonly q: OpenTuple | null;
  readonly a: AreaValue;
  /**
   * The place the user named, when the search had to widen beyond it (nothing there): the place stays what a
   * job must be in to count as a match. Absent otherwise (optional, so older states stay valid).
   */
  readonly sa?: Place;
  readonly ans: readonly AnswerTuple[];
  /**
   * Conditions required firmly (「寮がないと無理」「日払いじゃないと困る」): no job lacking one is shown, not even
   * as a near miss. Absent when none (optional, so older states stay valid; an older server drops it and only
   * shows more near misses).
   */
  readonly fm?: readonly string[];
  /** Listings shown and rejected: never shown again. */
  readonly rej: readonly string[];
  /** Listings shown in the current round of results (all pages); the current page starts at pg. */
  readonly shown: readonly string[];
  readonly pg: number;
  /** Questions answered since results were last shown (the question budget counts these). */
  readonly asked: number;
  readonly undo: readonly UndoMark[];
  readonly done: boolean;
  /**
   * Replies in a row to the open question that we could not use (absent: none). From the second on, the reply
   * offers buttons and a way on, so that no question loops.
   */
  readonly miss?: number;
  /**
   * The job whose details were shown last (「2番目を詳しく」), so that 「それにする」 knows which one. Absent
   * otherwise (optional, so older states stay valid).
   */
  readonly f?: string;
}

/** More misses than this are not counted: the reply already offers every way on. */
export const MAX_MISSES = 9;
/** Firm requirements kept, at most: no one states more than a few; a state stays small whatever is sent. */
export const MAX_FIRM = 20;

export const MAX_UNDO = 8;
/** Caps that keep a state small whatever is thrown at it; oldest entries go first. */
export const MAX_ANSWERS = 80;
export const MAX_REJECTED = 300;

export function freshState(locale: Locale, turns = 0): DialogueState {
  return {
    v: STATE_VERSION,
    n: turns,
    loc: locale,
    q: null,
    a: null,
    ans: [],
    rej: [],
    shown: [],
    pg: 0,
    asked: 0,
    undo: [],
    done: false,
  };
}

export const kindCode = (kind: AttributeKind): KindCode => (kind === 'jobType' ? 't' : 'c');
export const kindOf = (code: KindCode): AttributeKind => (code === 't' ? 'jobType' : 'condition');
export const levelCode = (level: AnswerLevel): LevelCode => ANSWER_LEVELS.indexOf(level) as LevelCode;
export const levelOf = (code: LevelCode): AnswerLevel => ANSWER_LEVELS[code]!;

export function samePlace(a: Place, b: Place): boolean {
  return a[0] === b[0] && a[1] === b[1];
}
