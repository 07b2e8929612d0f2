import { Conversation, smallContext, textOf } from './testing/dialogue-fixture';
import type { Reply } from './types';

/** act and open question in one line: 'askJobType jobType/konbini'. */
const step = (r: Reply) => `${r.act} ${r.question ? `${r.question.kind}/${r.question.id ?? '-'}` : '-'}`;
const ids = (r: Reply) => r.jobs.map((j) => j.id);

describe('whole dialogues', () => {
  it('seed: the questions its co-view model picks, results, more, a rejection, a happy end', () => {
    const c = new Conversation(smallContext({ resultsPerPage: 2 }, 'seed'));
    const hello = c.start();
    expect(step(hello)).toBe('greet area/-');
    expect(hello.question).toEqual({ kind: 'area', id: null, label: '働く場所' });
    expect(hello.messages).toHaveLength(2);
    expect(hello.messages[0]!.text).toContain('そうだん');
    expect(hello.suggestions.map((s) => s.postback)).toEqual(['area:any', 'cmd:help']);

    const area = c.say('東京');
    expect(step(area)).toBe('askJobType jobType/-');
    expect(area.messages[0]!.text).toContain('東京都');

    expect(step(c.say('なんでもいい'))).toBe('askJobType jobType/cafe');
    expect(c.last.question).toEqual({ kind: 'jobType', id: 'cafe', label: 'カフェ' });
    expect(c.last.suggestions.map((s) => s.postback)).toEqual([
      'yes',
      'probablyYes',
      'dontKnow',
      'no',
      'cmd:undo',
    ]);
    expect(c.last.suggestions.map((s) => s.label)).toEqual([
      'はい',
      'たぶん',
      'わからない',
      'いいえ',
      'もどる',
    ]);

    expect(step(c.say('はい'))).toBe('askCondition condition/high-wage');
    expect(step(c.say('いいえ'))).toBe('askCondition condition/weekends');
    expect(step(c.say('わからない'))).toBe('askCondition condition/short-days');
    expect(c.current.ans).toEqual([
      ['t', 'cafe', 0],
      ['c', 'high-wage', 4],
      ['c', 'weekends', 2],
    ]);

    const results = c.say('はい');
    expect(step(results)).toBe('showResults results/-');
    expect(results.jobs).toHaveLength(2);
    for (const job of results.jobs) {
      expect(job).toBe(c.ctx.lookup.listings.get(job.id));
      expect(job).toMatchObject({ jobTypeIds: ['cafe'], area: { prefecture: '東京都' } });
      expect(job.conditionIds).toContain('short-days');
      expect(job.conditionIds).not.toContain('high-wage');
    }
    // The area is stated (東京都): the reply counts every job in it, not only the page.
    expect(textOf(results)).toMatch(/条件に合うお仕事は\d+件あります。まずは2件/u);
    expect(results.matches).toEqual(['exact', 'exact']);
    expect(results.suggestions.map((s) => s.postback)).toEqual([
      'yes',
      'cmd:more',
      'cmd:noneFit',
      'edit',
      'cmd:undo',
    ]);

    const first = ids(results);
    const more = c.say('ほかのも見たい');
    expect(step(more)).toBe('showResults results/-');
    expect(ids(more).some((id) => first.includes(id))).toBe(false);

    const after = c.say('どれも違う');
    expect(c.current.rej).toEqual([...first, ...ids(more)]);
    expect(['showResults results/-', 'askCondition condition/daily-pay']).toContain(step(after));

    const bye = c.say(after.act === 'showResults' ? '1番目がいい' : 'はい');
    if (bye.act !== 'goodbye') expect(step(c.say('1番目がいい'))).toBe('goodbye -');
    expect(c.last.done).toBe(true);
    expect(c.current.done).toBe(true);
  });

  it('the default strategy: volunteered facts, questions within the budget, results in the area', () => {
    const c = new Conversation(smallContext({ resultsPerPage: 2, questionBudget: 4 }));
    c.start();
    c.say('渋谷でカフェ、日払いがいい');
    const asked = new Set(['jobType/cafe', 'condition/daily-pay']);
    let questions = 0;
    while (c.last.act === 'askJobType' || c.last.act === 'askCondition') {
      const q = c.last.question!;
      expect(asked.has(`${q.kind}/${q.id}`)).toBe(false);
      expect(
        q.kind === 'jobType' ? c.ctx.lookup.jobTypes.has(q.id!) : c.ctx.lookup.conditions.has(q.id!),
      ).toBe(true);
      asked.add(`${q.kind}/${q.id}`);
      questions++;
      c.say('わからない');
    }
    expect(questions).toBeLessThanOrEqual(4);
    expect(step(c.last)).toBe('showResults results/-');
    expect(c.last.jobs.every((j) => j.area?.municipality === '渋谷区')).toBe(true);
    expect(step(c.say('これがいい'))).toBe('goodbye -');
  });

  it('the same inputs give the same replies (no clock, no randomness)', () => {
    const run = () => {
      const c = new Conversation(smallContext({ resultsPerPage: 2 }));
      c.start();
      for (const t of [
        '渋谷',
        'なんでもいい',
        'はい',
        'たぶん',
        'どれも違う',
        'いいえ',
        '戻る',
        'ほかのも見たい',
      ])
        c.say(t);
      return { replies: c.replies, state: c.state };
    };
    expect(run()).toEqual(run());
  });
});

describe('answers', () => {
  const atKonbini = () => {
    const c = new Conversation(smallContext({}, 'in-order'));
    c.start();
    c.say('どこでもいい');
    c.say('なんでもいい');
    c.say('はい'); // cafe
    expect(c.last.question?.id).toBe('konbini');
    return c;
  };

  it.each([
    ['yes', 0],
    ['probablyYes', 1],
    ['dontKnow', 2],
    ['probablyNo', 3],
    ['no', 4],
  ])('postback %s is recorded with level %d and counts as asked', (postback, code) => {
    const c = atKonbini();
    c.tap(postback);
    expect(c.current.ans.at(-1)).toEqual(['t', 'konbini', code]);
    expect(c.current.asked).toBe(2);
    expect(c.last.question?.id).toBe('restaurant');
  });

  it('acknowledges the answer in words that reflect it', () => {
    const yes = atKonbini().say('はい');
    expect(yes.messages[0]!.text).toMatch(/コンビニ/u);
    const no = atKonbini().say('いいえ');
    expect(no.messages[0]!.text).toMatch(/コンビニ(は外し|以外|はやめ)/u);
    const dunno = atKonbini().say('わからない');
    expect(dunno.messages[0]!.text).toMatch(/こだわらない|ほかの質問|どちらでも/u);
  });

  it('スキップ is a dontKnow answer, typed or tapped', () => {
    const c = atKonbini();
    c.say('スキップ');
    expect(c.current.ans.at(-1)).toEqual(['t', 'konbini', 2]);
    const d = atKonbini();
    d.tap('cmd:skip');
    expect(d.current.ans.at(-1)).toEqual(['t', 'konbini', 2]);
  });

  it('「どこでもいい」 to a yes/no question means either way, not a new area', () => {
    const c = atKonbini();
    c.say('どこでもいい');
    expect(c.current.ans.at(-1)).toEqual(['t', 'konbini', 2]);
    expect(c.current.a).toBe('*');
  });

  it('naming the subject answers it: 「コンビニがいい」 to the konbini question', () => {
    const c = atKonbini();
    c.say('コンビニがいい');
    expect(c.current.ans.at(-1)).toEqual(['t', 'konbini', 0]);
  });

  it('unparseable text and unknown postbacks get a polite clarification that asks again', () => {
    for (const input of [
      { kind: 'text', text: 'ふがふが' },
      { kind: 'postback', value: 'bogus' },
      { kind: 'postback', value: 'cmd:nope' },
      { kind: 'postback', value: 'area:火星県' },
      { kind: 'text', text: '   ' },
    ] as const) {
      const c = atKonbini();
      const before = c.current;
      const reply = c.send(input);
      expect(step(reply)).toBe('clarify jobType/konbini');
      expect(reply.messages[0]!.text).toMatch(/『はい』か『いいえ』/u);
      expect(reply.messages.at(-1)!.text).toContain('コンビニ');
      expect(c.current.ans).toEqual(before.ans);
    }
  });
});

describe('volunteered facts', () => {
  it('「渋谷でカフェ、日払いがいい」 sets the area and adds volunteered yes answers, acknowledged', () => {
    const c = new Conversation(smallContext({}, 'in-order'));
    c.start();
    const reply = c.say('渋谷でカフェ、日払いがいい');
    expect(c.current.a).toEqual(['東京都', '渋谷区']);
    expect(c.current.ans).toEqual([
      ['t', 'cafe', 0, 1],
      ['c', 'daily-pay', 0, 1],
    ]);
    expect(reply.messages[0]!.text).toContain('東京都渋谷区');
    expect(reply.messages[0]!.text).toContain('カフェ、日払いOK');
    // Volunteered facts are not questions: the budget is untouched, and cafe is not asked again.
    expect(c.current.asked).toBe(0);
    expect(step(reply)).toBe('askJobType jobType/konbini');
  });

  it('a negative mention adds a volunteered no', () => {
    const c = new Conversation(smallContext({}, 'in-order'));
    c.start();
    const reply = c.say('居酒屋は嫌');
    expect(c.current.ans).toEqual([['t', 'izakaya', 4, 1]]);
    expect(reply.messages[0]!.text).toMatch(/居酒屋(は外し|は避け|以外|のお仕事は除いて)/u);
    // No area yet: the area question comes again.
    expect(step(reply)).toBe('askArea area/-');
  });

  it('facts given instead of an answer leave the question open', () => {
    const c = new Conversation(smallContext({}, 'in-order'));
    c.start();
    c.say('どこでもいい');
    c.say('なんでもいい');
    expect(c.last.question?.id).toBe('cafe');
    const reply = c.say('日払いがいい');
    expect(c.current.ans).toEqual([['c', 'daily-pay', 0, 1]]);
    expect(c.current.asked).toBe(0);
    expect(step(reply)).toBe('askJobType jobType/cafe');
  });

  it('a first message without start is greeted and taken in', () => {
    const c = new Conversation(smallContext({}, 'in-order'));
    const reply = c.say('新宿でカフェ');
    expect(reply.messages[0]!.text).toContain('そうだん');
    expect(c.current.a).toEqual(['東京都', '新宿区']);
    expect(step(reply)).toBe('askJobType jobType/konbini');
  });
});
