import { createDialogueContext } from './context';
import { parseState } from './parse-state';
import { freshState, STATE_VERSION, type DialogueState } from './state';
import { takeTurn } from './take-turn';
import { smallCatalog, smallModel } from './testing/catalog';
import { Conversation, sharedRenderer, smallContext, textOf } from './testing/dialogue-fixture';
import type { Listing } from '../catalog/types';

const bytes = (state: unknown) => Buffer.byteLength(JSON.stringify(state), 'utf8');

describe('parseState', () => {
  it('reads back a state it wrote', () => {
    const c = new Conversation(smallContext());
    c.start();
    c.say('渋谷でカフェ');
    expect(parseState(c.state)).toEqual({ state: c.state, status: 'ok' });
    expect(c.current.v).toBe(STATE_VERSION);
  });

  it('reads back the firm wishes, and drops a state whose list of them is not one', () => {
    const state = { ...freshState('ja'), ans: [['c', 'dormitory', 0, 1]], fm: ['dormitory'] };
    expect(parseState(state)).toEqual({ state, status: 'ok' });
    expect(parseState({ ...state, fm: 'dormitory' }).state.fm).toBeUndefined();
    expect(parseState({ ...state, fm: [42] }).status).toBe('migrated');
  });

  it('treats nothing stored as a new conversation', () => {
    expect(parseState(undefined)).toEqual({ state: freshState('ja'), status: 'new' });
  });

  it.each([
    ['null', null],
    ['a string', 'garbage'],
    ['a number', 42],
    ['an array', [1, 2, 3]],
    ['an empty object', {}],
    ['a newer version', { ...freshState('ja'), v: 99 }],
    ['a version that is not a number', { ...freshState('ja'), v: 'one' }],
  ])('resets %s', (_name, raw) => {
    const parsed = parseState(raw);
    expect(parsed.status).toBe('reset');
    expect(parsed.state).toEqual(freshState('ja'));
  });

  it('migrates an older state, keeping what can be trusted', () => {
    const old = {
      v: 0,
      loc: 'en',
      a: ['東京都', '渋谷区'],
      ans: [
        ['t', 'cafe', 0],
        ['x', 'bad', 9],
      ],
      rej: ['L000001', 7],
    };
    const parsed = parseState(old);
    expect(parsed.status).toBe('migrated');
    expect(parsed.state).toMatchObject({
      v: STATE_VERSION,
      loc: 'en',
      a: ['東京都', '渋谷区'],
      ans: [['t', 'cafe', 0]],
      rej: ['L000001'],
      q: null,
    });
  });

  it('migrates a current state with damaged fields, resets one with nothing to keep', () => {
    const damaged = { ...freshState('ja'), ans: [['t', 'cafe', 0]], q: ['zz'], undo: 'x' };
    expect(parseState(damaged).status).toBe('migrated');
    expect(parseState({ ...freshState('ja'), q: ['zz'] }).status).toBe('reset');
  });
});

describe('takeTurn with a stored state it cannot use', () => {
  it.each([null, 'garbage', 12, { v: 99 }, { v: 1, n: 'x' }])('restarts politely from %j', (raw) => {
    const ctx = smallContext();
    const { reply, state } = takeTurn(ctx, raw, { kind: 'text', text: 'はい' });
    expect(reply.messages[0]!.text).toMatch(/続きが見つからなかった/u);
    expect(reply.messages[0]!.text).toContain('そうだん');
    expect(reply.question?.kind).toBe('area');
    expect(parseState(state).status).toBe('ok');
  });

  it('carries on from a migrated state with a word about it', () => {
    const ctx = smallContext({}, 'in-order');
    const old = { v: 0, a: '*', ans: [['t', 'cafe', 0]] };
    const { reply, state } = takeTurn(ctx, old, { kind: 'text', text: 'はい' });
    expect(reply.messages[0]!.text).toMatch(/続きから再開/u);
    expect(reply.question).toMatchObject({ kind: 'jobType', id: 'konbini' });
    expect(state.ans).toEqual([['t', 'cafe', 0]]);
  });

  it('a start event never mentions the lost state', () => {
    const { reply } = takeTurn(smallContext(), 'garbage', { kind: 'start' });
    expect(textOf(reply)).not.toMatch(/続きが見つからなかった/u);
    expect(reply.act).toBe('greet');
  });

  it('answers naming ids the catalogue no longer has are ignored', () => {
    const ctx = smallContext({}, 'in-order');
    const stored: DialogueState = { ...freshState('ja'), a: '*', q: ['t', 'gone'], ans: [['t', 'gone', 0]] };
    const { reply } = takeTurn(ctx, stored, { kind: 'text', text: 'はい' });
    expect(reply.question).toMatchObject({ kind: 'jobType', id: 'cafe' });
  });
});

describe('state size', () => {
  /** The small catalogue plus 400 more listings, so that twenty rounds of rejections never run out. */
  function bigContext() {
    const catalog = smallCatalog();
    const extra: Listing[] = Array.from({ length: 400 }, (_, i) => ({
      ...catalog.listings[i % catalog.listings.length]!,
      id: `L${String(1000 + i).padStart(6, '0')}`,
    }));
    return createDialogueContext({
      catalog: { ...catalog, listings: [...catalog.listings, ...extra] },
      model: smallModel(),
      renderer: sharedRenderer(),
    });
  }

  it('stays under 4 KB after 20 turns of answers and volunteered facts', () => {
    const c = new Conversation(bigContext());
    c.start();
    const inputs = [
      '渋谷でカフェ、日払いがいい',
      'はい',
      'いいえ',
      '居酒屋は嫌',
      'わからない',
      'たぶん',
      '高時給がいい',
    ];
    for (let i = 0; i < 20; i++) c.say(inputs[i % inputs.length]!);
    expect(bytes(c.state)).toBeLessThan(4096);
  });

  it('stays under 4 KB after 20 turns of rejections', () => {
    const c = new Conversation(bigContext());
    c.start();
    c.say('どこでもいい');
    let rejections = 0;
    for (let i = 0; i < 20; i++) {
      if (c.last.act === 'showResults') {
        c.say('どれも違う');
        rejections++;
      } else c.say('わからない');
    }
    expect(rejections).toBeGreaterThanOrEqual(10);
    expect(c.current.rej.length).toBeGreaterThanOrEqual(50);
    expect(bytes(c.state)).toBeLessThan(4096);
  });
});
