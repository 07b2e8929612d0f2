import { takeTurn } from './take-turn';
import { jobPostback, SAVED_LIST_POSTBACK } from './postbacks';
import { Conversation, smallContext, textOf } from './testing/dialogue-fixture';
import type { DialogueState } from './state';

/** A conversation at its first page of results. */
function atResults(): Conversation {
  const c = new Conversation(smallContext({ questionBudget: 1 }, 'in-order'));
  c.start();
  c.say('どこでもいい');
  c.say('なんでもいい');
  c.say('はい');
  expect(c.last.act).toBe('showResults');
  expect(c.last.jobs.length).toBeGreaterThanOrEqual(2);
  return c;
}

describe('result cards', () => {
  it('come one per job, numbered as the list, with the words a card shows', () => {
    const c = atResults();
    const reply = c.last;
    expect(reply.cards.map((card) => card.id)).toEqual(reply.jobs.map((j) => j.id));
    expect(reply.cards.map((card) => card.index)).toEqual(reply.jobs.map((_, i) => i + 1));
    for (const card of reply.cards) {
      expect(card.why.text).not.toBe('');
      expect(card.area?.text ?? '').not.toMatch(/\s/u);
    }
    // The numbered list is marked, so that channels with cards leave it out.
    expect(reply.messages.filter((m) => m.role === 'jobList')).toHaveLength(1);
  });
});

describe('per-job actions', () => {
  it('choosing the second job by its button records that choice and names it', () => {
    const c = atResults();
    const second = c.last.jobs[1]!;
    const reply = c.tap(jobPostback('choose', second.id));
    expect(reply.action).toEqual({ kind: 'chosen', id: second.id });
    expect(reply.jobs.map((j) => j.id)).toEqual([second.id]);
    expect(textOf(reply)).toContain(second.title);
  });

  it('「2番目にする」 records the same choice as the button', () => {
    const c = atResults();
    const second = c.last.jobs[1]!;
    expect(c.say('2番目にする').action).toEqual({ kind: 'chosen', id: second.id });
  });

  it('「2番目を詳しく」 tells that job alone, keeps the question open, and 「それにする」 chooses it', () => {
    const c = atResults();
    const second = c.last.jobs[1]!;
    const details = c.say('2番目を詳しく');
    expect(details.act).toBe('details');
    expect(details.jobs.map((j) => j.id)).toEqual([second.id]);
    // Still number 2 on its card, as in the list it came from.
    expect(details.cards.map((card) => card.index)).toEqual([2]);
    expect(details.question?.kind).toBe('results');
    expect(details.messages.some((m) => m.role === 'jobList' && m.text.includes(second.title))).toBe(true);
    expect(details.action).toBeNull();
    expect(c.say('それにする').action).toEqual({ kind: 'chosen', id: second.id });
  });

  it('「それにする」 still means the job whose details were shown after asking for help or a repeat', () => {
    for (const between of ['ヘルプ', 'もう一回言って']) {
      const c = atResults();
      const second = c.last.jobs[1]!;
      c.say('2番目を詳しく');
      c.say(between);
      expect(c.say('それにする').action).toEqual({ kind: 'chosen', id: second.id });
    }
  });

  it("「戻る」 from one job's details shows the page it was picked from again, then the page before", () => {
    const c = atResults();
    const first = c.last.jobs.map((j) => j.id);
    const next = c.say('ほかのも見たい');
    const second = next.jobs.map((j) => j.id);
    expect(second).not.toEqual(first);
    c.say('2番目を詳しく');
    // Details after details: still one step from the page.
    expect(c.say('1番目を詳しく').jobs.map((j) => j.id)).toEqual([second[0]]);
    const back = c.say('戻る');
    expect(back.act).toBe('undo');
    expect(back.question?.kind).toBe('results');
    expect(back.jobs.map((j) => j.id)).toEqual(second);
    expect(c.say('戻る').jobs.map((j) => j.id)).toEqual(first);
  });

  it('「これがいい」 with several shown asks which, with a choose button per job, not the yes/no question again', () => {
    const c = atResults();
    const reply = c.say('これがいい');
    expect(reply.act).toBe('clarify');
    expect(reply.action).toBeNull();
    expect(textOf(reply)).not.toMatch(/ありましたか|ありますか/u);
    const choose = reply.suggestions.filter((s) => s.postback.startsWith('job:choose:'));
    expect(choose.map((s) => s.label)).toEqual(c.last.jobs.map((_, i) => `${i + 1}番`));
    const chosen = c.tap(choose[1]!.postback);
    expect(chosen.act).toBe('goodbye');
    expect(chosen.action).toEqual({ kind: 'chosen', id: c.current.shown[1] });
  });

  it('with one job shown, the question names no numbers, and a yes takes that job and says which', () => {
    const c = new Conversation(smallContext({ questionBudget: 1, resultsPerPage: 1 }, 'in-order'));
    c.start();
    c.say('どこでもいい');
    c.say('なんでもいい');
    const shown = c.say('はい');
    expect(shown.jobs).toHaveLength(1);
    expect(textOf(shown)).not.toMatch(/2番目/u);
    const yes = c.say('ええで');
    expect(yes.action).toEqual({ kind: 'chosen', id: shown.jobs[0]!.id });
  });

  it('saving asks the runner to save, says so, and keeps the results question', () => {
    const c = atResults();
    const first = c.last.jobs[0]!;
    const reply = c.tap(jobPostback('save', first.id));
    expect(reply.action).toEqual({ kind: 'save', id: first.id });
    expect(textOf(reply)).toContain('保存しました');
    expect(reply.question?.kind).toBe('results');
    expect(c.say('3番目を保存').action).toEqual({ kind: 'save', id: c.replies.at(-3)!.jobs[2]!.id });
  });

  it('the saved list is asked for, then shown from what the runner read; empty is said honestly', () => {
    const c = atResults();
    const before = c.state;
    const ask = c.say('保存したお仕事を見せて');
    expect(ask.action).toEqual({ kind: 'listSaved' });
    const ids = (before as DialogueState).shown.slice(0, 2);
    const shown = takeTurn(
      c.ctx,
      before,
      { kind: 'text', text: '保存したお仕事を見せて' },
      // A saved job the catalogue no longer has is left out, and not counted.
      { saved: [...ids, 'gone-from-catalogue'] },
    );
    expect(shown.reply.jobs.map((j) => j.id)).toEqual(ids);
    expect(textOf(shown.reply)).toContain('保存したお仕事は2件です');
    expect(shown.reply.action).toBeNull();
    const none = takeTurn(c.ctx, before, { kind: 'postback', value: SAVED_LIST_POSTBACK }, { saved: [] });
    expect(textOf(none.reply)).toContain('まだありません');
    expect(none.reply.jobs).toEqual([]);
  });

  it('a position that is not there, or a stale button, is said so and nothing is recorded', () => {
    const c = atResults();
    const answers = c.current.ans.length;
    const far = c.say('9番目を詳しく');
    expect(far.act).toBe('clarify');
    expect(far.action).toBeNull();
    const stale = c.tap(jobPostback('save', 'no-such-listing'));
    expect(stale.action).toBeNull();
    expect(textOf(stale)).toContain('見つかりませんでした');
    expect(c.current.ans.length).toBe(answers);
  });
});
