import type { Reply } from '../../src/dialogue';
import { createDialoguePort, loadData } from '../../src/server';
import { testConfig } from './test-app';

/** Talks until results, answering わからない to every question. */
function untilResults(take: (state: unknown, text: string) => { state: unknown; reply: Reply }): {
  state: unknown;
  reply: Reply;
} {
  let turn = take(undefined, '大阪でカフェ');
  for (let i = 0; i < 12 && turn.reply.act !== 'showResults'; i++) turn = take(turn.state, 'わからない');
  return turn;
}

describe('the dialogue paged for speech', () => {
  it('shows as many jobs a page as it reads aloud, so a speaker user hears every one', async () => {
    const config = testConfig();
    const port = createDialoguePort(await loadData(config), config);
    const voice = port.voice!;
    const say = (dialogue: typeof port) => (state: unknown, text: string) =>
      dialogue.takeTurn(state, { kind: 'text', text, locale: 'ja' });

    const spoken = untilResults(say(voice));
    expect(spoken.reply.jobs).toHaveLength(3);
    const speech = spoken.reply.messages.map((m) => m.speech).join(' ');
    for (const n of [1, 2, 3]) expect(speech).toContain(`${n}件目`);
    expect(speech).not.toMatch(/ほかにも\d+件/u);
    const more = voice.takeTurn(spoken.state, { kind: 'text', text: 'ほかのも見たい', locale: 'ja' });
    expect(more.reply.jobs.map((j) => j.id).some((id) => spoken.reply.jobs.some((s) => s.id === id))).toBe(
      false,
    );

    // The chat channels keep their longer page.
    expect(untilResults(say(port)).reply.jobs).toHaveLength(5);
  });
});
