import { Conversation, smallContext } from './testing/dialogue-fixture';
import type { TurnInput } from './types';

function atArea(): Conversation {
  const c = new Conversation(smallContext({}, 'in-order'));
  c.start();
  return c;
}

describe('the area question', () => {
  it.each([
    ['渋谷', ['東京都', '渋谷区'], '東京都渋谷区'],
    ['しぶや', ['東京都', '渋谷区'], '東京都渋谷区'],
    ['渋谷区で働きたい', ['東京都', '渋谷区'], '東京都渋谷区'],
    ['新宿', ['東京都', '新宿区'], '東京都新宿区'],
    ['大阪府', ['大阪府'], '大阪府'],
    ['大阪府内ならどこでも', ['大阪府'], '大阪府'],
    ['東京', ['東京都'], '東京都'],
  ])('「%s」 sets the area %j', (text, area, label) => {
    const c = atArea();
    const reply = c.say(text);
    expect(c.current.a).toEqual(area);
    expect(reply.messages[0]!.text).toContain(label);
    expect(reply.act).toBe('askJobType');
  });

  it.each(['どこでもいい', 'わからない', 'スキップ', 'area:any'])('「%s」 skips the area', (input) => {
    const c = atArea();
    const reply = input === 'area:any' ? c.tap(input) : c.say(input);
    expect(c.current.a).toBe('*');
    expect(reply.messages[0]!.text).toMatch(/こだわらず|問わず|全国/u);
    expect(reply.act).toBe('askJobType');
  });

  it.each(['大阪', 'おおさか', 'Osaka'])(
    '「%s」 names a city and its prefecture alike: asks which, with both as buttons',
    (text) => {
      const c = atArea();
      const reply = c.say(text);
      expect(reply.act).toBe('askArea');
      expect(reply.messages.at(-1)!.text).toMatch(/大阪市|Osaka City/u);
      expect(reply.suggestions.map((s) => s.postback)).toEqual(['area:大阪府/大阪市', 'area:大阪府']);
      c.say('府全体で');
      expect(c.current.a).toEqual(['大阪府']);
      const d = atArea();
      d.say(text);
      d.say('大阪市内');
      expect(d.current.a).toEqual(['大阪府', '大阪市']);
    },
  );

  it('a postback names a prefecture or a municipality', () => {
    const c = atArea();
    c.tap('area:東京都/新宿区');
    expect(c.current.a).toEqual(['東京都', '新宿区']);
    const d = atArea();
    d.tap('area:大阪府');
    expect(d.current.a).toEqual(['大阪府']);
  });

  it('a shared location sets the nearest municipality', () => {
    const c = atArea();
    c.send({ kind: 'location', lat: 35.6905, lng: 139.7 });
    expect(c.current.a).toEqual(['東京都', '新宿区']);
    const d = atArea();
    const reply = d.send({ kind: 'location', lat: Number.NaN, lng: 0 } as TurnInput);
    expect(reply.act).toBe('clarify');
  });

  it('an unknown place, or a yes, is asked again politely', () => {
    for (const text of ['ぬるぽ', 'はい']) {
      const c = atArea();
      const reply = c.say(text);
      expect(reply.act).toBe('clarify');
      expect(reply.question?.kind).toBe('area');
      expect(reply.messages[0]!.text).toMatch(/場所|どのあたり/u);
      expect(c.current.a).toBeNull();
    }
  });
});

describe('an ambiguous place', () => {
  it('「府中」 asks which city (a town of the name is 府中町), saying where they are, with a button for each', () => {
    const c = atArea();
    const reply = c.say('府中');
    expect(reply.act).toBe('askArea');
    expect(reply.question).toEqual({ kind: 'area', id: null, label: '働く場所' });
    // Voice has no buttons: the question itself says the choices, and so does the reprompt (the question).
    expect(reply.messages.at(-1)!.text).toContain('府中');
    expect(reply.messages.at(-1)!.speech).toContain('東京都と広島県');
    expect(reply.suggestions).toEqual([
      { label: '東京都府中市', postback: 'area:東京都/府中市' },
      { label: '広島県府中市', postback: 'area:広島県/府中市' },
      { label: 'どこでもいい', postback: 'area:any' },
    ]);
    expect(c.current.a).toBeNull();
  });

  it('is settled by a button, or by naming the prefecture', () => {
    const c = atArea();
    c.say('ふちゅう');
    c.tap('area:広島県/府中町');
    expect(c.current.a).toEqual(['広島県', '府中町']);
    const d = atArea();
    d.say('府中');
    const reply = d.say('東京の方');
    expect(d.current.a).toEqual(['東京都', '府中市']);
    expect(reply.messages[0]!.text).toContain('東京都府中市');
  });

  it('an unclear reply asks again; another place is taken as it is', () => {
    const c = atArea();
    c.say('府中');
    expect(c.say('はい').act).toBe('clarify');
    expect(c.last.suggestions).toHaveLength(3);
    c.say('大阪府');
    expect(c.current.a).toEqual(['大阪府']);
  });

  it('said again with no prefecture, the name means its first place, and the reply says which', () => {
    const c = atArea();
    c.say('府中');
    const reply = c.say('府中です');
    expect(c.current.a).toEqual(['東京都', '府中市']);
    expect(reply.messages[0]!.text).toContain('東京都府中市');
  });

  it('「わからない」 to a city or its prefecture keeps the prefecture both lie in, never all of Japan', () => {
    const c = atArea();
    expect(c.say('大阪').act).toBe('askArea');
    const reply = c.say('わからない');
    expect(c.current.a).toEqual(['大阪府']);
    expect(reply.messages[0]!.text).toContain('大阪府');
    // Places in two prefectures have no such common ground: not knowing which is not knowing where.
    const d = atArea();
    d.say('府中');
    d.say('わからない');
    expect(d.current.a).toBe('*');
  });

  it('takes a place by its position among the choices', () => {
    const c = atArea();
    c.say('府中');
    c.say('2番目の');
    // The fixture has no job there: the search widens, the named place stays the one a match must be in.
    expect(c.current.sa ?? c.current.a).toEqual(['広島県', '府中市']);
  });

  it('is asked at any step when a volunteered place is ambiguous', () => {
    const c = atArea();
    c.say('どこでもいい');
    c.say('なんでもいい');
    const reply = c.say('府中でカフェがいい');
    expect(reply.act).toBe('askArea');
    expect(c.current.ans).toContainEqual(['t', 'cafe', 0]);
    c.tap('area:東京都/府中市');
    expect(c.current.a).toEqual(['東京都', '府中市']);
  });
});

describe('widening an area without jobs', () => {
  it('municipality -> prefecture, and says so', () => {
    const c = atArea();
    const reply = c.say('奥多摩');
    expect(c.current.a).toEqual(['東京都']);
    expect(reply.messages[0]!.text).toContain('東京都奥多摩町');
    expect(reply.messages[0]!.text).toMatch(/東京都全体/u);
  });

  it('prefecture -> nearby once every job there was turned down, never far away', () => {
    const c = new Conversation(smallContext({ resultsPerPage: 5 }));
    c.start();
    c.say('大阪府');
    c.say('なんでもいい');
    expect(c.last.jobs.every((j) => j.area?.prefecture === '大阪府')).toBe(true);
    let reply = c.say('どれも違う');
    expect(reply.messages[0]!.text).toMatch(/大阪府.*ほかの地域/u);
    // The search widens, the named place stays what a match must be in; 東京 and 広島 are no neighbours.
    for (let i = 0; i < 8 && reply.act !== 'showResults' && reply.act !== 'noResults'; i++) {
      reply = c.say('わからない');
    }
    expect(reply.act).toBe('noResults');
    expect(reply.jobs).toEqual([]);
  });

  it('widens the area when it has jobs but none of the job type asked for, and says so', () => {
    // 広島県府中町 has only a コンビニ job; 広島市 has a 居酒屋.
    const c = atArea();
    c.say('府中町');
    expect(c.current.a).toEqual(['広島県', '府中町']);
    const reply = c.say('居酒屋がいい');
    expect(c.current.a).toEqual(['広島県']);
    expect(reply.messages.map((m) => m.text).join('')).toMatch(/府中町.*居酒屋のお仕事.*広島県全体/u);
  });

  it('keeps the area when it has the job type asked for', () => {
    const c = atArea();
    c.say('府中町');
    c.say('コンビニがいい');
    expect(c.current.a).toEqual(['広島県', '府中町']);
  });
});
