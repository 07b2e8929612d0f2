import type { Reply, TurnInput } from '../../dialogue/types';
import { sharedRenderer } from '../../dialogue/testing/dialogue-fixture';
import { createLogger, hashId } from '../../logging';
import { MemorySessionStore, SessionStoreUnavailableError } from '../../session';
import { ChannelTurnRunner, type ChannelModality } from './channel-turn-runner';
import type { DialoguePort } from './ports';

const asked = { text: 'カフェは好きですか？', speech: 'カフェは好きですか' };
const okReply: Reply = {
  messages: [asked],
  reprompt: asked,
  suggestions: [],
  question: { kind: 'jobType', id: 'cafe', label: 'カフェ' },
  jobs: [],
  matches: [],
  cards: [],
  action: null,
  done: false,
  act: 'askJobType',
};

function runnerWith(takeTurn: DialoguePort['takeTurn'], modality: ChannelModality = 'text') {
  const lines: Record<string, unknown>[] = [];
  const logger = createLogger({ level: 'debug', write: (l) => lines.push(JSON.parse(l)) });
  const runner = new ChannelTurnRunner({
    channel: 'line',
    modality,
    turns: { store: new MemorySessionStore(), dialogue: { takeTurn }, namespace: 'test', ttlSeconds: 60 },
    logger,
    renderer: sharedRenderer(),
  });
  return { runner, lines };
}

const text: TurnInput = { kind: 'text', text: 'ひみつの住所' };

describe('ChannelTurnRunner', () => {
  it('writes one turn line: hashed conversation, input kind, latencyMs, never the text or the id', async () => {
    const { runner, lines } = runnerWith(() => ({ state: {}, reply: okReply }));
    const result = await runner.run({
      conversationId: 'U-raw-id',
      input: text,
      locale: 'ja',
      logFields: { x: 1 },
    });
    expect(result).toEqual({ reply: okReply, turn: 1 });
    expect(lines).toEqual([
      expect.objectContaining({
        severity: 'INFO',
        message: 'turn',
        channel: 'line',
        conversation: hashId('U-raw-id'),
        input: 'text',
        turn: 1,
        act: 'askJobType',
        outcome: 'ok',
        latencyMs: expect.any(Number),
        x: 1,
      }),
    ]);
    expect(JSON.stringify(lines)).not.toMatch(/ひみつ|U-raw-id/u);
  });

  it('apologises for a store that cannot answer with a warning, and for anything else with an error', async () => {
    const down = runnerWith(() => {
      throw new SessionStoreUnavailableError('down', { context: { operation: 'get' } });
    });
    const apology = await down.runner.run({ conversationId: 'c', input: text, locale: 'ja' });
    expect(apology.turn).toBeNull();
    expect(apology.reply).toMatchObject({ act: 'apology', done: false, question: null, suggestions: [] });
    expect(apology.reply.messages[0]!.text).toContain('もう一度送って');
    expect(apology.reply.reprompt).toEqual(apology.reply.messages[0]);
    expect(down.lines).toEqual([
      expect.objectContaining({
        severity: 'WARNING',
        message: 'turn failed: apologising',
        outcome: 'store_unavailable',
        latencyMs: expect.any(Number),
      }),
    ]);

    const broken = runnerWith(() => {
      throw new Error('bug');
    }, 'voice');
    const spoken = await broken.runner.run({ conversationId: 'c', input: text, locale: 'en' });
    expect(spoken.reply.messages[0]!.text).toContain('say that again');
    expect(broken.lines).toEqual([
      expect.objectContaining({ severity: 'ERROR', message: 'turn failed: apologising', outcome: 'failed' }),
    ]);
  });
});
