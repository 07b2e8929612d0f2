import { parseState } from './parse-state';
import { takeTurn } from './take-turn';
import { smallContext } from './testing/dialogue-fixture';
import stored from './testing/stored-states-v1.json';
import type { TurnInput } from './types';

/**
 * States written by the code before the named views over the stored form (the open question, the answers, the
 * undo marks) were added, with what that code did next. Sessions in the store outlive a deploy, so a state
 * written before a change must read back unchanged and go on exactly as it would have.
 */
interface Step {
  readonly input: TurnInput;
  readonly state: unknown;
  readonly reply: unknown;
}
interface Snapshot {
  readonly name: string;
  readonly stored: unknown;
  readonly continuations: readonly Step[];
  readonly undoWalk: readonly unknown[];
}

const snapshots = stored as unknown as readonly Snapshot[];
const ctx = smallContext({ resultsPerPage: 2 }, 'seed');
const roundTrip = (v: unknown): unknown => JSON.parse(JSON.stringify(v));

function replyView(reply: ReturnType<typeof takeTurn>['reply']): unknown {
  const { act, question, done, action } = reply;
  return roundTrip({
    act,
    question,
    done,
    action,
    text: reply.messages.map((m) => m.text),
    buttons: reply.suggestions.map((s) => s.postback),
    jobs: reply.jobs.map((j) => j.id),
  });
}

describe.each(snapshots.map((s) => [s.name, s] as const))('a stored state (%s)', (_name, snapshot) => {
  it('reads back unchanged', () => {
    // Same fields and values; parseState puts the optional fields last, as it always has.
    const parsed = parseState(roundTrip(snapshot.stored));
    expect(parsed.status).toBe('ok');
    expect(parsed.state).toEqual(snapshot.stored);
  });

  it.each(snapshot.continuations.map((step) => [JSON.stringify(step.input), step] as const))(
    'continues as before after %s',
    (_input, step) => {
      const { state, reply } = takeTurn(ctx, roundTrip(snapshot.stored), step.input);
      expect(roundTrip(state)).toEqual(step.state);
      expect(JSON.stringify(state)).toBe(JSON.stringify(step.state));
      expect(replyView(reply)).toEqual(step.reply);
    },
  );

  it('walks its undo history back as before', () => {
    let state: unknown = roundTrip(snapshot.stored);
    const walk = snapshot.undoWalk.map(() => {
      const r = takeTurn(ctx, state, { kind: 'postback', value: 'cmd:undo' });
      state = roundTrip(r.state);
      return roundTrip({
        state,
        act: r.reply.act,
        question: r.reply.question,
        jobs: r.reply.jobs.map((j) => j.id),
      });
    });
    expect(walk).toEqual(snapshot.undoWalk);
  });
});
