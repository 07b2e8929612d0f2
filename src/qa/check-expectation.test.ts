import { checkExpectation, type VariantLookup } from './check-expectation';
import type { NeutralReply } from './neutral-reply';

const variants: VariantLookup = (key) =>
  key === 'ambiguous'
    ? ['「{{name}}」はいくつかありますね。', '{{name}}というと、どちらの{{name}}ですか？']
    : undefined;

const reply: NeutralReply = {
  texts: ['「府中」はいくつかありますね。どちらのことですか？'],
  speech: ['府中はいくつかありますね。どちらのことですか？'],
  suggestions: ['東京都府中市', 'ずっと長いラベルのボタンはLINEでは切りつめられ…'],
  question: { kind: 'area', id: null },
  jobs: [
    {
      id: 'L1',
      title: 'a',
      match: 'exact',
      jobTypeIds: ['cafe'],
      conditionIds: ['daily-pay'],
      prefecture: '東京都',
      municipality: '府中市',
    },
    {
      id: 'L2',
      title: 'b',
      match: 'related',
      jobTypeIds: ['izakaya'],
      conditionIds: [],
      prefecture: '東京都',
      municipality: '調布市',
    },
  ],
  done: false,
  understood: {
    text: '府中',
    context: 'area',
    locale: 'ja',
    language: 'ja',
    command: null,
    answer: null,
    jobTypes: [{ id: 'izakaya', name: '居酒屋', polarity: 'negative', surface: '居酒屋' }],
    conditions: [],
    categories: [],
    places: [{ surface: '府中', candidates: [{ prefecture: '東京都', municipality: '府中市' }] }],
    numbers: {},
  },
  sources: {
    texts: 'platform',
    speech: 'platform',
    suggestions: 'platform',
    question: 'dialogue',
    jobs: 'dialogue',
    done: 'platform',
  },
};

describe('checkExpectation', () => {
  it('passes a reply that meets every kind of check', () => {
    expect(
      checkExpectation(
        {
          question: { kind: 'area', id: null },
          text: ['いくつか', { regex: '^「府中」', not: '渋谷' }, { says: 'ambiguous' }],
          speech: { contains: 'どちらの' },
          suggestions: {
            include: ['東京都府中市', 'ずっと長いラベルのボタンはLINEでは切りつめられます'],
            exclude: ['どこでもいい'],
          },
          jobs: {
            count: 2,
            min: 1,
            max: 5,
            exact: 1,
            related: 1,
            include: ['L2'],
            each: { prefecture: '東京都', notJobType: 'convenience-store' },
          },
          done: false,
          understood: {
            command: null,
            jobTypes: [{ id: 'izakaya', polarity: 'negative' }],
            places: ['東京都 府中市'],
          },
        },
        reply,
        variants,
      ),
    ).toEqual([]);
  });

  it('names each broken expectation with what was expected and what the reply had', () => {
    const mismatches = checkExpectation(
      {
        question: { kind: 'jobType' },
        text: [{ says: 'ambiguous' }, { says: 'noSuchKey' }, '渋谷'],
        suggestions: { include: ['はい'], exclude: ['東京都府中市'] },
        jobs: { count: 5, exact: 2 },
        done: true,
        understood: { jobTypes: [{ id: 'izakaya', polarity: 'positive' }], answer: 'yes' },
      },
      { ...reply, texts: ['大阪府で探しますね。'] },
      variants,
    );
    expect(mismatches.map((m) => m.field)).toEqual([
      'question',
      'text.says',
      'text.says',
      'text.contains',
      'suggestions.include',
      'suggestions.exclude',
      'jobs.count',
      'jobs.exact',
      'done',
      'understood.answer',
      'understood.jobTypes',
    ]);
    expect(mismatches[0]).toEqual({
      field: 'question',
      expected: '{"kind":"jobType"}',
      actual: '{"kind":"area","id":null}',
    });
    expect(mismatches[3]).toEqual({
      field: 'text.contains',
      expected: '渋谷',
      actual: '大阪府で探しますね。',
    });
  });

  it('checks that each job, or each exact one, meets the constraints, naming the first that does not', () => {
    const exactOnly = { jobType: 'cafe', condition: 'daily-pay', municipality: '府中市', exactOnly: true };
    expect(checkExpectation({ jobs: { each: exactOnly } }, reply, variants)).toEqual([]);
    expect(checkExpectation({ jobs: { each: { ...exactOnly, exactOnly: false } } }, reply, variants)).toEqual(
      [
        {
          field: 'jobs.each',
          expected: JSON.stringify({ ...exactOnly, exactOnly: false }),
          actual: 'L2 "b": job types izakaya; conditions ; in 調布市',
        },
      ],
    );
    expect(
      checkExpectation({ jobs: { include: ['L9'], each: { notJobType: 'izakaya' } } }, reply, variants),
    ).toEqual([
      { field: 'jobs.include', expected: 'L9', actual: '["L1","L2"]' },
      { field: 'jobs.each', expected: '{"notJobType":"izakaya"}', actual: 'L2 "b": has izakaya' },
    ]);
  });

  it('expects a closed question with null, and says so when something is still asked', () => {
    expect(checkExpectation({ question: null }, reply, variants)).toEqual([
      { field: 'question', expected: 'null', actual: '{"kind":"area","id":null}' },
    ]);
  });

  it('reports an understanding check on a step that sent no text', () => {
    expect(
      checkExpectation({ understood: { command: 'stop' } }, { ...reply, understood: null }, variants),
    ).toEqual([
      { field: 'understood', expected: '{"command":"stop"}', actual: 'nothing (the step sent no text)' },
    ]);
  });
});
