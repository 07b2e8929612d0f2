import { Conversation, smallContext, textOf } from './testing/dialogue-fixture';

describe('English', () => {
  it('speaks English throughout a dialogue', () => {
    const c = new Conversation(smallContext({ resultsPerPage: 2 }, 'seed'), 'en');
    const hello = c.start();
    expect(hello.messages[0]!.text).toMatch(/Soudan/u);
    expect(hello.question).toEqual({ kind: 'area', id: null, label: 'Work area' });
    expect(hello.suggestions.map((s) => s.label)).toEqual(['Anywhere', 'Help']);

    const area = c.say('anywhere');
    expect(area.act).toBe('askJobType');
    expect(textOf(area)).toMatch(/won't limit|everywhere|all over Japan/u);
    expect(area.question).toEqual({ kind: 'jobType', id: null, label: 'Kind of work' });
    expect(area.suggestions.map((s) => s.label)).toEqual([
      'Cafe staff',
      'Convenience store staff',
      'Izakaya staff',
      'Restaurant staff',
      'No preference',
      'Back',
    ]);

    const first = c.say('no preference');
    expect(textOf(first)).toMatch(/won't narrow|all kinds|narrow things down/u);
    expect(first.question).toEqual({ kind: 'jobType', id: 'cafe', label: 'Cafe staff' });
    expect(first.messages.at(-1)!.text).toMatch(/cafe staff\?$/u);
    expect(first.suggestions.map((s) => s.label)).toEqual(['Yes', 'Maybe', 'Not sure', 'No', 'Back']);

    expect(c.say('yes').question).toMatchObject({ kind: 'condition', id: 'short-days' });
    expect(c.say('no').question).toMatchObject({ kind: 'condition', id: 'high-wage' });

    const results = c.say('yes');
    expect(results.act).toBe('showResults');
    expect(textOf(results)).toMatch(/I found 2 jobs|2 jobs that could suit you|Here are 2 jobs I'd/u);
    expect(textOf(results)).toMatch(/¥1,\d{3}(–1,\d{3})? an hour/u);
    expect(results.messages[1]!.speech).toMatch(/Number 1\. .*\d{4}( to \d{4})? yen an hour/u);
    expect(results.suggestions.map((s) => s.label)).toEqual([
      'This one!',
      'Show me more',
      'None of these',
      'Change conditions',
      'Back',
    ]);

    const which = c.say('yes');
    expect(textOf(which)).toMatch(/Which one caught your eye/u);
    const bye = c.say('the second one');
    expect(bye.done).toBe(true);
    expect(textOf(bye)).toMatch(/Good luck|glad|Happy to help/u);
    // No Japanese from the locale files: only catalogue data (names, titles, places) may be Japanese.
    const { catalog } = c.ctx;
    const data = [
      ...catalog.jobTypes.map((t) => t.name),
      ...catalog.conditions.map((k) => k.name),
      ...catalog.prefectures.flatMap((p) => [p.name, ...p.municipalities.map((m) => m.name)]),
      ...catalog.listings.flatMap((l) => [l.title, l.company ?? '']),
    ].sort((a, b) => b.length - a.length);
    for (const reply of c.replies) {
      let words = textOf(reply) + reply.suggestions.map((s) => s.label).join(' ');
      for (const d of data) if (d) words = words.split(d).join(' ');
      expect(words).not.toMatch(/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u);
    }
  });

  it("at the results, 'I'll take it' asks which one, and 'details of number two' tells the second", () => {
    const c = new Conversation(smallContext({ resultsPerPage: 3, questionBudget: 1 }, 'in-order'), 'en');
    c.start();
    c.say('Tokyo');
    c.say('no preference');
    for (let i = 0; i < 3 && c.last.act !== 'showResults'; i++) c.say('not sure');
    expect(c.last.act).toBe('showResults');
    const second = c.last.jobs[1]!.id;
    const which = c.say("I'll take it");
    expect(which.suggestions.map((s) => s.label)).toEqual(expect.arrayContaining(['No. 1', 'No. 2']));
    expect(c.current.done).toBe(false);
    const details = c.say('tell me more about number two');
    expect(details.act).toBe('details');
    expect(details.jobs.map((j) => j.id)).toEqual([second]);
  });

  it('follows a locale switch in the middle of a conversation, and keeps it', () => {
    const c = new Conversation(smallContext());
    c.start();
    c.say('どこでもいい');
    c.say('なんでもいい');
    const en = c.send({ kind: 'text', text: 'yes', locale: 'en' });
    expect(textOf(en)).toMatch(/[A-Za-z]{3,}/u);
    expect(c.current.loc).toBe('en');
    expect(textOf(c.send({ kind: 'postback', value: 'cmd:help' }))).toMatch(/details of number 2/u);
  });

  it('English place labels name the prefecture in English', () => {
    const c = new Conversation(smallContext(), 'en');
    c.start();
    const reply = c.say('府中');
    expect(reply.suggestions.map((s) => s.label)).toEqual([
      'Fuchu City, Tokyo',
      'Fuchu City, Hiroshima',
      'Anywhere',
    ]);
  });
});
