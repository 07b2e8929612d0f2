import { parseState } from './parse-state';
import { jobTypePostback, readPostback } from './postbacks';
import { freshState, type DialogueState } from './state';
import { Conversation, smallContext, textOf } from './testing/dialogue-fixture';
import { Turn } from './turn';
import type { Reply, TurnInput } from './types';
import { likelyJobTypes } from './work-question';

const step = (r: Reply) => `${r.act} ${r.question ? `${r.question.kind}/${r.question.id ?? '-'}` : '-'}`;

/** The in-order strategy after 「渋谷」: the kind-of-work question is open. */
function atWork(area = '渋谷'): Conversation {
  const c = new Conversation(smallContext({}, 'in-order'));
  c.start();
  c.say(area);
  expect(step(c.last)).toBe('askJobType jobType/-');
  return c;
}

const send = (c: Conversation, input: string) =>
  /^(cmd|type|area):|^bogus$/u.test(input) ? c.tap(input) : c.say(input);

describe('the kind-of-work question', () => {
  it('follows the area, with the job types most common there as buttons', () => {
    const c = atWork();
    const reply = c.last;
    expect(reply.question).toEqual({ kind: 'jobType', id: null, label: 'お仕事の種類' });
    expect(reply.messages[0]!.text).toContain('東京都渋谷区');
    expect(reply.messages.at(-1)!.text).toMatch(/お仕事/u);
    // 渋谷区: cafe 3, konbini 2, izakaya 2, restaurant 1 (konbini before izakaya, as in the catalogue).
    expect(reply.suggestions).toEqual([
      { label: 'カフェ', postback: 'type:cafe' },
      { label: 'コンビニ', postback: 'type:konbini' },
      { label: '居酒屋', postback: 'type:izakaya' },
      { label: 'レストラン', postback: 'type:restaurant' },
      { label: 'なんでもいい', postback: 'cmd:skip' },
      { label: 'もどる', postback: 'cmd:undo' },
    ]);
    expect(c.current.q).toEqual(['w']);
    expect(c.current.asked).toBe(0);
  });

  it('offers only the job types the area has', () => {
    const c = atWork('新宿');
    // 新宿区: cafe 2, then izakaya and restaurant 1 each (restaurant first, as in the catalogue); no konbini.
    expect(c.last.suggestions.map((s) => s.postback)).toEqual([
      'type:cafe',
      'type:restaurant',
      'type:izakaya',
      'cmd:skip',
      'cmd:undo',
    ]);
  });

  it('follows 「どこでもいい」, a picked place and a first message alike', () => {
    const anywhere = atWork('どこでもいい');
    expect(anywhere.current.a).toBe('*');
    const picked = new Conversation(smallContext({}, 'in-order'));
    picked.start();
    picked.say('府中');
    expect(step(picked.tap('area:広島県/府中町'))).toBe('askJobType jobType/-');
    expect(picked.last.suggestions.map((s) => s.postback)).toEqual(['type:konbini', 'cmd:skip', 'cmd:undo']);
    const first = new Conversation(smallContext({}, 'in-order'));
    const reply = first.say('大阪府');
    expect(reply.messages[0]!.text).toContain('そうだん');
    expect(step(reply)).toBe('askJobType jobType/-');
  });

  it.each(['type:cafe', 'カフェがいい', 'カフェ'])(
    '%s adds a volunteered yes for cafe and goes on',
    (input) => {
      const c = atWork();
      const reply = send(c, input);
      expect(c.current.ans).toEqual([['t', 'cafe', 0, 1]]);
      expect(c.current.asked).toBe(0);
      expect(reply.messages[0]!.text).toContain('カフェ');
      // The strategy takes over: in order, cafe is known, so konbini.
      expect(step(reply)).toBe('askJobType jobType/konbini');
    },
  );

  it('「居酒屋以外」 adds a volunteered no and goes on', () => {
    const c = atWork();
    const reply = c.say('居酒屋以外');
    expect(c.current.ans).toEqual([['t', 'izakaya', 4, 1]]);
    expect(reply.messages[0]!.text).toMatch(/居酒屋(は外し|は避け|以外|のお仕事は除いて)/u);
    expect(step(reply)).toBe('askJobType jobType/cafe');
  });

  it('several types at once, and conditions with them, are all taken', () => {
    const c = atWork();
    c.say('カフェかコンビニで、日払いがいい');
    expect(c.current.ans).toEqual([
      ['t', 'cafe', 0, 1],
      ['t', 'konbini', 0, 1],
      ['c', 'daily-pay', 0, 1],
    ]);
    expect(step(c.last)).toBe('askJobType jobType/restaurant');
  });

  it.each([
    'なんでもいい',
    'どれでも',
    'わからない',
    '特にない',
    'cmd:skip',
    'どこでもいい',
    '特にこだわりはないです',
    '特に希望はありません',
  ])('%s goes on with nothing added, acknowledged softly', (input) => {
    const c = atWork();
    const reply = send(c, input);
    expect(c.current.ans).toEqual([]);
    expect(c.current.a).toEqual(['東京都', '渋谷区']);
    expect(reply.messages[0]!.text).toMatch(/しぼらず|いろいろな|これからの質問/u);
    expect(step(reply)).toBe('askJobType jobType/cafe');
  });

  it('is skipped when the user already named work they want', () => {
    const c = new Conversation(smallContext({}, 'in-order'));
    c.start();
    expect(step(c.say('渋谷でカフェ'))).toBe('askJobType jobType/konbini');
    const later = new Conversation(smallContext({}, 'in-order'));
    later.start();
    later.say('カフェがいい');
    expect(step(later.last)).toBe('askArea area/-');
    expect(step(later.say('新宿'))).toBe('askJobType jobType/konbini');
  });

  it('is still asked after only a dislike, without offering the disliked type', () => {
    const c = new Conversation(smallContext({}, 'in-order'));
    c.start();
    c.say('居酒屋は嫌');
    const reply = c.say('渋谷');
    expect(step(reply)).toBe('askJobType jobType/-');
    expect(reply.suggestions.map((s) => s.postback)).not.toContain('type:izakaya');
  });

  it.each(['ふがふが', 'どれも違う', 'type:gone', 'type:', 'bogus'])(
    '%s is not an answer: a polite clarification asks again',
    (input) => {
      const c = atWork();
      const reply = send(c, input);
      expect(step(reply)).toBe('clarify jobType/-');
      expect(reply.messages[0]!.text).toMatch(/ごめんなさい|すみません/u);
      expect(reply.messages[0]!.text).toMatch(/お仕事の(種類|名前)/u);
      expect(reply.suggestions.map((s) => s.postback)).toContain('type:cafe');
      expect(c.current.q).toEqual(['w']);
      expect(c.current.ans).toEqual([]);
    },
  );

  it('takes conditions and a new area, and keeps asking it', () => {
    const c = atWork();
    const reply = c.say('日払いがいい');
    expect(step(reply)).toBe('askJobType jobType/-');
    expect(c.current.ans).toEqual([['c', 'daily-pay', 0, 1]]);
    const moved = c.say('やっぱり大阪府');
    expect(step(moved)).toBe('askJobType jobType/-');
    expect(c.current.a).toEqual(['大阪府']);
    expect(moved.messages[0]!.text).toContain('大阪府');
    // 大阪府: restaurant 2, then cafe, konbini, izakaya 1 each.
    expect(moved.suggestions.map((s) => s.postback).slice(0, 4)).toEqual([
      'type:restaurant',
      'type:cafe',
      'type:konbini',
      'type:izakaya',
    ]);
  });

  it('「ほかのも見たい」 shows jobs at once', () => {
    const c = atWork();
    expect(step(c.say('ほかのも見たい'))).toBe('showResults results/-');
  });

  it('commands work as everywhere', () => {
    expect(step(atWork().say('もう一回'))).toBe('repeat jobType/-');
    expect(step(atWork().tap('cmd:help'))).toBe('help jobType/-');
    expect(step(atWork().say('最初から'))).toBe('restart area/-');
    const stop = atWork().say('終わり');
    expect(stop.done).toBe(true);
    const back = atWork();
    expect(step(back.say('戻る'))).toBe('undo area/-');
    expect(back.current.a).toBeNull();
  });

  it.each(['なんでもいい', 'type:cafe', '居酒屋以外'])(
    'undo from the first question after 「%s」 comes back to it',
    (input) => {
      const c = atWork();
      send(c, input);
      expect(c.last.question?.id).not.toBeNull();
      const reply = c.say('戻る');
      expect(step(reply)).toBe('undo jobType/-');
      expect(reply.suggestions.map((s) => s.postback)).toContain('type:cafe');
      expect(c.current.ans).toEqual([]);
      expect(c.current.a).toEqual(['東京都', '渋谷区']);
      expect(step(c.say('コンビニ'))).toBe('askJobType jobType/cafe');
      expect(c.current.ans).toEqual([['t', 'konbini', 0, 1]]);
    },
  );

  it('leaves the rest to the widening when the area lacks the type', () => {
    // 広島県府中町 has only a konbini job.
    const c = atWork('府中町');
    const reply = c.tap('type:izakaya');
    expect(c.current.a).toEqual(['広島県']);
    expect(textOf(reply)).toMatch(/府中町.*居酒屋のお仕事.*広島県全体/u);
  });

  it('speaks English', () => {
    const c = new Conversation(smallContext({}, 'in-order'), 'en');
    c.start();
    const reply = c.say('anywhere');
    expect(reply.question).toEqual({ kind: 'jobType', id: null, label: 'Kind of work' });
    expect(reply.messages.at(-1)!.text).toMatch(/kind of (work|job)|type of work/u);
    expect(reply.suggestions.at(-2)).toEqual({ label: 'No preference', postback: 'cmd:skip' });
    const unclear = c.say('yes');
    expect(unclear.act).toBe('clarify');
    expect(unclear.messages[0]!.text).toMatch(/What kind of work\?/u);
    expect(c.current.ans).toEqual([]);
    const cafe = c.tap('type:cafe');
    expect(textOf(cafe)).toMatch(/cafe staff/u);
    expect(c.current.ans).toEqual([['t', 'cafe', 0, 1]]);
    expect(c.say('no preference').question?.id).not.toBeNull();
  });
});

describe('its pieces', () => {
  it('the open question is kept in a state and read back', () => {
    const c = atWork();
    expect(parseState(c.state)).toEqual({ state: c.state, status: 'ok' });
    expect(parseState({ ...freshState('ja'), a: '*', q: ['w', 'x'] }).status).toBe('migrated');
  });

  it('type postbacks', () => {
    expect(jobTypePostback('cafe')).toBe('type:cafe');
    expect(readPostback('type:cafe')).toEqual({ kind: 'jobType', id: 'cafe' });
    expect(readPostback('type:')).toEqual({ kind: 'unknown' });
  });

  it('likely job types: open listings in the area, ties in catalogue order, answered ones left out', () => {
    const ctx = smallContext();
    const at = (state: Partial<DialogueState>) => new Turn(ctx, { ...freshState('ja'), ...state }, 'ja');
    const shibuya = ['東京都', '渋谷区'] as const;
    expect(likelyJobTypes(at({ a: shibuya }), 5)).toEqual(['cafe', 'konbini', 'izakaya', 'restaurant']);
    expect(likelyJobTypes(at({ a: shibuya }), 2)).toEqual(['cafe', 'konbini']);
    // Two of the three cafe jobs were turned down.
    expect(likelyJobTypes(at({ a: shibuya, rej: ['L000001', 'L000002'] }), 5)).toEqual([
      'konbini',
      'izakaya',
      'cafe',
      'restaurant',
    ]);
    // Everywhere: cafe 8, konbini 5, izakaya 5, restaurant 4; five cafe jobs turned down leave 3.
    expect(likelyJobTypes(at({ a: '*' }), 5)).toEqual(['cafe', 'konbini', 'izakaya', 'restaurant']);
    expect(
      likelyJobTypes(at({ a: '*', rej: ['L000001', 'L000002', 'L000003', 'L000009', 'L000010'] }), 5),
    ).toEqual(['konbini', 'izakaya', 'restaurant', 'cafe']);
    expect(likelyJobTypes(at({ a: shibuya, ans: [['t', 'cafe', 4, 1]] }), 5)).toEqual([
      'konbini',
      'izakaya',
      'restaurant',
    ]);
    expect(likelyJobTypes(at({ a: ['東京都', '奥多摩町'] }), 5)).toEqual([]);
  });
});

describe('state size through the kind-of-work question', () => {
  it('stays under 4 KB after 20 turns', () => {
    const c = new Conversation(smallContext());
    c.start();
    const inputs: TurnInput[] = [
      { kind: 'text', text: '渋谷' },
      { kind: 'text', text: '日払いがいい' },
      { kind: 'postback', value: 'type:cafe' },
      { kind: 'text', text: '戻る' },
      { kind: 'text', text: '居酒屋以外' },
      { kind: 'text', text: 'はい' },
      { kind: 'text', text: '最初から' },
    ];
    for (let i = 0; i < 20; i++) c.send(inputs[i % inputs.length]!);
    expect(Buffer.byteLength(JSON.stringify(c.state), 'utf8')).toBeLessThan(4096);
  });
});
