import type { Listing } from '../../catalog/types';
import type { Reply, ResultCard } from '../../dialogue/types';
import { sharedRenderer } from '../../dialogue/testing/dialogue-fixture';
import { LINE_COLORS, LINE_LIMITS, toLineMessages, truncate, type LineView } from './line-messages';

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

const card = (l: Listing, index: number, match: 'exact' | 'related' = 'exact'): ResultCard => ({
  id: l.id,
  index,
  title: l.title,
  company: l.company ?? null,
  pay: { text: '時給1,200円', speech: '時給1200円' },
  area: { text: '東京都渋谷区', speech: 'とうきょうとしぶやく' },
  jobTypes: ['カフェ'],
  meets: ['日払いOK'],
  misses: match === 'related' ? [{ text: 'ご希望の場所の外', speech: '' }] : [],
  hours: ['早朝・朝'],
  why: { text: '日払いOKがご希望どおりです。', speech: '' },
  match,
  url: l.url,
});

const withJobs = (jobs: Listing[], matches?: ('exact' | 'related')[]): Partial<Reply> => ({
  jobs,
  matches: matches ?? jobs.map(() => 'exact'),
  cards: jobs.map((l, i) => card(l, i + 1, matches?.[i] ?? 'exact')),
});

/** WCAG contrast of a #rrggbb colour on white. */
function contrastOnWhite(hex: string): number {
  const channel = (i: number) => {
    const c = parseInt(hex.slice(1 + 2 * i, 3 + 2 * i), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  const l = 0.2126 * channel(0) + 0.7152 * channel(1) + 0.0722 * channel(2);
  return 1.05 / (l + 0.05);
}

const reply = (over: Partial<Reply>): Reply => ({
  messages: [{ text: '質問です', speech: '質問です' }],
  reprompt: null,
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
        ...withJobs(Array.from({ length: 15 }, (_, i) => listing(i))),
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
        ...withJobs([listing(1)]),
      }),
      view,
    );
    expect(messages.map((m) => m.type)).toEqual(['text', 'flex']);
  });

  it('labels a related job in its bubble, and only that one', () => {
    const messages = toLineMessages(reply(withJobs([listing(1), listing(2)], ['exact', 'related'])), view);
    const carousel = messages.find((m) => m.type === 'flex') as {
      contents: { contents: { body: { contents: { text: string }[] } }[] };
    };
    const firstLines = carousel.contents.contents.map((bubble) => bubble.body.contents[0]!.text);
    expect(firstLines[0]).toBe(`1. ${listing(1).title}`);
    expect(firstLines[1]).toBe('条件と一部ちがいます');
  });

  it('sends no text list repeating the carousel, and numbers the bubbles as the list does', () => {
    const messages = toLineMessages(
      reply({
        messages: [
          { text: '2件見つかりました', speech: '' },
          { text: '1. 求人1\n2. 求人2', speech: '', role: 'jobList' },
          { text: 'いかがですか？', speech: '' },
        ],
        question: { kind: 'results', id: null, label: '候補' },
        ...withJobs([listing(1), listing(2)]),
      }),
      view,
    );
    expect(messages.map((m) => m.type)).toEqual(['text', 'flex', 'text']);
    expect(JSON.stringify(messages)).not.toContain('1. 求人1\\n2.');
    expect((messages[1] as { altText: string }).altText).toBe('1. 求人1 / 2. 求人2');
  });

  it('gives each bubble its own postback buttons within LINE limits, and small text at 4.5:1 at least', () => {
    const flex = toLineMessages(reply(withJobs([listing(1), listing(2)], ['exact', 'related'])), view).find(
      (m) => m.type === 'flex',
    );
    const json = JSON.stringify(flex);
    for (const data of ['job:details:J2', 'job:choose:J2', 'job:save:J2'])
      expect(json).toContain(`"data":"${data}"`);
    // The conditions asked for (the card's meets), not the listing's first three.
    expect(json).toContain('"text":"日払いOK"');
    expect(json).not.toContain('unknown');
    const colours = [...json.matchAll(/"color":"(#[0-9A-Fa-f]{6})"/gu)].map((m) => m[1]!);
    expect(colours.length).toBeGreaterThan(5);
    for (const colour of new Set(colours))
      expect([colour, contrastOnWhite(colour) >= 4.5]).toEqual([colour, true]);
    expect(Object.values(LINE_COLORS).every((c) => contrastOnWhite(c) >= 4.5)).toBe(true);
  });

  it('offers the LINE share screen for the share page', () => {
    const shared = { ...view, shareUrl: () => 'https://soudan.example.jp/s/abc.def' };
    const flex = toLineMessages(reply(withJobs([listing(1)])), shared).find((m) => m.type === 'flex');
    const json = JSON.stringify(flex);
    expect(json).toContain(
      `https://line.me/R/share?text=${encodeURIComponent('共有されたお仕事\nhttps://soudan.example.jp/s/abc.def')}`,
    );
  });

  it('truncates by UTF-16 units without splitting a surrogate pair', () => {
    expect(truncate('abc', 3)).toBe('abc');
    expect(truncate('ab😀cd', 4)).toBe('ab…');
    expect(truncate('abcdef', 4)).toBe('abc…');
  });
});
