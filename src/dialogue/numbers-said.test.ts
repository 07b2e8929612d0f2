import { statedConstraints } from './constraints';
import { Conversation, smallContext, textOf } from './testing/dialogue-fixture';

describe('a message with numbers', () => {
  it('is taken with what else it says; the wage becomes a stated minimum, days a wish', () => {
    const c = new Conversation(smallContext({}, 'in-order'));
    c.start();
    const reply = c.say('東京で、時給千二百円以上、週3くらい、10時から14時、日払いがいい');
    expect(reply.question?.kind).toBe('jobType');
    expect(c.current.a).toEqual(['東京都']);
    expect(c.current.ans).toContainEqual(['c', 'daily-pay', 0, 1]);
    expect(c.current.ans).toContainEqual(['c', 'wage:hour:1200', 0, 1]);
    // 週3 maps onto the bundled catalogue's conditions only (see numbers-as-conditions.test.ts): none here.
    expect(c.current.ans).toHaveLength(2);
    expect(textOf(reply)).toMatch(/時給1,200円以上/u);
  });

  it('settles the 高時給 question: a stated minimum is the answer to it (p24-17)', () => {
    const asked = (opening: string): (string | null)[] => {
      const c = new Conversation(smallContext({ questionBudget: 8 }, 'in-order'));
      c.start();
      c.say(opening);
      c.say('なんでもいい');
      const ids: (string | null)[] = [];
      while (c.last.question?.kind === 'condition' || c.last.question?.kind === 'jobType') {
        ids.push(c.last.question.id);
        // Not わからない: two of those in a row end the questions.
        c.say('いいえ');
      }
      return ids;
    };
    // The in-order strategy asks every condition it may: 高時給 among them, unless a wage was said.
    expect(asked('東京で')).toContain('high-wage');
    expect(asked('東京で時給1300円以上')).not.toContain('high-wage');
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

describe('a stated minimum wage', () => {
  it('keeps every exact match at or above it, and says when a related job pays less', () => {
    const c = new Conversation(smallContext({ resultsPerPage: 5, questionBudget: 1 }, 'in-order'));
    c.start();
    c.say('渋谷でカフェ、時給1400円以上');
    while (c.last.act !== 'showResults') c.say('わからない');
    const stated = statedConstraints({ a: c.current.a, ans: c.current.ans });
    expect(stated.wageMin).toEqual({ amount: 1400, per: 'hour' });
    const exact = c.last.jobs.filter((_, i) => c.last.matches[i] === 'exact');
    expect(exact.length).toBeGreaterThan(0);
    // From the start of the range: 「1,300〜1,500円」 is no match for 「1,400円以上」.
    for (const job of exact) expect(job.wage!.min).toBeGreaterThanOrEqual(1400);
    const lower = c.last.jobs.filter((j, i) => c.last.matches[i] === 'related' && j.wage!.min < 1400);
    if (lower.length > 0) expect(textOf(c.last)).toContain('ご希望のお給料より低めです');
  });

  it('never calls a job paid by another unit lower: 月給 asked, hourly jobs say they are hourly', () => {
    const c = new Conversation(smallContext({ resultsPerPage: 5, questionBudget: 1 }, 'in-order'));
    c.start();
    c.say('渋谷でカフェ、月給18万以上');
    while (c.last.act !== 'showResults') c.say('わからない');
    expect(statedConstraints({ a: c.current.a, ans: c.current.ans }).wageMin).toEqual({
      amount: 180000,
      per: 'month',
    });
    // The small catalogue pays by the hour only: nothing is an exact match, and no job is called lower.
    expect(c.last.matches).not.toContain('exact');
    expect(c.last.jobs.length).toBeGreaterThan(0);
    expect(textOf(c.last)).not.toContain('低め');
    // Said once for the page when several jobs share it (p25-34), else after the job.
    expect(textOf(c.last)).toContain('月給ではなく時給');
    // …and what that comes to a month, with its assumption, so the user need not do the sum (p21-46).
    for (const [i, job] of c.last.jobs.entries()) {
      const monthly = Math.round((job.wage!.min * 160) / 1000) * 1000;
      expect(c.last.messages.map((m) => m.text).join('\n')).toContain(
        `1日8時間・月20日働くと月${monthly.toLocaleString('en-US')}円ほど`,
      );
      expect(c.last.cards[i]!.misses.map((m) => m.text).join('')).toContain('月給ではなく時給');
    }
  });

  it('is replaced by the latest one said, and taken back by undo', () => {
    const c = new Conversation(smallContext({}, 'in-order'));
    c.start();
    c.say('東京で時給1500円以上');
    c.say('やっぱり時給1200円でいい');
    expect(statedConstraints({ a: c.current.a, ans: c.current.ans }).wageMin).toEqual({
      amount: 1200,
      per: 'hour',
    });
    c.say('戻る');
    expect(statedConstraints({ a: c.current.a, ans: c.current.ans }).wageMin).toEqual({
      amount: 1500,
      per: 'hour',
    });
  });
});
