import type { Command } from '../nlu';
import { decideNext } from './advance';
import { help, stayClosed, undo } from './commands';
import type { DialogueContext } from './context';
import { languageToFollow } from './conversation-language';
import { applyJobRequest, readJobRequest } from './job-actions';
import { hasFacts, questionKindOf, questionSubjectOf, readIntent } from './intent';
import { questionIs } from './question';
import { parseState, type ParsedState } from './parse-state';
import { buildReply } from './reply';
import { respond } from './respond';
import { showNextPage } from './results-page';
import { freshState, type DialogueState } from './state';
import { Turn } from './turn';
import { LOCALES, type Locale, type Reply, type TurnInput, type UnsupportedInput } from './types';

/** Commands that mean something before the first question was even asked. */
const FRESH_COMMANDS: ReadonlySet<Command> = new Set(['stop', 'help', 'anywhere', 'skip']);

/** What the channel's runner knows besides the state, when the turn asked for it (see JobAction). */
export interface TurnKnowledge {
  /** The user's saved jobs, newest first. */
  readonly saved?: readonly string[];
}

export interface TurnResult {
  readonly state: DialogueState;
  readonly reply: Reply;
}

const localeOf = (input: unknown): Locale | undefined => {
  const locale =
    typeof input === 'object' && input !== null ? (input as { locale?: unknown }).locale : undefined;
  return LOCALES.find((l) => l === locale);
};

/**
 * One turn of the conversation: (state, input) -> (state', reply). Pure: the same arguments always give the
 * same result. Any stored state is accepted, garbage included; the reply says so when it had to start over.
 */
export function takeTurn(
  ctx: DialogueContext,
  rawState: unknown,
  input: TurnInput,
  known: TurnKnowledge = {},
): TurnResult {
  const requested = localeOf(input);
  const parsed = parseState(rawState, requested ?? 'ja');
  const fixed = requested !== undefined || parsed.state.lf === 1;
  // A conversation that never named its locale answers in the language the user writes in.
  const text = typeof input === 'object' && input !== null && input.kind === 'text' ? input.text : undefined;
  const written = !fixed && typeof text === 'string' ? languageToFollow(text, parsed.state.loc) : undefined;
  const locale = requested ?? written ?? parsed.state.loc;
  const kind = typeof input === 'object' && input !== null ? input.kind : undefined;
  if (kind === 'unsupported') {
    const what = (input as { what?: unknown }).what === 'request' ? 'request' : 'media';
    return unsupported(ctx, parsed, locale, what);
  }

  const jobRequest =
    kind !== 'start' && kind !== undefined && parsed.status === 'ok'
      ? readJobRequest(ctx, input, parsed.state)
      : null;
  let turn: Turn;
  if (kind === 'start') {
    turn = new Turn(ctx, freshState(locale, parsed.state.n), locale);
    greet(turn);
  } else if (jobRequest !== null) {
    // A job's button or words about one job (「2番目を詳しく」「保存したお仕事を見せて」), at any step.
    turn = new Turn(ctx, parsed.state, locale);
    applyJobRequest(turn, jobRequest, known.saved);
  } else if (parsed.state.done && parsed.status === 'ok' && !startsAgain(ctx, input, locale)) {
    // After the goodbye: 「ありがとう」 gets a goodbye, not a greeting; 「戻る」 brings back what was ended.
    const intent = readIntent(ctx, input as Exclude<TurnInput, { kind: 'start' }>, locale, false);
    turn = new Turn(ctx, parsed.state, locale);
    if (intent.command === 'undo' && turn.undo.length > 0) {
      turn.done = false;
      undo(turn);
    } else if (intent.command === 'more' && turn.undo.length > 0) {
      // 「ほかのも見たい」 after a job was chosen: the search comes back with its next page.
      turn.done = false;
      undo(turn);
      if (questionIs(turn.question, 'results')) showNextPage(turn);
    } else if (intent.command === 'help') {
      help(turn);
    } else if (intent.edit !== null) {
      // 「条件を変えたい」 after the goodbye: the same search, one wish changed, not a new conversation.
      turn.done = false;
      respond(turn, intent);
    } else {
      stayClosed(turn, intent.command === 'stop');
    }
  } else if (parsed.status === 'new' || parsed.status === 'reset' || parsed.state.done) {
    turn = new Turn(ctx, freshState(locale, parsed.state.n), locale);
    if (parsed.status === 'reset') turn.say('state.reset');
    greet(turn);
    // A first message can already say a lot (「渋谷でカフェ」); a bare 「はい」 just gets the first question.
    const intent = readIntent(ctx, input as Exclude<TurnInput, { kind: 'start' }>, locale, false, 'area');
    const meaningful = intent.command !== null && FRESH_COMMANDS.has(intent.command);
    if (intent.understood && (hasFacts(intent) || meaningful)) respond(turn, intent);
  } else {
    turn = new Turn(ctx, parsed.state, locale);
    if (parsed.status === 'migrated') turn.say('state.migrated');
    // Only 「最初から探しなおしますか？」 offers something; 「これがいい」 to the results must stay a yes.
    const afterOffer = questionIs(turn.question, 'startOver');
    const question = questionKindOf(turn.question);
    const subject = questionSubjectOf(turn.question);
    const read = input as Exclude<TurnInput, { kind: 'start' }>;
    respond(turn, readIntent(ctx, read, locale, afterOffer, question, subject));
  }
  turn.localeFixed = fixed;
  if (!turn.settled && !turn.done) decideNext(turn);
  // A first message that already moved past the area question is logged as what it asked, not as a greeting.
  if (turn.act === 'greet' && !questionIs(turn.question, 'area')) turn.act = undefined;
  return { reply: buildReply(turn), state: turn.toState() };
}

/**
 * Something the dialogue cannot read (a sticker, an intent soudan does not handle): say so and ask the open
 * question again, without its jobs. Nothing is recorded: the stored state comes back as it was (a conversation
 * that did not exist yet starts with the greeting).
 */
function unsupported(
  ctx: DialogueContext,
  parsed: ParsedState,
  locale: Locale,
  what: UnsupportedInput,
): TurnResult {
  const known = parsed.status === 'ok' || parsed.status === 'migrated';
  const turn = new Turn(ctx, known ? parsed.state : freshState(locale, parsed.state.n), locale);
  turn.say(what === 'request' ? 'unsupported.request' : 'unsupported.media');
  if (!known) greet(turn);
  turn.act = 'unsupported';
  const reply = { ...buildReply(turn), jobs: [], matches: [], cards: [] };
  return { reply, state: known ? parsed.state : turn.toState() };
}

/** After the goodbye, what starts a new search: a restart, or new wishes (「大阪でカフェ」). */
function startsAgain(ctx: DialogueContext, input: TurnInput, locale: Locale): boolean {
  if (input.kind === 'start') return true;
  const intent = readIntent(ctx, input, locale, false);
  return intent.command === 'restart' || hasFacts(intent);
}

function greet(turn: Turn): void {
  turn.say('greet');
  turn.question = { kind: 'area' };
  turn.act = 'greet';
}
