import type { DialogueState, Reply, TurnInput } from '../../src/dialogue';
import { createDialoguePort, loadData, type LoadedData } from '../../src/server';
import { testConfig } from '../server/test-app';

/**
 * The text dialogue over the bundled sample catalogue, as the whole-conversation tests play it: the port is built
 * once before the file's tests; `play` sends each line as typed text after the start (Japanese unless given) and returns every reply.
 */
export function sampleDialogue() {
  let port: ReturnType<typeof createDialoguePort> | undefined;
  let data: LoadedData | undefined;
  beforeAll(async () => {
    const config = testConfig();
    data = await loadData(config);
    port = createDialoguePort(data, config);
  });
  const built = () => {
    if (port === undefined || data === undefined)
      throw new Error('the sample dialogue is built in beforeAll');
    return { port, data };
  };
  const play = (
    lines: readonly string[],
    start: TurnInput = { kind: 'start', locale: 'ja' },
    /** The dialogue paged for speech, as the Alexa and Google channels use it. */
    { voice = false }: { readonly voice?: boolean } = {},
  ): { state: DialogueState; replies: Reply[] } => {
    const p = voice ? (built().port.voice ?? built().port) : built().port;
    let { state } = p.takeTurn(undefined, start) as { state: unknown };
    const replies: Reply[] = [];
    for (const text of lines) {
      const input: TurnInput = { kind: 'text', text };
      const turn = p.takeTurn(state, input);
      state = turn.state;
      replies.push(turn.reply);
    }
    return { state: state as DialogueState, replies };
  };
  const textOf = (reply: Reply | undefined): string => (reply?.messages ?? []).map((m) => m.text).join('\n');
  return { play, textOf, data: () => built().data };
}
