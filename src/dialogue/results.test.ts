import { Conversation, smallContext, textOf } from './testing/dialogue-fixture';
import type { Reply } from './types';

const ids = (r: Reply) => r.jobs.map((j) => j.id);

describe('question budget', () => {
  it.each([1, 3, 8])('shows results after %d questions at the latest', (budget) => {
    // The in-order strategy would ask all 8 attributes: only the budget stops it.
    const c = new Conversation(smallContext({ questionBudget: budget }, 'in-order'));
    c.start();
    c.say('どこでもいい');
    c.say('なんでもいい');
    let questions = 0;
    while (c.last.act === 'askJobType' || c.last.act === 'askCondition') {
      questions++;
      c.say(questions % 2 === 0 ? 'はい' : 'いいえ');
    }
    expect(questions).toBe(budget);
    expect(c.last.act).toBe('showResults');
  });

  it('stops asking after two わからない in a row and shows what there is', () => {
    const c = new Conversation(smallContext({ questionBudget: 8 }, 'in-order'));
    c.start();
    c.say('どこでもいい');
    c.say('なんでもいい');
    c.say('はい');
    c.say('わからない');
    expect(c.last.act).toBe('askJobType');
    const reply = c.say('わからない');
    expect(reply.act).toBe('showResults');
    expect(textOf(reply)).toMatch(/ここまでのお話|質問はこのくらい|いったん今の条件/u);
    // Nothing is recorded beyond what was said: two わからない, one はい.
    expect(c.current.ans.map((t) => t[2])).toEqual([0, 2, 2]);
  });

  it('says how many questions are left near the end', () => {
    const c = new Conversation(smallContext({ questionBudget: 4 }, 'in-order'));
    c.start();
    c.say('どこでもいい');
    const first = c.say('なんでもいい');
    expect(textOf(first)).not.toMatch(/あと|最後/u);
    expect(textOf(c.say('はい'))).not.toMatch(/あと|最後/u);
    expect(textOf(c.say('はい'))).toMatch(/あと2問/u);
    expect(textOf(c.say('はい'))).toMatch(/最後|あとひとつ/u);
    expect(c.say('はい').act).toBe('showResults');
  });

  it('counts again after a round of results was turned down', () => {
    const c = new Conversation(smallContext({ questionBudget: 2 }, 'in-order'));
    c.start();
    c.say('どこでもいい');
    c.say('なんでもいい');
    c.say('はい');
    c.say('はい');
    expect(c.last.act).toBe('showResults');
    c.say('どれも違う');
    expect(c.last.act).toBe('askJobType');
    expect(c.current.asked).toBe(0);
    c.say('いいえ');
    expect(c.say('いいえ').act).toBe('showResults');
  });
});

describe('results', () => {
  function showing(perPage = 2): Conversation {
    const c = new Conversation(smallContext({ resultsPerPage: perPage, questionBudget: 1 }, 'in-order'));
    c.start();
    c.say('東京');
    c.say('なんでもいい');
    c.say('わからない');
    expect(c.last.act).toBe('showResults');
    return c;
  }

  it('lists the jobs with wage and place, reads three aloud', () => {
    const c = showing(5);
    const reply = c.last;
    expect(reply.jobs).toHaveLength(5);
    expect(reply.question).toEqual({ kind: 'results', id: null, label: 'お仕事の候補' });
    const list = reply.messages[1]!;
    expect(list.text.split('\n').filter((l) => /^\d\. /u.test(l))).toHaveLength(5);
    expect(list.text).toContain('時給1,200〜1,500円');
    expect(list.speech).toContain('時給1200円から。');
    expect(list.speech).toContain('3件目');
    expect(list.speech).not.toContain('4件目');
    expect(list.speech).toContain('ほかにも2件');
  });

  it.each(['ほかのも見たい', 'cmd:more'])('%s shows the next ones', (input) => {
    const c = showing();
    const first = ids(c.last);
    const next = input.startsWith('cmd:') ? c.tap(input) : c.say(input);
    expect(next.act).toBe('showResults');
    expect(ids(next)).toHaveLength(2);
    expect(ids(next).some((id) => first.includes(id))).toBe(false);
    expect(c.current.shown).toEqual([...first, ...ids(next)]);
    expect(c.current.rej).toEqual([]);
  });

  it('says so when there are no more to show', () => {
    const c = showing(5);
    for (let i = 0; i < 5; i++) c.say('ほかのも見たい');
    const reply = c.last;
    expect(reply.act).toBe('showResults');
    // About what the bot can offer as close to the wishes, never a claim about the whole catalogue.
    expect(textOf(reply)).toMatch(/ここまで|お見せしきり/u);
    expect(reply.question?.kind).toBe('results');
    // No list follows: the question is about the jobs shown before, not 「この中に」.
    expect(textOf(reply)).not.toMatch(/この中|これらの/u);
    expect(textOf(reply)).toMatch(/さきほど|これまで/u);
  });

  it.each(['どれも違う', 'いいえ', 'cmd:noneFit'])(
    '%s rejects every job shown and the questions go on',
    (input) => {
      const c = showing();
      c.say('ほかのも見たい');
      const shown = c.current.shown;
      const reply = input.startsWith('cmd:') ? c.tap(input) : c.say(input);
      expect(c.current.rej).toEqual(shown);
      expect(reply.messages[0]!.text).toMatch(/ほかのお仕事|別のお仕事|引き続き/u);
      expect(reply.act).toBe('askJobType');
    },
  );

  it.each(['はい', 'これがいい', 'yes'])(
    '%s with several jobs shown asks which, and a number ends happily',
    (input) => {
      const c = showing();
      expect(c.last.jobs.length).toBeGreaterThan(1);
      const asked = input === 'yes' ? c.tap(input) : c.say(input);
      expect(asked.act).toBe('clarify');
      expect(asked.done).toBe(false);
      expect(asked.messages[0]!.text).toMatch(/どのお仕事|どれが気になり/u);
      const second = c.last.jobs[1]!;
      const reply = c.say('2番目');
      expect(reply.act).toBe('goodbye');
      expect(reply.done).toBe(true);
      expect(reply.jobs.map((j) => j.id)).toEqual([second.id]);
    },
  );

  it('new wishes at the results start a new round without rejecting', () => {
    const c = showing();
    c.say('日払いがいい');
    expect(c.current.rej).toEqual([]);
    expect(c.current.ans).toContainEqual(['c', 'daily-pay', 0, 1]);
  });

  it('says when nothing meets a stated condition, and what each related job lacks', () => {
    const c = new Conversation(smallContext({ resultsPerPage: 5 }));
    c.start();
    // No job in 東京都府中市 pays daily.
    const reply = c.say('府中市で日払いがいい');
    expect(reply.act).toBe('askArea');
    c.tap('area:東京都/府中市');
    expect(c.last.question).toMatchObject({ kind: 'jobType', id: null });
    c.say('なんでもいい');
    expect(c.last.act).toBe('showResults');
    expect(c.last.messages[0]!.text).toMatch(/条件にすべて合うお仕事は(ありません|見つかりません)/u);
    expect(c.last.matches.every((m) => m === 'related')).toBe(true);
    // Nearest first: the same wish in another place, or the place without the wish, never both broken.
    const list = c.last.messages[1]!.text;
    expect(list).toMatch(/ご希望の場所の外です|日払いOKではありません/u);
    for (const job of c.last.jobs) {
      const inFuchu = job.area?.municipality === '府中市' && job.area.prefecture === '東京都';
      expect(inFuchu || job.conditionIds.includes('daily-pay')).toBe(true);
    }
  });
});

describe('what a first page of related jobs says about itself', () => {
  it.each(['府中町でカフェ、土日', '府中町でコンビニ、高時給'])(
    'says once that the jobs miss a wish, not again that they are close: %s',
    (opening) => {
      const c = new Conversation(smallContext({ resultsPerPage: 5, questionBudget: 1 }));
      c.start();
      c.say(opening);
      for (let i = 0; i < 4 && c.last.act !== 'showResults'; i++) c.say('わからない');
      const text = textOf(c.last);
      expect(text).toMatch(/どれも.+ではありません。|ではありませんが/u);
      expect(text).not.toMatch(/近いお仕事を\d+件|一部ちがうお仕事/u);
    },
  );

  it('told the work is searched anywhere, shows that work first, however far (p22-42): 広島市でレストラン、日払い', () => {
    const c = new Conversation(smallContext({ resultsPerPage: 5, questionBudget: 1 }));
    c.start();
    c.say('広島市でレストラン、日払い');
    for (let i = 0; i < 4 && c.last.act !== 'showResults'; i++) c.say('わからない');
    const text = textOf(c.last);
    expect(text).toMatch(/地域を問わず探しますね/u);
    expect(text).not.toMatch(/レストランではありませんが/u);
    expect(c.last.jobs.slice(0, 4).map((j) => j.jobTypeIds)).toEqual([
      ['restaurant'],
      ['restaurant'],
      ['restaurant'],
      ['restaurant'],
    ]);
  });
});

describe('when every job was turned down', () => {
  function exhausted(): Conversation {
    const c = new Conversation(smallContext({ resultsPerPage: 5, questionBudget: 1 }));
    c.start();
    c.say('どこでもいい');
    for (let i = 0; i < 20 && c.last.act !== 'noResults'; i++) {
      c.say(c.last.act === 'showResults' ? 'どれも違う' : 'わからない');
    }
    return c;
  }

  it('says so and offers to start over', () => {
    const c = exhausted();
    const reply = c.last;
    expect(reply.act).toBe('noResults');
    expect(reply.jobs).toEqual([]);
    expect(reply.question).toBeNull();
    expect(c.current.rej).toHaveLength(22);
    // Any of the three wordings: the extra turn of the kind-of-work question moves the variant picked.
    expect(textOf(reply)).toMatch(/全部|すべて|これ以上/u);
    expect(textOf(reply)).toMatch(/最初から|はじめから/u);
    expect(reply.suggestions.map((s) => s.postback)).toEqual(['cmd:restart', 'cmd:stop']);
  });

  it('with nothing ever shown, says nothing was found (not that everything was shown)', () => {
    const c = new Conversation(smallContext({ resultsPerPage: 5, questionBudget: 1 }));
    c.start();
    // No work asked for, two kinds refused: nothing in or near 広島市 lacks only one or two things.
    c.say('広島市で、カフェと居酒屋以外、土日で高時給');
    for (let i = 0; i < 5 && c.last.act !== 'noResults' && c.last.act !== 'showResults'; i++)
      c.say('わからない');
    expect(c.last.act).toBe('noResults');
    expect(c.replies.some((r) => r.jobs.length > 0)).toBe(false);
    expect(textOf(c.last)).toMatch(/見つかりませんでした/u);
    expect(textOf(c.last)).not.toMatch(/全部|すべて|これ以上/u);
  });

  it('with the work asked for nowhere near, shows it further away, each job saying all it lacks', () => {
    const c = new Conversation(smallContext({ resultsPerPage: 5, questionBudget: 1 }));
    c.start();
    c.say('広島市でレストラン、日払いで土日で高時給で週2');
    for (let i = 0; i < 5 && c.last.act !== 'noResults' && c.last.act !== 'showResults'; i++)
      c.say('わからない');
    expect(c.last.act).toBe('showResults');
    // Nothing in or near 広島市; the restaurants in 渋谷区 and 大阪市, fewest differences first.
    expect(c.last.jobs.map((j) => j.title)).toEqual([
      'レストランスタッフ',
      '大阪のレストラン',
      '大阪のレストラン（土日）',
    ]);
    expect(c.last.matches).toEqual(['related', 'related', 'related']);
    const said = textOf(c.last);
    expect(said).toMatch(/地域を問わず/u);
    // What none of them has is said once, above the list (p24-48 heard it after each of ten jobs).
    expect(said).toMatch(/どれも日払いOKではありません/u);
    expect(said).toMatch(/東京都渋谷区（ご希望の場所の外です）\n/u);
    expect(said).toMatch(/大阪府大阪市（ご希望の場所の外です）（土日のみOKのお仕事ではありません）/u);
    expect(said.match(/日払いOKのお仕事ではありません/gu)).toBeNull();
    // Each card still says all it lacks: a card stands alone.
    expect(c.last.cards[0]!.misses.map((m) => m.text).join()).toMatch(/日払いOK/u);
  });

  it('thanks alone after results is a goodbye, not a request to pick', () => {
    const c = new Conversation(smallContext({ resultsPerPage: 5, questionBudget: 1 }));
    c.start();
    c.say('どこでもいい');
    for (let i = 0; i < 5 && c.last.act !== 'showResults'; i++) c.say('わからない');
    const thanks = c.say('ありがとう');
    expect(thanks.act).toBe('goodbye');
    expect(thanks.done).toBe(true);
  });

  it('thanks to the offer to start over is a goodbye, not a question asked again', () => {
    const thanks = exhausted().say('ありがとう');
    expect(thanks.act).toBe('goodbye');
    expect(thanks.done).toBe(true);
    // Not knowing whether to search again ends politely too, with a way to start again.
    const unsure = exhausted().say('わからないです');
    expect(unsure.act).toBe('goodbye');
    expect(unsure.suggestions.map((s) => s.postback)).toContain('cmd:restart');
  });

  it('yes starts over, no says goodbye', () => {
    const yes = exhausted().say('はい');
    expect(yes.act).toBe('restart');
    expect(yes.question?.kind).toBe('area');
    const no = exhausted().say('いいえ');
    expect(no.act).toBe('goodbye');
    expect(no.done).toBe(true);
  });
});

describe('after results', () => {
  function showing(): Conversation {
    const c = new Conversation(smallContext({ resultsPerPage: 4, questionBudget: 1 }, 'in-order'));
    c.start();
    c.say('東京');
    c.say('なんでもいい');
    c.say('わからない');
    expect(c.last.act).toBe('showResults');
    return c;
  }

  it.each([
    ['2番目がいい', 1],
    ['二番目のにします', 1],
    ['最後のやつ', 3],
    ['the third one', 2],
    // A bare number after a numbered list, and English digit ordinals, as people type them.
    ['3', 2],
    ['２で', 1],
    ['the 2nd one', 1],
  ])('「%s」 chooses that job, names it and ends happily', (text, index) => {
    const c = showing();
    const page = c.last.jobs.map((j) => j.id);
    const reply = c.say(text);
    expect(reply.act).toBe('goodbye');
    expect(reply.jobs.map((j) => j.id)).toEqual([page[index]]);
    expect(textOf(reply)).toContain(c.last.jobs[0]!.title);
    expect(c.current.done).toBe(true);
  });

  it('「戻る」 after choosing brings the results back', () => {
    const c = showing();
    const page = c.last.jobs.map((j) => j.id);
    c.say('1番目がいい');
    const back = c.say('戻る');
    expect(back.act).toBe('undo');
    expect(back.question?.kind).toBe('results');
    expect(back.jobs.map((j) => j.id)).toEqual(page);
    expect(c.current.done).toBe(false);
    // Back to a list, not to a question.
    expect(textOf(back)).toContain('一覧に戻ります');
    expect(textOf(back)).not.toContain('質問に戻ります');
  });

  it('「ほかのも見たい」 after choosing brings the search back with its next page', () => {
    const c = showing();
    const page = c.last.jobs.map((j) => j.id);
    c.say('1番目がいい');
    const more = c.say('ほかのも見たい');
    expect(more.act).toBe('showResults');
    expect(more.jobs.length).toBeGreaterThan(0);
    expect(more.jobs.some((j) => page.includes(j.id))).toBe(false);
    expect(c.current.done).toBe(false);
  });

  it('after the goodbye, a word that is no thanks is told the search has ended, not thanked', () => {
    const c = showing();
    c.say('1番目がいい');
    const reply = c.say('こんにちは');
    expect(c.current.done).toBe(true);
    expect(textOf(reply)).toContain('終わっています');
    expect(textOf(reply)).not.toMatch(/ありがとう|どういたしまして/u);
  });

  it('a position past the page is not a choice', () => {
    const c = showing();
    expect(c.say('9番目').act).toBe('clarify');
  });
});

describe('what was hoped for comes first', () => {
  it('after 「…を先にお見せしますね」 or a yes when asked, the matches that have it lead the page', () => {
    const c = new Conversation(smallContext({ questionBudget: 8 }, 'in-order'));
    c.start();
    c.say('渋谷でカフェ');
    const asked: string[] = [];
    while (c.last.act === 'askCondition' || c.last.act === 'askJobType') {
      const text = c.last.messages.at(-1)?.text ?? '';
      asked.push(text);
      c.say(/時給/u.test(text) ? 'はい' : 'いいえ');
    }
    expect(asked.some((q) => /時給/u.test(q))).toBe(true);
    const shown = c.last.jobs;
    expect(shown[0]?.title).toBe('カフェスタッフ／高時給');
  });
});
