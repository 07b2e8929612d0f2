import type { DialoguePort } from '../../src/channels/shared';
import type { Reply } from '../../src/dialogue';
import { createDialoguePort, loadData } from '../../src/server';
import { testConfig } from './test-app';

/**
 * 「〜市には〜のお仕事がなかったので、〜県全体に広げて探しますね」 on the bundled catalogue: the pages that follow
 * show that prefecture's jobs before any from across its border, and say when a page holds jobs outside it.
 */
describe('a search widened from a municipality to its prefecture', () => {
  let port: DialoguePort;
  beforeAll(async () => {
    const config = testConfig();
    port = createDialoguePort(await loadData(config), config);
  });

  const pages = (opening: string): { reply: Reply; prefectures: string[] }[] => {
    const out: { reply: Reply; prefectures: string[] }[] = [];
    let turn = port.takeTurn(undefined, { kind: 'start', locale: 'ja' });
    for (const text of [opening, 'ほかのも見たい', 'ほかのも見たい']) {
      turn = port.takeTurn(turn.state, { kind: 'text', text });
      if (turn.reply.act === 'showResults') {
        out.push({ reply: turn.reply, prefectures: turn.reply.jobs.map((j) => j.area?.prefecture ?? '') });
      }
    }
    return out;
  };

  it.each([
    ['長野市で警備の仕事', '長野県'],
    ['米子でガソリンスタンドのバイト', '鳥取県'],
    ['佐世保でテーマパークのバイト', '長崎県'],
  ])('「%s」: %s first, and every job outside it announced', (opening, prefecture) => {
    const shown = pages(opening);
    expect(shown.length).toBeGreaterThanOrEqual(2);
    const first = shown[0]!;
    expect(first.reply.messages[0]!.text).toContain(`${prefecture}全体`);
    // The first page opens with the prefecture's own jobs.
    expect(first.prefectures[0]).toBe(prefecture);
    const firstOutside = first.prefectures.findIndex((p) => p !== prefecture);
    if (firstOutside >= 0)
      expect(first.prefectures.slice(firstOutside).every((p) => p !== prefecture)).toBe(true);
    for (const { reply, prefectures } of shown) {
      const outside = prefectures.filter((p) => p !== prefecture).length;
      const text = reply.messages.map((m) => m.text).join('\n');
      if (outside === 0) expect(text).not.toContain(`${prefecture}の外`);
      else if (outside === prefectures.length)
        expect(text).toContain(`この${outside}件は、${prefecture}の外のお仕事です`);
      else expect(text).toContain(`このうち${outside}件は、${prefecture}の外のお仕事です`);
    }
  });
});

describe('on the bundled catalogue', () => {
  let port: DialoguePort;
  beforeAll(async () => {
    const config = testConfig();
    port = createDialoguePort(await loadData(config), config);
  });

  const play = (locale: 'ja' | 'en', ...texts: string[]): Reply[] => {
    let turn = port.takeTurn(undefined, { kind: 'start', locale });
    return texts.map((text) => {
      turn = port.takeTurn(turn.state, { kind: 'text', text });
      return turn.reply;
    });
  };
  const firstResults = (replies: readonly Reply[]): Reply =>
    replies.find((r) => r.act === 'showResults') ?? replies.at(-1)!;

  it('told 「地域を問わず探しますね」 for the work asked for, the user is shown that work, however far', () => {
    const replies = play(
      'ja',
      '弘前でりんご畑の手伝いみてぇな仕事ねぇべが',
      'わからない',
      'わからない',
      'わからない',
    );
    expect(replies[0]!.messages[0]!.text).toMatch(/農業のお仕事が見つからなかった/u);
    const shown = firstResults(replies);
    expect(shown.jobs.length).toBeGreaterThan(0);
    expect(shown.jobs.every((j) => j.jobTypeIds.includes('farming'))).toBe(true);
  });

  it('「ドラッグストアの接客」 is drugstore work: the named type says which part of 接客 is meant', () => {
    const replies = play('ja', '池袋でバイトを探しています', '翻訳か、ドラッグストアの 接客が いいです');
    const shown = firstResults(replies);
    expect(shown.jobs.length).toBeGreaterThan(0);
    shown.jobs.forEach((job, i) => {
      if (shown.matches[i] === 'exact')
        expect(job.jobTypeIds.some((t) => t === 'drugstore' || t === 'translation')).toBe(true);
    });
  });

  it('「接客以外で」 keeps every customer-facing job out, and says so in English by its English name', () => {
    const ja = play(
      'ja',
      '倉敷で平日の昼間できる仕事ないかな。接客以外で。',
      'なんでもいい',
      'ほかのも見たい',
    );
    expect(ja[0]!.messages[0]!.text).toMatch(/接客(以外|は外し|は避け|のお仕事は除いて)/u);
    const shownTypes = ja.flatMap((r) => r.jobs.flatMap((j) => j.jobTypeIds));
    expect(shownTypes.length).toBeGreaterThan(0);
    for (const customerFacing of ['convenience-store', 'cafe', 'hall-staff', 'call-center', 'cashier'])
      expect(shownTypes).not.toContain(customerFacing);
    const en = play('en', 'I want work in Kurashiki, no customer service please');
    expect(en[0]!.messages[0]!.text).toMatch(/customer service/iu);
    expect(en[0]!.messages[0]!.text).not.toContain('接客');
  });
});
