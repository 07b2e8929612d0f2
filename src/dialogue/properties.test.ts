import fc from 'fast-check';
import { parseState } from './parse-state';
import { POSTBACKS } from './postbacks';
import { takeTurn } from './take-turn';
import { smallContext } from './testing/dialogue-fixture';
import type { Reply, TurnAct, TurnInput } from './types';

const ACTS: readonly TurnAct[] = [
  'greet',
  'askArea',
  'askJobType',
  'askCondition',
  'showResults',
  'noResults',
  'clarify',
  'help',
  'repeat',
  'undo',
  'restart',
  'goodbye',
];

const PHRASES = [
  'はい',
  'いいえ',
  'たぶん',
  'わからない',
  'どこでもいい',
  '府中',
  '渋谷でカフェ、日払いがいい',
  '居酒屋は嫌',
  '最初から',
  '戻る',
  'やっぱり',
  'もう一回',
  'え？',
  'ヘルプ',
  'ほかのも見たい',
  'どれも違う',
  'これがいい',
  'スキップ',
  '終わり',
  'yes',
  'no',
  'anywhere',
];

const locale = fc.option(fc.constantFrom('ja' as const, 'en' as const), { nil: undefined });
const withLocale = <T extends object>(input: T, l: 'ja' | 'en' | undefined) =>
  l ? { ...input, locale: l } : input;

const turnInput: fc.Arbitrary<TurnInput> = fc.oneof(
  locale.map((l) => withLocale({ kind: 'start' as const }, l)),
  fc
    .tuple(fc.oneof(fc.string({ unit: 'binary', maxLength: 60 }), fc.constantFrom(...PHRASES)), locale)
    .map(([text, l]) => withLocale({ kind: 'text' as const, text }, l)),
  fc
    .tuple(
      fc.oneof(
        fc.constantFrom(...Object.values(POSTBACKS), 'area:東京都/府中市', 'area:広島県', 'area:/', 'cmd:'),
        fc.string({ maxLength: 40 }),
      ),
      locale,
    )
    .map(([value, l]) => withLocale({ kind: 'postback' as const, value }, l)),
  fc
    .tuple(fc.double(), fc.double(), locale)
    .map(([lat, lng, l]) => withLocale({ kind: 'location' as const, lat, lng }, l)),
);

function checkReply(reply: Reply): void {
  expect(reply.messages.length).toBeGreaterThan(0);
  for (const m of reply.messages) {
    expect(typeof m.text).toBe('string');
    expect(m.text.length).toBeGreaterThan(0);
    expect(typeof m.speech).toBe('string');
    expect(m.speech.length).toBeGreaterThan(0);
  }
  for (const s of reply.suggestions) {
    expect(s.label.length).toBeGreaterThan(0);
    expect(s.postback.length).toBeLessThanOrEqual(300);
  }
  if (reply.question) {
    expect(['area', 'jobType', 'condition', 'results']).toContain(reply.question.kind);
    expect(reply.question.label.length).toBeGreaterThan(0);
  }
  expect(typeof reply.done).toBe('boolean');
  expect(ACTS).toContain(reply.act);
}

describe('any sequence of inputs', () => {
  const ctx = smallContext({ resultsPerPage: 3, questionBudget: 4 });

  it('never throws, always gives a valid reply and a JSON state that reads back as is', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.constant(undefined), fc.anything()),
        fc.array(turnInput, { minLength: 1, maxLength: 25 }),
        (initial, inputs) => {
          let state: unknown = initial;
          for (const input of inputs) {
            const result = takeTurn(ctx, state, input);
            checkReply(result.reply);
            for (const job of result.reply.jobs) expect(ctx.lookup.listings.get(job.id)).toBe(job);
            const json = JSON.stringify(result.state);
            expect(JSON.parse(json)).toEqual(result.state);
            expect(parseState(JSON.parse(json)).status).toBe('ok');
            state = JSON.parse(json);
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it('survives inputs that break the TurnInput contract', () => {
    const broken = [
      { kind: 'text', text: 42 },
      { kind: 'postback', value: null },
      { kind: 'nonsense' },
      { kind: 'location', lat: 'north', lng: {} },
      { kind: 'text', text: 'はい'.repeat(10_000) },
    ] as unknown as TurnInput[];
    let state: unknown;
    for (const input of broken) {
      const result = takeTurn(ctx, state, input);
      checkReply(result.reply);
      state = result.state;
    }
  });
});
