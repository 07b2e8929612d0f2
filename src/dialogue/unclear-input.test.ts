import { Conversation, smallContext, textOf } from './testing/dialogue-fixture';
import type { Reply } from './types';

/** act and open question in one line: 'askJobType jobType/cafe'. */
const step = (r: Reply) => `${r.act} ${r.question ? `${r.question.kind}/${r.question.id ?? '-'}` : '-'}`;
const postbacks = (r: Reply) => r.suggestions.map((s) => s.postback);

/** The in-order strategy after 「渋谷」: the kind-of-work question (「やってみたいお仕事の種類はありますか？」). */
function atWork(): Conversation {
  const c = new Conversation(smallContext({}, 'in-order'));
  c.start();
  expect(step(c.say('渋谷'))).toBe('askJobType jobType/-');
  return c;
}

/** The same, one step on: 「カフェのお仕事に興味はありますか？」 is open. */
function atCafe(): Conversation {
  const c = atWork();
  expect(step(c.say('なんでもいい'))).toBe('askJobType jobType/cafe');
  return c;
}

describe('a yes/no-phrased open question takes yes and no', () => {
  it('「いいえ」 to 「やってみたいお仕事の種類はありますか？」 moves on, recording nothing', () => {
    const c = atWork();
    const reply = c.say('いいえ');
    expect(step(reply)).toBe('askJobType jobType/cafe');
    expect(c.current.ans).toEqual([]);
    expect(c.current.a).toEqual(['東京都', '渋谷区']);
  });

  it('「特にないです」 does the same', () => {
    const c = atWork();
    expect(step(c.say('特にないです'))).toBe('askJobType jobType/cafe');
    expect(c.current.ans).toEqual([]);
  });

  it('「はい」 asks which one, with the buttons; the name then counts', () => {
    const c = atWork();
    const which = c.say('はい');
    expect(step(which)).toBe('clarify jobType/-');
    expect(textOf(which)).toMatch(/どんなお仕事ですか/u);
    expect(postbacks(which)).toContain('type:cafe');
    expect(postbacks(which)).toContain('cmd:skip');
    expect(c.current.ans).toEqual([]);

    const named = c.say('居酒屋がいい');
    expect(step(named)).toBe('askJobType jobType/cafe');
    expect(c.current.ans).toEqual([['t', 'izakaya', 0, 1]]);
  });

  it('a refusal said the way people say it is stored as a refusal', () => {
    const c = atWork();
    expect(step(c.say('居酒屋だけは無理'))).toBe('askJobType jobType/cafe');
    expect(c.current.ans).toEqual([['t', 'izakaya', 4, 1]]);
    c.say('コンビニはいいけどカフェはいや');
    expect(c.current.ans).toEqual([
      ['t', 'izakaya', 4, 1],
      ['t', 'cafe', 4],
      ['t', 'konbini', 0, 1],
    ]);
  });
});

describe('no question loops', () => {
  it('asks twice, then offers buttons and a way to skip, and the skip moves on', () => {
    const c = atCafe();
    const first = c.say('ふがふが');
    expect(step(first)).toBe('clarify jobType/cafe');
    expect(postbacks(first)).not.toContain('cmd:skip');
    expect(textOf(first)).not.toMatch(/スキップ/u);
    expect(c.current.miss).toBe(1);

    const second = c.say('ほげほげ');
    expect(step(second)).toBe('clarify jobType/cafe');
    expect(postbacks(second)).toEqual(['yes', 'probablyYes', 'dontKnow', 'no', 'cmd:skip', 'cmd:undo']);
    expect(textOf(second)).toMatch(/スキップ/u);
    expect(c.current.miss).toBe(2);

    const third = c.say('ぴよぴよ');
    expect(postbacks(third)).toContain('cmd:skip');
    expect(c.current.ans).toEqual([]);

    const on = c.tap('cmd:skip');
    expect(step(on)).toBe('askJobType jobType/konbini');
    expect(c.current.miss).toBeUndefined();
  });

  it('an answer in between starts the count again', () => {
    const c = atCafe();
    c.say('ふがふが');
    expect(step(c.say('はい'))).toBe('askJobType jobType/konbini');
    expect(c.current.miss).toBeUndefined();
    const again = c.say('ふがふが');
    expect(postbacks(again)).not.toContain('cmd:skip');
  });

  it('the work question also says how to move on from the second miss', () => {
    const c = atWork();
    expect(textOf(c.say('ふがふが'))).not.toMatch(/スキップ/u);
    const second = c.say('ほげほげ');
    expect(textOf(second)).toMatch(/スキップ/u);
    expect(postbacks(second)).toContain('cmd:skip');
    expect(step(c.say('スキップ'))).toBe('askJobType jobType/cafe');
  });
});

describe('a command that is also an answer is asked back', () => {
  it('「もういい」 to a yes/no question: stop or no? nothing is recorded until the user says', () => {
    const c = atCafe();
    const asked = c.say('もういい');
    expect(step(asked)).toBe('clarify jobType/cafe');
    expect(asked.done).toBe(false);
    expect(textOf(asked)).toMatch(/終わりにしますか/u);
    expect(asked.suggestions).toEqual([
      { label: '終わる', postback: 'cmd:stop' },
      { label: 'いいえ', postback: 'no' },
    ]);
    expect(c.current.ans).toEqual([]);

    expect(step(c.tap('no'))).toBe('askJobType jobType/konbini');
    expect(c.current.ans).toEqual([['t', 'cafe', 4]]);
  });

  it('the other button ends the conversation', () => {
    const c = atCafe();
    c.say('もういいです');
    const bye = c.tap('cmd:stop');
    expect(bye.done).toBe(true);
    expect(c.current.ans).toEqual([]);
  });

  it('where both readings do the same, the command is taken at once', () => {
    const c = atCafe();
    // 「スキップ」 is the skip command and わからない alike: no need to ask.
    expect(step(c.say('スキップ'))).toBe('askJobType jobType/konbini');
    expect(c.current.ans).toEqual([['t', 'cafe', 2]]);
  });
});

describe('commands in natural phrasing, in a conversation', () => {
  it('restart, undo and stop said as people say them', () => {
    const c = atCafe();
    expect(step(c.say('はい'))).toBe('askJobType jobType/konbini');
    const back = c.say('さっきのに戻して');
    expect(step(back)).toBe('undo jobType/cafe');
    expect(c.current.ans).toEqual([]);

    expect(step(c.say('最初からやり直したいです'))).toBe('restart area/-');
    expect(c.current.a).toBeNull();

    const bye = c.say('もう疲れたからやめる');
    expect(bye.done).toBe(true);
  });

  it('「ほかにないの？」 to the results shows the next page, 「どれも違う」 rejects them', () => {
    const c = new Conversation(smallContext({ resultsPerPage: 2, questionBudget: 1 }, 'in-order'));
    c.start();
    c.say('東京');
    c.say('なんでもいい');
    expect(step(c.say('はい'))).toBe('showResults results/-');
    const first = c.last.jobs.map((j) => j.id);
    const more = c.say('ほかにないの？');
    expect(more.act).toBe('showResults');
    expect(more.jobs.some((j) => first.includes(j.id))).toBe(false);
    c.say('どれもしっくりこんね');
    expect(c.current.rej).toEqual(expect.arrayContaining(first));
  });
});

describe('「近所で」 to the area question', () => {
  it('asks for the nearest station or town, saying why, and never claims a place was given', () => {
    const c = new Conversation(smallContext({}, 'in-order'));
    c.start();
    const reply = c.say('近所でできる仕事ないかな');
    expect(step(reply)).toBe('clarify area/-');
    expect(textOf(reply)).toContain('最寄りの駅か市区町村の名前');
    expect(textOf(reply)).not.toContain('もう一度');
    expect(c.current.a).toBeNull();
    // A second try still gets buttons and a way on.
    expect(postbacks(c.say('家の近く'))).not.toEqual([]);
  });

  it('keeps what else was said and asks where home is', () => {
    const c = new Conversation(smallContext({}, 'in-order'));
    c.start();
    const reply = c.say('近所で日払いの仕事ないやろか');
    expect(step(reply)).toBe('askArea area/-');
    expect(textOf(reply)).toContain('最寄りの駅か市区町村の名前');
    expect(c.current.ans.map((a) => a[1])).toContain('daily-pay');
  });
});

describe('「バイト探してます」 to the area question', () => {
  it('is welcomed the first time, not apologised for, and asked back like any unusable reply after that', () => {
    const c = new Conversation(smallContext({}, 'in-order'));
    c.start();
    const first = c.say('なんか仕事ないですかね');
    expect(step(first)).toBe('clarify area/-');
    expect(textOf(first)).not.toMatch(/ごめんなさい|すみません/u);
    expect(textOf(first)).toMatch(/どのあたり|どの地域|場所/u);
    expect(c.current.a).toBeNull();
    // Said again, it is an unusable reply: an apology, buttons and a way on, never a second welcome.
    const second = c.say('バイト探してます');
    expect(textOf(second)).toMatch(/ごめんなさい|すみません/u);
    expect(postbacks(second)).not.toEqual([]);
  });

  it('asks the question once: the apology says what went wrong, the question follows', () => {
    const c = new Conversation(smallContext({}, 'in-order'));
    c.start();
    const reply = c.say('ぴよぴよ');
    expect(step(reply)).toBe('clarify area/-');
    const questions = textOf(reply).match(/[？?]/gu) ?? [];
    expect(questions).toHaveLength(1);
  });
});
