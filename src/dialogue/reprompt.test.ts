import { Conversation, smallContext } from './testing/dialogue-fixture';
import type { Reply } from './types';

function results(resultsPerPage: number): { c: Conversation; reply: Reply } {
  const c = new Conversation(smallContext({ resultsPerPage }, 'in-order'));
  c.start();
  c.say('どこでもいい');
  let reply = c.say('なんでもいい');
  for (let i = 0; i < 10 && reply.question?.kind !== 'results'; i++) reply = c.say('はい');
  expect(reply.question?.kind).toBe('results');
  expect(reply.jobs.length).toBe(resultsPerPage);
  return { c, reply };
}

describe('the reprompt (what a speaker says again to a silent user)', () => {
  it('names what one can say to results, and repeats any other question', () => {
    const { c, reply } = results(3);
    expect(reply.reprompt?.speech).toMatch(/2番目を詳しく.*2番目にする.*ほかのも見たい/u);
    const details = c.say('2番目を詳しく');
    expect(details.reprompt).toEqual(details.messages.at(-1));
    const fresh = new Conversation(smallContext({}, 'in-order'));
    const greeting = fresh.start();
    expect(greeting.reprompt).toEqual(greeting.messages.at(-1));
  });

  it('names no number when one job is shown', () => {
    const { reply } = results(1);
    expect(reply.reprompt?.speech).toMatch(/詳しく.*これにする.*ほかのも見たい/u);
    expect(reply.reprompt?.speech).not.toMatch(/2番目/u);
  });
});
