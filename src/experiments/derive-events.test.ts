import { takeTurn, type TurnInput } from '../dialogue';
import { smallContext } from '../dialogue/testing/dialogue-fixture';
import { deriveTurnEvents, type EventStamp } from './derive-events';
import type { ExperimentEvent } from './events';

const STAMP: EventStamp = {
  at: '2026-12-03T00:00:00.000Z',
  user: 'u',
  conversation: 'c',
  channel: 'web',
  experiment: 'budget',
  variant: 'b',
};

/** Runs the real dialogue (small catalogue, questions in catalogue order) and derives each turn's events. */
function play(inputs: readonly TurnInput[]): Array<Array<Record<string, unknown>>> {
  const ctx = smallContext({ questionBudget: 2 }, 'in-order');
  let state: unknown = undefined;
  return inputs.map((input, i) => {
    const { state: after, reply } = takeTurn(ctx, state, input);
    const events = deriveTurnEvents({ input, before: state, after, reply, turn: i + 1 }, STAMP);
    state = JSON.parse(JSON.stringify(after));
    return events.map(strip);
  });
}

function strip(event: ExperimentEvent): Record<string, unknown> {
  const { at, user, conversation, channel, experiment, variant, ...rest } = event;
  expect({ at, user, conversation, channel, experiment, variant }).toEqual(STAMP);
  return rest;
}

const text = (t: string): TurnInput => ({ kind: 'text', text: t });
const tap = (value: string): TurnInput => ({ kind: 'postback', value });
const jobs = (from: number, to: number) =>
  Array.from({ length: to - from + 1 }, (_, i) => ({
    listing: `L${String(from + i).padStart(6, '0')}`,
    position: from + i,
    match: 'exact',
  }));

describe('deriveTurnEvents', () => {
  it('follows a conversation from start to a chosen job', () => {
    const turns = play([
      { kind: 'start' },
      tap('area:any'),
      text('なんでもいい'),
      tap('yes'),
      tap('no'),
      tap('cmd:more'),
      text('2番目がいい'),
      text('ありがとう'),
    ]);
    expect(turns).toEqual([
      [
        { event: 'conversation_started' },
        { event: 'question_asked', questionKind: 'area', questionId: null, turn: 1 },
      ],
      [
        { event: 'question_answered', questionKind: 'area', questionId: null, turn: 2 },
        { event: 'question_asked', questionKind: 'jobType', questionId: null, turn: 2 },
      ],
      [
        { event: 'question_answered', questionKind: 'jobType', questionId: null, turn: 3 },
        { event: 'question_asked', questionKind: 'jobType', questionId: 'cafe', turn: 3 },
      ],
      [
        { event: 'question_answered', questionKind: 'jobType', questionId: 'cafe', turn: 4 },
        { event: 'question_asked', questionKind: 'jobType', questionId: 'konbini', turn: 4 },
      ],
      [
        { event: 'question_answered', questionKind: 'jobType', questionId: 'konbini', turn: 5 },
        { event: 'results_shown', turn: 5, shown: 5, exact: 5, jobs: jobs(1, 5) },
      ],
      // The second page goes on counting positions from the first.
      [{ event: 'results_shown', turn: 6, shown: 5, exact: 5, jobs: jobs(6, 10) }],
      [
        { event: 'job_chosen', listing: 'L000007', match: 'exact', turn: 7 },
        { event: 'conversation_ended', reason: 'chosen', turn: 7 },
      ],
      // Words after the goodbye end nothing again.
      [],
    ]);
  });

  it('counts no answer for help, a reply it could not use or a repeat, and ends on a stop', () => {
    const turns = play([
      { kind: 'start' },
      tap('cmd:help'),
      text('ｗｗｗｗ'),
      tap('cmd:repeat'),
      tap('cmd:stop'),
    ]);
    expect(turns.slice(1)).toEqual([
      [],
      [],
      [],
      [{ event: 'conversation_ended', reason: 'goodbye', turn: 5 }],
    ]);
  });

  it('starts a conversation when a text arrives with nothing stored', () => {
    const [first] = play([text('カフェ')]);
    expect(first![0]).toEqual({ event: 'conversation_started' });
  });
});
