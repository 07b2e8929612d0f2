import { parseState, type DialogueState, type OpenTuple, type Reply, type TurnInput } from '../dialogue';
import type { QuestionKind } from '../dialogue/types';
import type { EventBase, ExperimentEvent, ShownJob } from './events';

/** Everything about the event but its own fields: who, where, when, which arm. */
export type EventStamp = Omit<EventBase, 'event'>;

export interface DerivedTurn {
  readonly input: TurnInput;
  /** Dialogue state before (undefined: no conversation stored) and after the turn. */
  readonly before: unknown;
  readonly after: unknown;
  readonly reply: Reply;
  readonly turn: number;
}

/** Acts that leave the open question as it was: no answer was given. */
const NOT_AN_ANSWER = new Set(['clarify', 'help', 'repeat', 'undo', 'restart', 'unsupported']);

/**
 * The one place a turn becomes events: conversation started, question asked and answered, results shown (with
 * positions and match kind), job chosen, conversation ended. Read from the turn's input, the neutral reply and
 * the dialogue state around it; nothing the user typed is kept.
 */
export function deriveTurnEvents(turn: DerivedTurn, stamp: EventStamp): ExperimentEvent[] {
  const { input, reply } = turn;
  const before: DialogueState | null = turn.before === undefined ? null : parseState(turn.before).state;
  const after = parseState(turn.after).state;
  const events: ExperimentEvent[] = [];
  const n = turn.turn;
  if (before === null || input.kind === 'start') events.push({ ...stamp, event: 'conversation_started' });

  const previous = before === null || before.done ? null : before.q;
  const asked = questionOf(previous);
  if (asked !== null && answered(input, reply, previous, after)) {
    events.push({
      ...stamp,
      event: 'question_answered',
      questionKind: asked.kind,
      questionId: asked.id,
      turn: n,
    });
  }
  const open = reply.question;
  if (open !== null && open.kind !== 'results' && (input.kind === 'start' || !sameTuple(previous, after.q))) {
    events.push({ ...stamp, event: 'question_asked', questionKind: open.kind, questionId: open.id, turn: n });
  }
  const chosen = reply.done && reply.act === 'goodbye' && reply.jobs.length === 1;
  if (open?.kind === 'results' && reply.jobs.length > 0) {
    const jobs = reply.jobs.map((job, i): ShownJob => ({
      listing: job.id,
      position: after.pg + i + 1,
      match: reply.matches[i] ?? 'related',
    }));
    const exact = jobs.filter((j) => j.match === 'exact').length;
    events.push({ ...stamp, event: 'results_shown', turn: n, shown: jobs.length, exact, jobs });
  }
  if (chosen) {
    const listing = reply.jobs[0]!.id;
    events.push({ ...stamp, event: 'job_chosen', listing, match: reply.matches[0] ?? 'related', turn: n });
  }
  if (reply.done && !(before?.done ?? false)) {
    events.push({ ...stamp, event: 'conversation_ended', reason: chosen ? 'chosen' : 'goodbye', turn: n });
  }
  return events;
}

function answered(input: TurnInput, reply: Reply, previous: OpenTuple | null, after: DialogueState): boolean {
  if (input.kind === 'start') return false;
  if (input.kind === 'postback' && input.value.startsWith('cmd:')) return false;
  if (NOT_AN_ANSWER.has(reply.act)) return false;
  // An answer moves the conversation on: another question, results, or the end.
  return after.done || !sameTuple(previous, after.q);
}

function sameTuple(a: OpenTuple | null, b: OpenTuple | null): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** The open question as the reply names it (kind and catalogue id); results and none are no question here. */
function questionOf(
  q: OpenTuple | null,
): { kind: Exclude<QuestionKind, 'results'>; id: string | null } | null {
  switch (q?.[0]) {
    case 'a':
    case 'p':
      return { kind: 'area', id: null };
    case 'w':
      return { kind: 'jobType', id: null };
    case 't':
      return { kind: 'jobType', id: q[1] };
    case 'c':
      return { kind: 'condition', id: q[1] };
    default:
      return null;
  }
}
