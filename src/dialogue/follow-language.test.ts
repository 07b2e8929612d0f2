import { Conversation, smallContext, textOf } from './testing/dialogue-fixture';
import type { Reply } from './types';

const JAPANESE = /[\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Han}]/u;
const words = (reply: Reply): string => textOf(reply) + reply.suggestions.map((s) => s.label).join(' ');

describe('a conversation that named no locale', () => {
  it('answers in the language the user writes in, and follows them back', () => {
    const c = new Conversation(smallContext({}, 'in-order'));
    expect(words(c.start())).toMatch(JAPANESE);

    const area = c.say("I'd like to work in Tokyo please");
    expect(words(area)).not.toMatch(JAPANESE);
    expect(textOf(area)).toMatch(/Tokyo/u);
    expect(c.current.loc).toBe('en');

    const first = c.say('no preference at all');
    expect(first.question).toMatchObject({ kind: 'jobType', id: 'cafe', label: 'Cafe staff' });
    expect(words(first)).not.toMatch(JAPANESE);

    // One word says no language clearly: the conversation stays in English.
    const next = c.say('yes');
    expect(next.question?.kind).toBe('jobType');
    expect(words(next)).not.toMatch(JAPANESE);

    const back = c.say('いいえ、ちがいます');
    expect(textOf(back)).toMatch(JAPANESE);
    expect(c.current.loc).toBe('ja');
  });

  it('greets a first message in English in English', () => {
    const c = new Conversation(smallContext());
    const hello = c.say('Hi, I am looking for a part-time job');
    expect(words(hello)).not.toMatch(JAPANESE);
    expect(hello.question).toMatchObject({ kind: 'area', label: 'Work area' });
  });

  it('keeps a locale the request named, for the whole conversation', () => {
    const c = new Conversation(smallContext());
    c.send({ kind: 'start', locale: 'ja' });
    const area = c.say("I'd like to work in Tokyo please");
    expect(textOf(area)).toMatch(JAPANESE);
    expect(c.current.loc).toBe('ja');
    expect(c.current.lf).toBe(1);

    // Every request of this one names English: Japanese text is understood and answered in English.
    const english = new Conversation(smallContext(), 'en');
    english.start();
    const tokyo = english.say('東京で働きたいです');
    expect(tokyo.question?.kind).toBe('jobType');
    expect(words(tokyo)).not.toMatch(JAPANESE);
  });
});
