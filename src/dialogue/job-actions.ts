import { parseOrdinal } from '../nlu';
import { chooseJob } from './commands';
import type { DialogueContext } from './context';
import { readJobWords } from './job-words';
import { listingTitle } from './names';
import { readJobPostback, type JobButton } from './postbacks';
import type { DialogueState } from './state';
import type { Turn } from './turn';
import type { TurnInput } from './types';

/** What the user asked of one job, or of their saved jobs: by its button, or in words (「2番目を詳しく」). */
export type JobRequest =
  | { readonly kind: JobButton; readonly id: string }
  | { readonly kind: 'listSaved' }
  /** A job was pointed at that is not there (「5番目」 of three, a stale button): said so, nothing done. */
  | { readonly kind: 'missing' };

/** The jobs 「2番目」 counts in: the page shown last (it stays in the state after a choice, too). */
function pageOf(state: DialogueState): readonly string[] {
  return state.shown.slice(state.pg);
}

/**
 * A request about a job, or null when the input is something else for the dialogue to read. Buttons carry the
 * listing's id; words point by position in the page shown last, or at the job whose details were just read
 * (「それにする」). Plain 「2番目がいい」 stays with the results question, which already chooses by position.
 */
export function readJobRequest(
  ctx: DialogueContext,
  input: TurnInput,
  state: DialogueState,
): JobRequest | null {
  if (input.kind === 'postback') {
    const tapped = readJobPostback(typeof input.value === 'string' ? input.value : '');
    if (tapped === null) return null;
    if (tapped.button === 'listSaved') return { kind: 'listSaved' };
    return ctx.lookup.listings.has(tapped.id) ? { kind: tapped.button, id: tapped.id } : { kind: 'missing' };
  }
  if (input.kind !== 'text' || typeof input.text !== 'string') return null;
  const text = input.text.slice(0, 200);
  const words = readJobWords(text);
  if (words === null) return null;
  if (words === 'listSaved') return { kind: 'listSaved' };
  const ordinal = parseOrdinal(text);
  const page = pageOf(state);
  let id: string | undefined;
  if (ordinal !== null) id = page[ordinal === -1 ? page.length - 1 : ordinal - 1];
  // 「これがいい」 to the results is a yes to them all, not a pointer: 「それ」 points only after details.
  else if (words.pointer === 'that' && state.f !== undefined) id = state.f;
  else return null;
  if (id === undefined) return page.length > 0 || state.f !== undefined ? { kind: 'missing' } : null;
  return { kind: words.button, id };
}

/**
 * Carries the request out as far as the pure dialogue can: what to say and show, and what the runner must do
 * (record the choice, save, remove, fetch the saved jobs). `saved` is the user's saved jobs when the runner
 * fetched them; undefined asks for them. The open question stays open and is asked again after.
 */
export function applyJobRequest(turn: Turn, request: JobRequest, saved?: readonly string[]): void {
  const keepQuestion = (): void => {
    turn.settled = true;
    turn.focused = undefined;
  };
  switch (request.kind) {
    case 'missing':
      turn.say('jobs.missing');
      keepQuestion();
      turn.listed = [];
      turn.act = 'clarify';
      return;
    case 'choose':
      turn.done = false;
      return chooseJob(turn, request.id);
    case 'details': {
      // 「戻る」 from one job's details goes back to the page it was picked from, not past it.
      turn.markChanged();
      keepQuestion();
      turn.listed = [];
      turn.focus = request.id;
      turn.act = 'details';
      return;
    }
    case 'save':
    case 'unsave': {
      keepQuestion();
      const listing = turn.ctx.lookup.listings.get(request.id);
      const title =
        listing === undefined ? { text: '', speech: '' } : listingTitle(turn.ctx, turn.locale, listing);
      turn.say(request.kind === 'save' ? 'jobs.saved' : 'jobs.unsaved', { title });
      turn.action = { kind: request.kind, id: request.id };
      // The cards are on screen already: the reply says what was done, and asks the open question again.
      turn.listed = [];
      turn.act = request.kind;
      return;
    }
    case 'listSaved': {
      keepQuestion();
      turn.act = 'listSaved';
      if (saved === undefined) {
        turn.action = { kind: 'listSaved' };
        turn.listed = [];
        return;
      }
      const known = saved.filter((id) => turn.ctx.lookup.listings.has(id));
      if (known.length === 0) {
        turn.say('jobs.savedNone');
        turn.listed = [];
        return;
      }
      turn.say('jobs.savedList', { count: known.length });
      turn.listed = known;
      return;
    }
  }
}
