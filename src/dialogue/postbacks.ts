import { isAnswerLevel, type AnswerLevel } from '../engine';
import { COMMANDS, type Command } from '../nlu';
import type { KindCode, Place } from './state';

/**
 * Values of the suggestion buttons. Answers are the answer level itself; commands are `cmd:<command>`;
 * areas are `area:any`, `area:<prefecture>` or `area:<prefecture>/<municipality>` with catalogue names;
 * job types are `type:<jobTypeId>` (a liked job type, as if the user had named it).
 */
export const POSTBACKS = Object.freeze({
  yes: 'yes',
  probablyYes: 'probablyYes',
  dontKnow: 'dontKnow',
  probablyNo: 'probablyNo',
  no: 'no',
  restart: 'cmd:restart',
  undo: 'cmd:undo',
  repeat: 'cmd:repeat',
  help: 'cmd:help',
  stop: 'cmd:stop',
  more: 'cmd:more',
  noneFit: 'cmd:noneFit',
  skip: 'cmd:skip',
  anywhere: 'area:any',
} as const);

export type PostbackMeaning =
  | { readonly kind: 'answer'; readonly level: AnswerLevel }
  | { readonly kind: 'command'; readonly command: Command }
  | { readonly kind: 'area'; readonly place: Place }
  | { readonly kind: 'jobType'; readonly id: string }
  | { readonly kind: 'editSummary' }
  | { readonly kind: 'editArea' }
  | { readonly kind: 'drop'; readonly code: KindCode; readonly id: string }
  | { readonly kind: 'dropCategory'; readonly category: string }
  | { readonly kind: 'unknown' };

/** 「条件を変える」 at the results: the summary of the conditions, with a button per wish. */
export const EDIT_POSTBACK = 'edit';
/** 「場所を変える」 in the summary of the conditions. */
export const EDIT_AREA_POSTBACK = 'edit:area';

/** 「日払いOKを外す」: a stated wish taken out (`drop:c:daily-pay`, `drop:t:cafe`, `drop:c:wage:hour:1200`). */
export function dropPostback(code: KindCode, id: string): string {
  return `drop:${code}:${id}`;
}

/** 「フード・飲食以外を外す」: every job type of a category, wished or refused as one, taken out (`drop:g:…`). */
export function dropCategoryPostback(category: string): string {
  return `drop:g:${category}`;
}

/** What a job's own buttons do: see its details, choose it, save it, take it off the saved list. */
export type JobButton = 'details' | 'choose' | 'save' | 'unsave';
const JOB_BUTTONS: readonly JobButton[] = ['details', 'choose', 'save', 'unsave'];

/** The button under one job: `job:<button>:<listingId>`. */
export function jobPostback(button: JobButton, listingId: string): string {
  return `job:${button}:${listingId}`;
}

/** 「保存したお仕事」: the user's saved jobs. */
export const SAVED_LIST_POSTBACK = 'saved:list';

export type JobPostback =
  { readonly button: JobButton; readonly id: string } | { readonly button: 'listSaved' };

/** A job button's or the saved list's postback; null for any other value (the listing is not checked). */
export function readJobPostback(value: string): JobPostback | null {
  if (value === SAVED_LIST_POSTBACK) return { button: 'listSaved' };
  const match = /^job:([a-z]+):(.{1,200})$/su.exec(value);
  if (match === null) return null;
  const button = JOB_BUTTONS.find((b) => b === match[1]);
  return button === undefined ? null : { button, id: match[2]! };
}

export function areaPostback(place: Place): string {
  return `area:${place.join('/')}`;
}

export function jobTypePostback(id: string): string {
  return `type:${id}`;
}

/**
 * What a postback value means, without checking that an area or job type exists (the caller knows the
 * catalogue).
 */
export function readPostback(value: string): PostbackMeaning {
  if (isAnswerLevel(value)) return { kind: 'answer', level: value };
  if (value.startsWith('cmd:')) {
    const command = value.slice(4);
    const known = COMMANDS.find((c) => c === command);
    return known ? { kind: 'command', command: known } : { kind: 'unknown' };
  }
  if (value === POSTBACKS.anywhere) return { kind: 'command', command: 'anywhere' };
  if (value.startsWith('area:')) {
    const parts = value.slice(5).split('/');
    const [prefecture, municipality] = parts;
    if (!prefecture || parts.length > 2 || (parts.length === 2 && !municipality)) return { kind: 'unknown' };
    return { kind: 'area', place: municipality ? [prefecture, municipality] : [prefecture] };
  }
  if (value.startsWith('type:') && value.length > 5) return { kind: 'jobType', id: value.slice(5) };
  if (value === EDIT_POSTBACK) return { kind: 'editSummary' };
  if (value === EDIT_AREA_POSTBACK) return { kind: 'editArea' };
  const category = /^drop:g:(.+)$/u.exec(value);
  if (category !== null) return { kind: 'dropCategory', category: category[1] as string };
  const drop = /^drop:([tc]):(.+)$/u.exec(value);
  if (drop !== null) return { kind: 'drop', code: drop[1] as KindCode, id: drop[2] as string };
  return { kind: 'unknown' };
}
