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

    // A phrase a learner picked up is understood and answered in English; a sentence switches.
    const phrase = c.say('いいえ、ちがいます');
    expect(phrase.question?.kind).toBe('jobType');
    expect(words(phrase)).not.toMatch(JAPANESE);
    expect(c.current.loc).toBe('en');

    const back = c.say('カフェじゃなくてコンビニで働きたいです');
    expect(textOf(back)).toMatch(JAPANESE);
    expect(c.current.loc).toBe('ja');
  });

  it('answers 「ほかのも見たい」 in English when the conversation is in English (p22-06, -28, -47)', () => {
    const c = new Conversation(smallContext({ resultsPerPage: 2 }, 'in-order'));
    c.start();
    c.say('cafe job in Shibuya please');
    for (let i = 0; i < 6 && c.last.act !== 'showResults'; i++) c.say('no preference');
    expect(c.last.act).toBe('showResults');
    const more = c.say('ほかのも見たい');
    expect(more.act).toBe('showResults');
    expect(more.jobs.length).toBeGreaterThan(0);
    expect(textOf(more).replace(/^\d+\. .*$/gmu, '')).not.toMatch(/[\p{Script=Hiragana}]/u);
    expect(c.current.loc).toBe('en');
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
