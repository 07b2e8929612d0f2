import type { IntentRequest } from 'ask-sdk-model';
import { alexaTurnInput } from '../../src/channels/alexa/alexa-turn-input';
import { runChannelTurn, type ChannelTurnDeps, type JobEvent } from '../../src/channels/shared';
import { jobPostback } from '../../src/dialogue/postbacks';
import { MemorySavedJobsStore, savedJobsKey } from '../../src/saved';
import { createDialoguePort } from '../../src/server';
import { MemorySessionStore } from '../../src/session';
import { testConfig } from '../server/test-app';
import { sampleData } from './alexa/alexa-test-app';

/** An Alexa IntentRequest as the platform sends it for 「2番目にする」 (PickJobIntent, position 2). */
const pickSecond: IntentRequest = {
  type: 'IntentRequest',
  requestId: 'amzn1.echo-api.request.1',
  timestamp: '2026-12-03T10:00:00Z',
  locale: 'ja-JP',
  dialogState: 'COMPLETED',
  intent: {
    name: 'PickJobIntent',
    confirmationStatus: 'NONE',
    slots: { position: { name: 'position', value: '2', confirmationStatus: 'NONE' } },
  },
};

describe('a choice is the same event on every channel', () => {
  it('LINE postback, Alexa 「2番目にする」 and the web button record the same choice; saving is kept per user', async () => {
    const data = await sampleData();
    const port = createDialoguePort(data, testConfig());
    const events: JobEvent[] = [];
    const saved = new MemorySavedJobsStore({ ttlSeconds: 60 });
    const deps = (voice: boolean): ChannelTurnDeps => ({
      store: new MemorySessionStore(),
      dialogue: voice ? port.voice! : port,
      namespace: 'test',
      ttlSeconds: 60,
      saved,
      jobEvents: (event) => events.push(event),
    });
    const line = deps(false);
    const alexa = deps(true);
    const web = deps(false);
    const search = { kind: 'text' as const, text: '京都で塾講師のバイト' };
    const lineResults = await runChannelTurn(line, 'line', 'U-line', search);
    const alexaResults = await runChannelTurn(alexa, 'alexa', 'amzn1.ask.account.A', search);
    await runChannelTurn(web, 'web', 'conversation-1', search);
    const second = lineResults.reply.jobs[1]!.id;
    expect(alexaResults.reply.jobs[1]!.id).toBe(second);

    await runChannelTurn(line, 'line', 'U-line', { kind: 'postback', value: jobPostback('save', second) });
    await runChannelTurn(line, 'line', 'U-line', { kind: 'postback', value: jobPostback('choose', second) });
    const spoken = await runChannelTurn(
      alexa,
      'alexa',
      'amzn1.ask.account.A',
      alexaTurnInput(pickSecond, 'ja'),
    );
    await runChannelTurn(web, 'web', 'conversation-1', {
      kind: 'postback',
      value: jobPostback('choose', second),
    });

    const chosen = events.filter((e) => e.kind === 'chosen');
    expect(chosen.map((e) => [e.channel, e.listingId])).toEqual([
      ['line', second],
      ['alexa', second],
      ['web', second],
    ]);
    expect(spoken.reply.messages.map((m) => m.text).join('')).toContain(alexaResults.reply.jobs[1]!.title);
    // Users are hashed, never raw ids.
    expect(JSON.stringify(events)).not.toContain('U-line');
    // Only the user who asked has saved jobs.
    expect(await saved.list(savedJobsKey('test', 'line', 'U-line'))).toEqual([second]);
    expect(await saved.list(savedJobsKey('test', 'alexa', 'amzn1.ask.account.A'))).toEqual([]);
    expect(await saved.list(savedJobsKey('test', 'web', 'conversation-1'))).toEqual([]);
  });

  it('a save without a saved-jobs store fails as the store being away: nothing is said to be saved', async () => {
    const data = await sampleData();
    const port = createDialoguePort(data, testConfig());
    const deps: ChannelTurnDeps = {
      store: new MemorySessionStore(),
      dialogue: port,
      namespace: 'test',
      ttlSeconds: 60,
    };
    const results = await runChannelTurn(deps, 'web', 'c', { kind: 'text', text: '京都で塾講師のバイト' });
    await expect(
      runChannelTurn(deps, 'web', 'c', {
        kind: 'postback',
        value: jobPostback('save', results.reply.jobs[0]!.id),
      }),
    ).rejects.toMatchObject({ name: 'SessionStoreUnavailableError' });
  });
});
