import { Conversation, smallContext, textOf } from './testing/dialogue-fixture';

const STICKER = 'ごめんなさい、スタンプや画像はまだ読めないんです。ボタンを押すか、文字で答えてくださいね。';

describe('an input the dialogue cannot read', () => {
  it('is answered politely with the open question and its buttons again, and changes nothing stored', () => {
    const c = new Conversation(smallContext({ resultsPerPage: 2 }, 'in-order'));
    c.start();
    const asked = c.say('東京');
    const before = c.state;
    const nudge = c.send({ kind: 'unsupported', what: 'media' });
    expect(nudge.act).toBe('unsupported');
    expect(nudge.messages[0]!.text).toBe(STICKER);
    expect(nudge.messages.at(-1)).toEqual(asked.messages.at(-1));
    expect(nudge.reprompt).toEqual(asked.messages.at(-1));
    expect(nudge.question).toEqual(asked.question);
    expect(nudge.suggestions).toEqual(asked.suggestions);
    expect(c.state).toEqual(before);
  });

  it('during results asks the results question again without listing the jobs once more', () => {
    const c = new Conversation(smallContext({ resultsPerPage: 2 }, 'in-order'));
    c.start();
    c.say('東京');
    let reply = c.say('カフェ');
    for (let i = 0; i < 10 && reply.question?.kind !== 'results'; i++) reply = c.say('はい');
    expect(reply.question?.kind).toBe('results');
    const before = c.state;
    const nudge = c.send({ kind: 'unsupported', what: 'request' });
    expect(nudge.messages[0]!.text).toBe('ごめんなさい、それにはまだお応えできないんです。');
    expect(nudge.jobs).toEqual([]);
    expect(nudge.cards).toEqual([]);
    expect(nudge.messages.some((m) => m.role === 'jobList')).toBe(false);
    expect(nudge.question?.kind).toBe('results');
    expect(c.state).toEqual(before);
  });

  it('opens a conversation that did not exist yet with the greeting, after saying so, in the locale asked', () => {
    const c = new Conversation(smallContext({}, 'in-order'));
    const first = c.send({ kind: 'unsupported', what: 'media', locale: 'en' });
    expect(first.question?.kind).toBe('area');
    expect(textOf(first)).toContain("Sorry, I can't read stickers or pictures yet.");
    expect(first.reprompt).toEqual(first.messages.at(-1));
  });

  it('leaves a question-less reply without a reprompt', () => {
    const c = new Conversation(smallContext({}, 'in-order'));
    c.start();
    const bye = c.tap('cmd:stop');
    expect(bye.done).toBe(true);
    expect(bye.reprompt).toBeNull();
  });
});
