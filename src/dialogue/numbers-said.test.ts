import { Conversation, smallContext } from './testing/dialogue-fixture';

// The dialogue does not use numbers yet (wage, days, hours, times): a message full of them must still go on.
describe('a message with numbers', () => {
  it('is taken like any other message, with what else it says', () => {
    const c = new Conversation(smallContext({}, 'in-order'));
    c.start();
    const reply = c.say('東京で、時給千二百円以上、週3くらい、10時から14時、日払いがいい');
    expect(reply.question?.kind).toBe('jobType');
    expect(c.current.a).toEqual(['東京都']);
    expect(c.current.ans).toContainEqual(['c', 'daily-pay', 0, 1]);
  });

  it('is not taken as an answer it does not give', () => {
    const c = new Conversation(smallContext({}, 'in-order'));
    c.start();
    c.say('東京');
    const before = c.current.ans.length;
    const reply = c.say('17:00-22:00');
    expect(c.current.ans).toHaveLength(before);
    expect(reply.question).not.toBeNull();
  });
});
