import { statedConstraints } from './constraints';
import { Conversation, smallContext, textOf } from './testing/dialogue-fixture';

function atResults(): Conversation {
  const c = new Conversation(smallContext({ resultsPerPage: 5, questionBudget: 1 }, 'in-order'));
  c.start();
  c.say('渋谷でカフェ、日払いがいい');
  for (let i = 0; i < 6 && c.last.act !== 'showResults'; i++) c.say('わからない');
  expect(c.last.act).toBe('showResults');
  return c;
}

const stated = (c: Conversation) => statedConstraints({ a: c.current.a, ans: c.current.ans });

describe('changing one condition without starting over', () => {
  it('「条件を変えたい」 shows what the search holds, with a button per wish, and changes nothing', () => {
    const c = atResults();
    const before = c.current.ans.length;
    const reply = c.say('条件を変えたい');
    expect(textOf(reply)).toMatch(/東京都渋谷区.*カフェ.*日払い/u);
    const labels = reply.suggestions.map((s) => s.label);
    expect(labels).toEqual(
      expect.arrayContaining(['場所を変える', 'カフェを外す', '日払いOKを外す', 'このまま見る']),
    );
    expect(c.current.ans).toHaveLength(before);
  });

  it('taking one wish out keeps the others and searches again', () => {
    const c = atResults();
    c.say('条件を変えたい');
    const drop = c.last.suggestions.find((s) => s.label === '日払いOKを外す')!;
    const reply = c.tap(drop.postback);
    expect(textOf(reply)).toMatch(/日払い.*(外して|こだわらず)/u);
    const now = stated(c);
    expect([...now.requiredConditions]).toEqual([]);
    expect([...now.wantedTypes]).toEqual(['cafe']);
    expect(now.area).toEqual(['東京都', '渋谷区']);
  });

  it.each(['時給はこだわらない', '給料はいくらでもいいです', "pay doesn't matter"])(
    '「%s」 takes the wage minimum out and keeps the rest',
    (text) => {
      const c = new Conversation(smallContext({ resultsPerPage: 5, questionBudget: 1 }, 'in-order'));
      c.start();
      c.say('渋谷でカフェ、時給1500円以上');
      for (let i = 0; i < 6 && c.last.act !== 'showResults'; i++) c.say('わからない');
      c.say('条件を変えたい');
      expect(stated(c).wageMin).toEqual({ amount: 1500, per: 'hour' });
      c.say(text);
      expect(stated(c).wageMin).toBeNull();
      expect([...stated(c).wantedTypes]).toEqual(['cafe']);
      expect(textOf(c.last)).toMatch(
        /(1,500円.*(外して|こだわらず)|removed "at least ¥1,500|taken out “at least ¥1,500)/u,
      );
    },
  );

  it('changing the place asks for it again and keeps the rest', () => {
    const c = atResults();
    c.tap('edit');
    const reply = c.tap('edit:area');
    expect(reply.act).toBe('askArea');
    c.say('新宿');
    expect(c.current.a).toEqual(['東京都', '新宿区']);
    expect([...stated(c).wantedTypes]).toEqual(['cafe']);
  });

  it('a wage wish can be taken out, and a forged drop is not understood', () => {
    const c = new Conversation(smallContext({ resultsPerPage: 5, questionBudget: 1 }, 'in-order'));
    c.start();
    c.say('渋谷で時給1200円以上');
    expect(stated(c).wageMin).toEqual({ amount: 1200, per: 'hour' });
    c.tap('drop:c:wage:hour:1200');
    expect(stated(c).wageMin).toBeNull();
    expect(c.tap('drop:c:no-such-condition').act).toBe('clarify');
  });

  it('「日払いは外して」 takes a wish said before out, and refuses nothing', () => {
    const c = atResults();
    const reply = c.say('日払いは外して');
    expect(textOf(reply)).toMatch(/日払い.*(外して|こだわらず)/u);
    expect([...stated(c).requiredConditions]).toEqual([]);
    expect([...stated(c).excludedConditions]).toEqual([]);
    // Something never wished for is refused as before.
    c.say('居酒屋は外して');
    expect([...stated(c).unwantedTypes]).toEqual(['izakaya']);
  });

  it('after the goodbye, 「条件を変えたい」 offers the same buttons', () => {
    const c = atResults();
    c.say('1番目がいい');
    expect(c.last.done).toBe(true);
    const reply = c.say('やっぱり条件を変えたい');
    expect(reply.done).toBe(false);
    expect(reply.suggestions.map((s) => s.label)).toContain('場所を変える');
  });
});
