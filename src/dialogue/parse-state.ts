import { LOCALES, type Locale } from './types';
import {
  freshState,
  MAX_ANSWERS,
  MAX_FIRM,
  MAX_MISSES,
  MAX_REJECTED,
  MAX_UNDO,
  STATE_VERSION,
  type AnswerTuple,
  type AreaValue,
  type DialogueState,
  type OpenTuple,
  type Place,
  type UndoMark,
} from './state';
import { decodeUndoMark, type UndoStep } from './undo-mark';

/**
 * ok: a current, valid state. new: nothing stored yet (undefined). migrated: an older or damaged state whose
 * answers could be kept; the open question is dropped. reset: unusable (garbage, unknown version): start over.
 */
export type StateStatus = 'ok' | 'new' | 'migrated' | 'reset';

export interface ParsedState {
  readonly state: DialogueState;
  readonly status: StateStatus;
}

const MAX_ID = 200;

type Rec = Record<string, unknown>;
const isRecord = (v: unknown): v is Rec => typeof v === 'object' && v !== null && !Array.isArray(v);
const isId = (v: unknown): v is string => typeof v === 'string' && v.length > 0 && v.length <= MAX_ID;
const isCount = (v: unknown): v is number => Number.isSafeInteger(v) && (v as number) >= 0;
const isLocale = (v: unknown): v is Locale =>
  typeof v === 'string' && (LOCALES as readonly string[]).includes(v);

function isPlace(v: unknown): v is Place {
  return Array.isArray(v) && (v.length === 1 || v.length === 2) && v.every(isId);
}

function isArea(v: unknown): v is AreaValue {
  return v === null || v === '*' || isPlace(v);
}

function isAnswer(v: unknown): v is AnswerTuple {
  if (!Array.isArray(v) || (v.length !== 3 && v.length !== 4)) return false;
  const [kind, id, level, volunteered] = v as unknown[];
  return (
    (kind === 't' || kind === 'c') &&
    isId(id) &&
    Number.isInteger(level) &&
    (level as number) >= 0 &&
    (level as number) <= 4 &&
    (v.length === 3 || volunteered === 1)
  );
}

function isOpen(v: unknown): v is OpenTuple {
  if (!Array.isArray(v) || v.length === 0) return false;
  switch (v[0]) {
    case 'a':
    case 'w':
    case 'r':
    case 'o':
      return v.length === 1;
    case 't':
    case 'c':
      return v.length === 2 && isId(v[1]);
    case 'p':
      return (
        v.length === 3 &&
        typeof v[1] === 'string' &&
        v[1].length <= MAX_ID &&
        Array.isArray(v[2]) &&
        v[2].length > 0 &&
        v[2].length <= 20 &&
        v[2].every(isPlace)
      );
    default:
      return false;
  }
}

function isUndoMark(v: unknown): v is UndoMark {
  if (!Array.isArray(v) || v.length !== 7) return false;
  const [answers, rejected, asked, area, open, shown, page] = v as unknown[];
  return (
    isCount(answers) &&
    isCount(rejected) &&
    isCount(asked) &&
    isArea(area) &&
    (open === null || isOpen(open)) &&
    Array.isArray(shown) &&
    shown.every(isId) &&
    isCount(page)
  );
}

/** A step back can only shorten the answers and rejections, and its page lies within the jobs it shows. */
function undoFits(step: UndoStep, answers: number, rejected: number): boolean {
  return step.answers <= answers && step.rejected <= rejected && step.page <= step.shown.length;
}

function isIdList(v: unknown, max: number): v is string[] {
  return Array.isArray(v) && v.length <= max && v.every(isId);
}

function strict(raw: Rec): DialogueState | undefined {
  const { n, loc, q, a, sa, ans, rej, shown, pg, asked, undo, done, miss, f, fm } = raw;
  const ok =
    raw.v === STATE_VERSION &&
    isCount(n) &&
    isLocale(loc) &&
    (q === null || isOpen(q)) &&
    isArea(a) &&
    Array.isArray(ans) &&
    ans.length <= MAX_ANSWERS &&
    ans.every(isAnswer) &&
    isIdList(rej, MAX_REJECTED) &&
    isIdList(shown, MAX_REJECTED) &&
    isCount(pg) &&
    pg <= shown.length &&
    isCount(asked) &&
    Array.isArray(undo) &&
    undo.length <= MAX_UNDO &&
    undo.every((m) => isUndoMark(m) && undoFits(decodeUndoMark(m), ans.length, rej.length)) &&
    typeof done === 'boolean' &&
    (sa === undefined || isPlace(sa)) &&
    (miss === undefined || (isCount(miss) && miss <= MAX_MISSES)) &&
    (f === undefined || isId(f)) &&
    (fm === undefined || isIdList(fm, MAX_FIRM));
  if (!ok) return undefined;
  const state = { v: STATE_VERSION, n, loc, q, a, ans, rej, shown, pg, asked, undo, done } as DialogueState;
  return {
    ...state,
    ...(raw.lf === 1 ? { lf: 1 as const } : {}),
    ...(sa === undefined ? {} : { sa: sa as Place }),
    ...(miss === undefined || miss === 0 ? {} : { miss: miss as number }),
    ...(f === undefined ? {} : { f: f as string }),
    ...(fm === undefined ? {} : { fm: fm as string[] }),
  };
}

/** Keeps what can still be trusted from an older or damaged state: locale, area, answers, rejections. */
function salvage(raw: Rec, locale: Locale): DialogueState | undefined {
  const answers = Array.isArray(raw.ans) ? raw.ans.filter(isAnswer).slice(-MAX_ANSWERS) : [];
  const rejected = Array.isArray(raw.rej) ? raw.rej.filter(isId).slice(-MAX_REJECTED) : [];
  const area = isArea(raw.a) ? raw.a : null;
  if (answers.length === 0 && area === null) return undefined;
  return {
    ...freshState(isLocale(raw.loc) ? raw.loc : locale, isCount(raw.n) ? raw.n : 0),
    ...(raw.lf === 1 ? { lf: 1 as const } : {}),
    a: area,
    ans: answers,
    rej: rejected,
    ...(isIdList(raw.fm, MAX_FIRM) && raw.fm.length > 0 ? { fm: raw.fm } : {}),
  };
}

/**
 * Reads whatever the session store handed back. Never throws: a state it cannot use becomes a fresh one,
 * and the status says what happened so the reply can tell the user.
 */
export function parseState(raw: unknown, locale: Locale = 'ja'): ParsedState {
  if (raw === undefined) return { state: freshState(locale), status: 'new' };
  if (!isRecord(raw)) return { state: freshState(locale), status: 'reset' };
  const version = raw.v;
  if (version === STATE_VERSION) {
    const state = strict(raw);
    if (state) return { state, status: 'ok' };
  }
  const older = version === undefined || (Number.isInteger(version) && (version as number) < STATE_VERSION);
  if (older || version === STATE_VERSION) {
    const state = salvage(raw, locale);
    if (state) return { state, status: 'migrated' };
  }
  return { state: freshState(isLocale(raw.loc) ? raw.loc : locale), status: 'reset' };
}
