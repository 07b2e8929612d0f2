import type { Listing } from '../../catalog/types';
import type { Reply } from '../../dialogue/types';
import { sharedRenderer } from '../../dialogue/testing/dialogue-fixture';
import { LINE_LIMITS, toLineMessages, truncate, type LineView } from './line-messages';

const view: LineView = {
  locale: 'ja',
  renderer: sharedRenderer(),
  conditions: new Map([['daily', { id: 'daily', name: '日払い', synonyms: [] }]]),
  publicBaseUrl: 'https://soudan.example.jp',
};

const listing = (i: number): Listing => ({
  id: `J${i}`,
  title: `求人${i}`.repeat(i === 0 ? 100 : 1),
  jobTypeIds: ['cafe'],
  conditionIds: ['daily', 'unknown'],
  url: `/jobs/J${i}`,
});

const reply = (over: Partial<Reply>): Reply => ({
  messages: [{ text: '質問です', speech: '質問です' }],
  suggestions: [],
  question: null,
  jobs: [],
  matches: [],
  cards: [],
  action: null,
  done: false,
  act: 'askJobType',
  ...over,
});

describe('toLineMessages', () => {
  it('keeps LINE limits: 5 messages, 13 quick replies, 300-char postbacks, 20-char labels, 12 bubbles, 400-char altText', () => {
    const messages = toLineMessages(
      reply({
        messages: Array.from({ length: 7 }, (_, i) => ({ text: `文${i}`, speech: `文${i}` })),
        suggestions: [
          { label: 'あ'.repeat(30), postback: 'yes' },
          { label: '長すぎる', postback: 'x'.repeat(301) },
          ...Array.from({ length: 20 }, (_, i) => ({ label: `選択${i}`, postback: `area:東京都/区${i}` })),
        ],
        question: { kind: 'results', id: null, label: '候補' },
        jobs: Array.from({ length: 15 }, (_, i) => listing(i)),
      }),
      view,
    );
    expect(messages).toHaveLength(LINE_LIMITS.messages);
    expect(messages.map((m) => m.type)).toEqual(['text', 'text', 'text', 'flex', 'text']);
    expect((messages[0] as { text: string }).text).toBe('文0\n\n文1\n\n文2\n\n文3');
    const items = messages[4]!.quickReply!.items!;
    expect(items).toHaveLength(13);
    expect(items[0]!.action).toMatchObject({
      label: `${'あ'.repeat(19)}…`,
      data: 'yes',
      displayText: 'あ'.repeat(30),
    });
    expect(items.some((i) => (i.action as { data?: string }).data?.startsWith('xxx'))).toBe(false);
    const flex = messages[3] as { altText: string; contents: { contents: unknown[] } };
    expect(flex.contents.contents).toHaveLength(12);
    expect(flex.altText.length).toBeLessThanOrEqual(400);
    expect(JSON.stringify(flex)).toContain('"uri":"https://soudan.example.jp/jobs/J1"');
  });

  it('puts the carousel last when nothing is asked, and adds no empty text', () => {
    const messages = toLineMessages(
      reply({
        messages: [
          { text: ' ', speech: '' },
          { text: '結果です', speech: '結果です' },
        ],
        jobs: [listing(1)],
      }),
      view,
    );
    expect(messages.map((m) => m.type)).toEqual(['text', 'flex']);
  });

  it('labels a related job in its bubble, and only that one', () => {
    const messages = toLineMessages(
      reply({ jobs: [listing(1), listing(2)], matches: ['exact', 'related'] }),
      view,
    );
    const carousel = messages.find((m) => m.type === 'flex') as {
      contents: { contents: { body: { contents: { text: string }[] } }[] };
    };
    const firstLines = carousel.contents.contents.map((bubble) => bubble.body.contents[0]!.text);
    expect(firstLines[0]).toBe(listing(1).title);
    expect(firstLines[1]).toBe('条件と一部ちがいます');
  });

  it('truncates by UTF-16 units without splitting a surrogate pair', () => {
    expect(truncate('abc', 3)).toBe('abc');
    expect(truncate('ab😀cd', 4)).toBe('ab…');
    expect(truncate('abcdef', 4)).toBe('abc…');
  });
});
