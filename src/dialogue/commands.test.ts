import { Conversation, smallContext, textOf } from './testing/dialogue-fixture';
import type { Reply } from './types';

const step = (r: Reply) => `${r.act} ${r.question ? `${r.question.kind}/${r.question.id ?? '-'}` : '-'}`;

/** Area anywhere, any kind of work, cafe yes; the konbini question is open. */
function midway(): Conversation {
  const c = new Conversation(smallContext({}, 'in-order'));
  c.start();
  c.say('どこでもいい');
  c.say('なんでもいい');
  c.say('はい');
  expect(step(c.last)).toBe('askJobType jobType/konbini');
  return c;
}

describe('commands, at any point', () => {
  it.each(['最初から', 'cmd:restart'])(
    '%s starts over: everything forgotten, the area asked again',
    (input) => {
      const c = midway();
      const reply = input.startsWith('cmd:') ? c.tap(input) : c.say(input);
      expect(step(reply)).toBe('restart area/-');
      expect(reply.messages[0]!.text).toMatch(/最初から|はじめから/u);
      expect(c.current).toMatchObject({ a: null, ans: [], rej: [], asked: 0, undo: [], done: false });
    },
  );

  it.each(['戻る', 'やっぱり', 'cmd:undo'])(
    '%s takes back the last answer and asks that question again',
    (input) => {
      const c = midway();
      const reply = input.startsWith('cmd:') ? c.tap(input) : c.say(input);
      expect(step(reply)).toBe('undo jobType/cafe');
      expect(reply.messages[0]!.text).toMatch(/戻り|戻る|ひとつ/u);
      expect(c.current.ans).toEqual([]);
      expect(c.current.asked).toBe(0);
    },
  );

  it('undo goes back step by step to the area question, then says it cannot go further', () => {
    const c = midway();
    c.say('戻る');
    expect(step(c.say('戻る'))).toBe('undo jobType/-');
    expect(c.current.a).toBe('*');
    expect(step(c.say('戻る'))).toBe('undo area/-');
    expect(c.current.a).toBeNull();
    const stuck = c.say('戻る');
    expect(step(stuck)).toBe('undo area/-');
    expect(stuck.messages[0]!.text).toMatch(/戻れ/u);
  });

  it('undo after results brings the last question back and forgets the rejection', () => {
    const c = new Conversation(smallContext({ questionBudget: 1 }, 'in-order'));
    c.start();
    c.say('大阪府');
    c.say('なんでもいい');
    c.say('はい'); // cafe, the one question of the budget
    expect(c.last.act).toBe('showResults');
    const shown = c.last.jobs.map((j) => j.id);
    c.say('どれも違う');
    expect(c.current.rej).toEqual(shown);
    c.say('戻る');
    expect(step(c.last)).toBe('undo results/-');
    expect(c.last.jobs.map((j) => j.id)).toEqual(shown);
    expect(c.current.rej).toEqual([]);
    c.say('戻る');
    expect(step(c.last)).toBe('undo jobType/cafe');
  });

  it.each(['もう一回', 'え？', 'cmd:repeat'])(
    '%s repeats the open question without changing anything',
    (input) => {
      const c = midway();
      const before = c.current;
      const reply = input.startsWith('cmd:') ? c.tap(input) : c.say(input);
      expect(step(reply)).toBe('repeat jobType/konbini');
      expect(reply.messages.at(-1)!.text).toContain('コンビニ');
      expect({ ...c.current, n: 0 }).toEqual({ ...before, n: 0 });
    },
  );

  it('repeat at the results reads the jobs again', () => {
    const c = new Conversation(smallContext());
    c.start();
    c.say('大阪府');
    c.say('なんでもいい');
    const shown = c.last.jobs;
    const again = c.say('もう一回');
    expect(step(again)).toBe('repeat results/-');
    expect(again.jobs).toEqual(shown);
    expect(textOf(again)).toContain('大阪のレストラン');
  });

  it.each(['ヘルプ', 'cmd:help'])('%s explains the commands and asks again', (input) => {
    const c = midway();
    const reply = input.startsWith('cmd:') ? c.tap(input) : c.say(input);
    expect(step(reply)).toBe('help jobType/konbini');
    expect(reply.messages[0]!.text).toContain('戻る');
  });

  it('help fits the step: the area, the work, a yes/no question, the results, one job told in full', () => {
    const c = new Conversation(smallContext({ resultsPerPage: 3 }, 'in-order'));
    c.start();
    const helped = (expected: string) => {
      const reply = c.tap('cmd:help');
      expect(reply.act).toBe('help');
      expect(reply.messages[0]!.text).toBe(c.ctx.renderer.message('ja', expected as never).text);
      return reply;
    };
    expect(step(helped('help.area'))).toBe('help area/-');
    c.say('どこでもいい');
    expect(step(helped('help.work'))).toBe('help jobType/-');
    c.say('なんでもいい');
    expect(step(helped('help.yesNo'))).toBe('help jobType/cafe');
    for (let i = 0; i < 10 && c.last.question?.kind !== 'results'; i++) c.say('はい');
    expect(step(helped('help.results'))).toBe('help results/-');
    c.say('2番目を詳しく');
    expect(step(helped('help.details'))).toBe('help results/-');
  });

  it.each(['終わり', 'ストップ', 'cmd:stop'])('%s ends politely', (input) => {
    const c = midway();
    const reply = input.startsWith('cmd:') ? c.tap(input) : c.say(input);
    expect(step(reply)).toBe('goodbye -');
    expect(reply.done).toBe(true);
    expect(reply.messages[0]!.text).toMatch(/終わり|ここまで/u);
    expect(reply.suggestions).toEqual([{ label: '最初から', postback: 'cmd:restart' }]);
  });

  it('after the end, a closing stays closed until the user starts again', () => {
    const c = midway();
    c.say('終わり');
    // A closing stays closed: 「はい」 or 「ありがとう」 after the goodbye gets a goodbye, and a new search is offered.
    for (const text of ['はい', 'ありがとう']) {
      const reply = c.say(text);
      expect(step(reply)).toBe('goodbye -');
      expect(reply.suggestions.map((s) => s.postback)).toEqual(['cmd:restart']);
      expect(c.current.done).toBe(true);
    }
    const again = c.say('最初から');
    expect(step(again)).toBe('greet area/-');
    expect(c.current).toMatchObject({ done: false, ans: [], a: null });
  });

  it('ほかのも見たい during the questions shows results now', () => {
    const c = midway();
    expect(step(c.say('ほかのも見たい'))).toBe('showResults results/-');
  });

  it.each(['ほかのも見せてや', 'とりあえず仕事見せて'])(
    '「%s」 to a yes/no question shows results and records no answer',
    (text) => {
      const c = midway();
      const before = c.current.ans.length;
      expect(step(c.say(text))).toBe('showResults results/-');
      expect(c.current.ans).toHaveLength(before);
    },
  );
});
