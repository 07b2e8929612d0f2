import type { Condition, Listing } from '../catalog/types';
import { inPlace, meetsConstraints, statedConstraints, unmetConstraints } from './constraints';
import { Conversation, smallContext, textOf } from './testing/dialogue-fixture';
import type { AnswerTuple } from './state';
import { wageWishId } from './wage-wish';
import { buildLexicon } from '../nlu';

const listing = (over: Partial<Listing>): Listing => ({
  id: 'x',
  title: 't',
  jobTypeIds: ['cafe'],
  conditionIds: [],
  url: 'https://example.jp/x',
  ...over,
});

describe('stated constraints', () => {
  it('are what the user volunteered; answers to our questions stay preferences', () => {
    const ans: AnswerTuple[] = [
      ['t', 'cafe', 0, 1],
      ['t', 'izakaya', 4, 1],
      ['c', 'daily-pay', 0, 1],
      ['c', 'weekends', 4, 1],
      ['c', 'high-wage', 4],
      ['c', 'short-days', 0],
    ];
    const c = statedConstraints({ a: ['東京都', '渋谷区'], ans });
    expect([...c.wantedTypes]).toEqual(['cafe']);
    expect([...c.unwantedTypes]).toEqual(['izakaya']);
    expect([...c.requiredConditions]).toEqual(['daily-pay']);
    expect([...c.excludedConditions]).toEqual(['weekends']);
  });

  it('read a listing with what its conditions imply, both ways (深夜 is night work)', () => {
    const groups = [{ kind: 'implies' as const, conditionId: 'late-night', implied: ['night'] }];
    const lateNight = { area: undefined, jobTypeIds: ['izakaya'], conditionIds: ['late-night'] };
    const refused = statedConstraints({ a: null, ans: [['c', 'night', 4, 1]] }, groups);
    expect(unmetConstraints(lateNight, refused)).toEqual([{ kind: 'present', id: 'night' }]);
    // Only what was said is stated: the summary says 夜なし, not 深夜なし.
    expect([...refused.excludedConditions]).toEqual(['night']);
    const wanted = statedConstraints({ a: null, ans: [['c', 'night', 0, 1]] }, groups);
    expect(unmetConstraints(lateNight, wanted)).toEqual([]);
    // Not the reverse: a night job is not thereby a late-night one.
    const wantsLate = statedConstraints({ a: null, ans: [['c', 'late-night', 0, 1]] }, groups);
    expect(unmetConstraints({ ...lateNight, conditionIds: ['night'] }, wantsLate)).toEqual([
      { kind: 'missing', id: 'late-night' },
    ]);
    // Without the groups a listing is read as tagged.
    expect(unmetConstraints(lateNight, statedConstraints({ a: null, ans: [['c', 'night', 0, 1]] }))).toEqual([
      { kind: 'missing', id: 'night' },
    ]);
  });

  it('tell a wage that is lower from one not stated or paid by another unit', () => {
    const c = statedConstraints({ a: null, ans: [['c', 'wage:month:180000', 0, 1]] });
    const hourly = listing({ wage: { unit: 'hour', min: 1500, max: 1500 } });
    expect(unmetConstraints(hourly, c)).toEqual([
      // 1,500 円 × 8 時間 × 20 日, the convention job ads use for a 月収例.
      { kind: 'wage', why: 'unit', paidPer: 'hour', wished: 'month', estimate: 240000 },
    ]);
    expect(unmetConstraints(listing({}), c)).toEqual([{ kind: 'wage', why: 'unstated' }]);
    const monthly = (min: number) => listing({ wage: { unit: 'month', min, max: min + 20000 } });
    expect(unmetConstraints(monthly(170000), c)).toEqual([{ kind: 'wage', why: 'lower' }]);
    expect(unmetConstraints(monthly(180000), c)).toEqual([]);
  });

  it('tell a listing outside the place from one placed too coarsely to tell', () => {
    const c = statedConstraints({ a: ['宮城県', '仙台市 青葉区'], ans: [] });
    const at = (municipality?: string) =>
      listing({ area: { prefecture: '宮城県', ...(municipality ? { municipality } : {}) } });
    expect(unmetConstraints(at('仙台市 青葉区'), c)).toEqual([]);
    expect(unmetConstraints(at('仙台市'), c)).toEqual([{ kind: 'area', unstated: true }]);
    expect(unmetConstraints(at(), c)).toEqual([{ kind: 'area', unstated: true }]);
    expect(unmetConstraints(at('仙台市 泉区'), c)).toEqual([{ kind: 'area' }]);
    expect(unmetConstraints(at('多賀城市'), c)).toEqual([{ kind: 'area' }]);
  });

  it('take the latest word on a subject', () => {
    const ans: AnswerTuple[] = [
      ['t', 'cafe', 0, 1],
      ['t', 'cafe', 4, 1],
    ];
    const c = statedConstraints({ a: null, ans });
    expect(c.wantedTypes.size).toBe(0);
    expect([...c.unwantedTypes]).toEqual(['cafe']);
  });

  it('read a designated city as all its wards, and a ward as itself', () => {
    const ward = listing({ area: { prefecture: '神奈川県', municipality: '横浜市 中区' } });
    expect(inPlace(ward, ['神奈川県', '横浜市'])).toBe(true);
    expect(inPlace(ward, ['神奈川県', '横浜市 中区'])).toBe(true);
    expect(inPlace(ward, ['神奈川県', '横浜市 西区'])).toBe(false);
    expect(inPlace(ward, ['神奈川県'])).toBe(true);
    expect(
      inPlace(listing({ area: { prefecture: '神奈川県', municipality: '横浜市場町' } }), [
        '神奈川県',
        '横浜市',
      ]),
    ).toBe(false);
  });

  it('name every kind of constraint a listing misses', () => {
    const c = statedConstraints({
      a: ['東京都', '渋谷区'],
      ans: [
        ['t', 'cafe', 0, 1],
        ['c', 'daily-pay', 0, 1],
      ],
    });
    const elsewhere = listing({
      jobTypeIds: ['izakaya'],
      area: { prefecture: '大阪府', municipality: '大阪市' },
    });
    expect(unmetConstraints(elsewhere, c)).toEqual([
      { kind: 'area' },
      { kind: 'jobType' },
      { kind: 'missing', id: 'daily-pay' },
    ]);
    const exact = listing({
      conditionIds: ['daily-pay'],
      area: { prefecture: '東京都', municipality: '渋谷区' },
    });
    expect(meetsConstraints(exact, c)).toBe(true);
  });
});

describe('a wage paid in another unit than the wish', () => {
  const wish = statedConstraints({
    a: null,
    ans: [['c', wageWishId({ amount: 200000, per: 'month' }), 0, 1]],
  });
  const hourly = {
    area: undefined,
    jobTypeIds: ['lifeguard'],
    wage: { unit: 'hour' as const, min: 1250, max: 1250 },
  };

  it('is estimated at 20 days a month, said with that assumption', () => {
    expect(unmetConstraints({ ...hourly, conditionIds: [] }, wish)).toEqual([
      { kind: 'wage', why: 'unit', paidPer: 'hour', wished: 'month', estimate: 200000 },
    ]);
  });

  it('is estimated at the 8 weekend days of a month for a job on weekends only (p24-43)', () => {
    expect(unmetConstraints({ ...hourly, conditionIds: ['weekends-only'] }, wish)).toEqual([
      { kind: 'wage', why: 'unit', paidPer: 'hour', wished: 'month', estimate: 80000, weekendsOnly: true },
    ]);
  });
});

describe('results that honour what was said', () => {
  it('lists exact matches first, counts them honestly, and labels the related ones', () => {
    const ctx = smallContext({ resultsPerPage: 5, questionBudget: 1 }, 'in-order');
    const c = new Conversation(ctx);
    c.start();
    // One exact match in the fixture: three cafés in 渋谷区, one of them with 日払い.
    c.say('渋谷でカフェ、日払いがいい');
    while (c.last.act !== 'showResults') c.say('わからない');
    const results = c.last;
    const stated = statedConstraints({ a: c.current.a, ans: c.current.ans });
    const exactInCatalogue = ctx.catalog.listings.filter((l) => meetsConstraints(l, stated));
    expect(exactInCatalogue.length).toBeGreaterThan(0);
    const matches = results.matches;
    expect(matches).toHaveLength(results.jobs.length);
    results.jobs.forEach((job, i) => {
      expect([job.id, meetsConstraints(job, stated)]).toEqual([job.id, matches[i] === 'exact']);
    });
    // The exact ones only, and an offer to widen: the user chooses to see related jobs.
    expect(matches.every((m) => m === 'exact')).toBe(true);
    expect(results.jobs).toHaveLength(exactInCatalogue.length);
    expect(textOf(results)).toMatch(new RegExp(`条件に合うお仕事(は|が)${exactInCatalogue.length}件`, 'u'));
    expect(textOf(results)).toMatch(/ゆるめると|広げて探す/u);
    expect(textOf(results)).not.toMatch(/ぴったり/u);
    const wider = c.say('ほかのも見たい');
    expect(wider.jobs.length).toBeGreaterThan(0);
    expect(wider.matches.every((m) => m === 'related')).toBe(true);
    expect(textOf(wider)).toMatch(/条件と(少し|一部)ちがう/u);
  });

  it('never calls a recommendation a match when nothing was stated', () => {
    const c = new Conversation(smallContext({ resultsPerPage: 3, questionBudget: 1 }, 'in-order'));
    c.start();
    c.say('どこでもいい');
    c.say('なんでもいい');
    while (c.last.act !== 'showResults') c.say('わからない');
    expect(textOf(c.last)).not.toMatch(/条件に合う/u);
    expect(c.last.matches.every((m) => m === 'exact')).toBe(true);
  });

  it('keeps a refused job type out of the matches', () => {
    const ctx = smallContext({ resultsPerPage: 5, questionBudget: 1 }, 'in-order');
    const c = new Conversation(ctx);
    c.start();
    c.say('新宿で、居酒屋以外');
    while (c.last.act !== 'showResults') c.say('わからない');
    c.last.jobs.forEach((job, i) => {
      if (c.last.matches[i] === 'exact') expect(job.jobTypeIds).not.toContain('izakaya');
    });
    expect(c.last.matches[0]).toBe('exact');
  });
});

describe('a category named as such', () => {
  it('「飲食以外」 refuses every job type of the category, acknowledged by its name once', () => {
    const ctx = smallContext({ resultsPerPage: 5, questionBudget: 1 }, 'in-order');
    // The small catalogue has no categories: give its food types one.
    const food = new Set(['cafe', 'restaurant', 'izakaya']);
    const catalog = {
      ...ctx.catalog,
      jobTypes: ctx.catalog.jobTypes.map((t) => (food.has(t.id) ? { ...t, category: 'フード・飲食' } : t)),
    };
    const c = new Conversation({ ...ctx, catalog, lexicon: buildLexicon(catalog) });
    c.start();
    const reply = c.say('新宿で飲食以外');
    const refused = c.current.ans.filter((t) => t[2] === 4).map((t) => t[1]);
    expect(new Set(refused)).toEqual(food);
    const ack = reply.messages[0]!.text;
    expect(ack).toContain('フード・飲食');
    expect(ack).not.toMatch(/カフェ|居酒屋|レストラン/u);
    while (c.last.act !== 'showResults') c.say('わからない');
    c.last.jobs.forEach((job, i) => {
      if (c.last.matches[i] === 'exact') expect(job.jobTypeIds.some((t) => food.has(t))).toBe(false);
    });
  });

  it('「飲食のカフェ」: a wanted type of the category narrows it; the category alone still stands for all', () => {
    const ctx = smallContext({ resultsPerPage: 5, questionBudget: 1 }, 'in-order');
    const food = new Set(['cafe', 'restaurant', 'izakaya']);
    const catalog = {
      ...ctx.catalog,
      jobTypes: ctx.catalog.jobTypes.map((t) => (food.has(t.id) ? { ...t, category: 'フード・飲食' } : t)),
    };
    const wanted = (text: string): string[] => {
      const c = new Conversation({ ...ctx, catalog, lexicon: buildLexicon(catalog) });
      c.start();
      c.say(text);
      return c.current.ans.filter((t) => t[2] === 0).map((t) => t[1]);
    };
    expect(wanted('新宿で飲食のカフェ')).toEqual(['cafe']);
    expect(new Set(wanted('新宿で飲食'))).toEqual(food);
    // A type one is only fine with (「カフェでもいい」) does not narrow the work wished for.
    expect(new Set(wanted('新宿で飲食がいいな。カフェでもいい'))).toEqual(food);
  });
});

describe('answers to our own questions', () => {
  function atFirstYesNo(): Conversation {
    const c = new Conversation(smallContext({}, 'in-order'));
    c.start();
    c.say('どこでもいい');
    c.say('なんでもいい');
    return c;
  }

  it('stay preferences when plain, and constrain when said firmly', () => {
    const plain = atFirstYesNo();
    const question = plain.last.question!;
    plain.say('はい');
    const firm = atFirstYesNo();
    const reply = firm.say('はい、絶対です');
    expect(firm.current.ans.at(-1)).toEqual([question.kind === 'jobType' ? 't' : 'c', question.id, 0, 1]);
    expect(plain.current.ans.at(-1)).toEqual([question.kind === 'jobType' ? 't' : 'c', question.id, 0]);
    expect(textOf(reply)).toMatch(/外せない|必ず守る/u);
  });

  it('a firm no to a condition still only means "not needed"', () => {
    const c = atFirstYesNo();
    for (let i = 0; i < 10 && c.last.question?.kind !== 'condition'; i++) c.say('いいえ');
    expect(c.last.question?.kind).toBe('condition');
    c.say('絶対いらない');
    expect(c.current.ans.at(-1)).toHaveLength(3);
  });

  it('「日払いでもよかよ」 is fine with it, not asking for it: a preference, never a filter', () => {
    const c = new Conversation(smallContext({}, 'in-order'));
    c.start();
    const reply = c.say('渋谷でカフェ、日払いでもよかよ');
    // A weak yes (1: probablyYes), not stated (no fourth element): it ranks, and no result is said to lack it.
    expect(c.current.ans).toContainEqual(['c', 'daily-pay', 1]);
    // Said back as what it is: fine with it, not 「条件に入れておきますね」.
    expect(textOf(reply)).toMatch(
      /日払いOK(でも大丈夫なんですね|のお仕事も大丈夫なんですね|でもいいんですね)/u,
    );
    expect(textOf(reply)).not.toMatch(/日払いOK[^。]*条件に入れて/u);
    expect([...statedConstraints({ a: c.current.a, ans: c.current.ans }).requiredConditions]).toEqual([]);
    // Nor is a job said to lack it: that would imply the jobs above it have it (p24-14, 即日勤務OK).
    for (let i = 0; i < 10 && c.last.act !== 'showResults'; i++) c.say('わからない');
    for (let i = 0; i < 3 && !c.last.matches.includes('related'); i++) c.say('ほかのも見たい');
    expect(c.last.matches).toContain('related');
    expect(textOf(c.last)).not.toMatch(/日払いOKのお仕事ではありません/u);
  });
});

describe('work done from anywhere', () => {
  const conditions = new Map<string, Condition>([
    ['remote', { id: 'remote', name: '在宅OK', synonyms: [], worksFromAnywhere: true }],
    ['daily-pay', { id: 'daily-pay', name: '日払いOK', synonyms: [] }],
  ]);
  const far = listing({ area: { prefecture: '千葉県', municipality: '芝山町' }, conditionIds: ['remote'] });

  it('asked for, holds a job that has it to no place', () => {
    const c = statedConstraints({ a: ['兵庫県', '姫路市'], ans: [['c', 'remote', 0, 1]] }, [], conditions);
    expect([...(c.placeFree ?? [])]).toEqual(['remote']);
    expect(unmetConstraints(far, c)).toEqual([]);
    expect(unmetConstraints(listing({ area: far.area }), c).map((u) => u.kind)).toEqual(['area', 'missing']);
  });

  it('only hoped for (a yes to our question) or not declared by the catalogue, keeps the place', () => {
    const hoped = statedConstraints({ a: ['兵庫県', '姫路市'], ans: [['c', 'remote', 0]] }, [], conditions);
    expect(unmetConstraints(far, hoped).map((u) => u.kind)).toEqual(['area']);
    const undeclared = statedConstraints({ a: ['兵庫県', '姫路市'], ans: [['c', 'remote', 0, 1]] });
    expect(unmetConstraints(far, undeclared).map((u) => u.kind)).toEqual(['area']);
  });
});
