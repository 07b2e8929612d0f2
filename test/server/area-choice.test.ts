import type { DialoguePort } from '../../src/channels/shared';
import { createDialoguePort, loadData } from '../../src/server';
import { testConfig } from './test-app';

/** Answers to 「〜市ですか？〜県全体ですか？」 on the bundled catalogue, whose designated cities have wards. */
describe('choosing between a city and its prefecture', () => {
  let port: DialoguePort;
  beforeAll(async () => {
    const config = testConfig();
    port = createDialoguePort(await loadData(config), config);
  });

  const talk = (...texts: string[]) => {
    let state: unknown;
    let last = port.takeTurn(undefined, { kind: 'start', locale: 'ja' });
    for (const text of texts) {
      last = port.takeTurn(state ?? last.state, { kind: 'text', text });
      state = last.state;
    }
    return last;
  };

  it('a ward of the city offered, or a district in it, is the narrower answer and the one meant', () => {
    const asked = talk('福岡でバイト');
    expect(asked.reply.act).toBe('askArea');
    const reply = talk('福岡でバイト', '福岡市の中央区、天神あたり').reply;
    expect(reply.messages[0]!.text).toContain('福岡県福岡市中央区');
    expect(talk('福岡でバイト', '天神のへん').reply.messages[0]!.text).toContain('福岡市中央区');
    // In English, the district's romaji name does it.
    const en = talk("I'm looking for a side job in Fukuoka", 'Fukuoka city, Chuo ward, around Tenjin').reply;
    expect(en.messages[0]!.text).toContain('福岡市中央区');
  });

  it('「わからない」 keeps the prefecture both lie in', () => {
    expect(talk('福岡でバイト', 'わからない').reply.messages[0]!.text).toContain('福岡県');
    expect(talk('福岡でバイト', 'わからない').reply.messages[0]!.text).not.toContain('全国');
  });

  it('a shared name said in a dialect offers the place in that region first, and said again means it', () => {
    const asked = talk('八丁堀らへんでバイト探しよるんじゃけど');
    expect(asked.reply.suggestions[0]?.label).toBe('広島県広島市中区');
    expect(talk('八丁堀らへんでバイト探しよるんじゃけど', '八丁堀じゃね').reply.messages[0]!.text).toContain(
      '広島県広島市中区',
    );
    // Without one, the order stays the catalogue's.
    expect(talk('八丁堀でバイト').reply.suggestions[0]?.label).toBe('東京都中央区');
  });
});
