import { channelConfig } from '../../../src/config';
import { TestAdapter, type Activity } from 'botbuilder';
import { createTeamsBot } from '../../../src/channels/teams';
import { sharedRenderer, smallContext } from '../../../src/dialogue/testing/dialogue-fixture';
import { silentLogger } from '../../../src/logging';
import { MemorySessionStore } from '../../../src/session';
import { testConfig } from '../../server/test-app';
import { cardsOf, expectedShape, reference, shapeOf, smallDialogue } from './teams-test-kit';

function adapterFor(locale = 'ja-JP'): TestAdapter {
  const bot = createTeamsBot(
    {
      config: channelConfig(testConfig({ PUBLIC_BASE_URL: 'https://soudan.example.jp' }), 'teams'),
      logger: silentLogger,
      dialogue: smallDialogue(),
      store: new MemorySessionStore(),
      catalog: smallContext().catalog,
    },
    sharedRenderer(),
  );
  return new TestAdapter(bot.run, { locale });
}

async function turn(adapter: TestAdapter, activity: Partial<Activity>): Promise<Partial<Activity>[]> {
  await adapter.processActivity(activity);
  return adapter.activeQueue.splice(0);
}

describe('Teams bot through TestAdapter', () => {
  it('greets a new member, then takes a whole dialogue by Action.Submit to a carousel of job cards', async () => {
    const adapter = adapterFor();
    const ref = reference();
    let expected = ref.start();
    let replies = await turn(adapter, {
      type: 'conversationUpdate',
      membersAdded: [{ id: 'user1', name: 'User 1' }],
    });
    let turns = 0;
    for (;;) {
      expect(shapeOf(replies)).toEqual(expectedShape(expected));
      const card = cardsOf(replies.at(-1))[0]!;
      expect(card.version).toBe('1.5');
      expect(card.actions.map((a) => a.type)).toEqual(expected.suggestions.map(() => 'Action.Submit'));
      expect(card.actions.map((a) => a.data!.postback)).toEqual(expected.suggestions.map((s) => s.postback));
      if (replies.some((r) => r.attachmentLayout === 'carousel')) break;
      expect(++turns).toBeLessThan(25);
      const postback = card.actions[0]!.data!.postback;
      replies = await turn(adapter, { type: 'message', value: { postback } });
      expected = ref.tap(postback);
    }
    const jobs = cardsOf(replies.find((r) => r.attachmentLayout === 'carousel'));
    expect(jobs).toHaveLength(Math.min(10, expected.jobs.length));
    jobs.forEach((card, i) => {
      const job = expected.jobs[i]!;
      const lines = card.body.map((b) => b.text);
      expect(lines[0]).toBe(`${i + 1}. ${job.title}`);
      expect(lines).toContain(sharedRenderer().wage('ja', job.wage!).text);
      expect(lines).toContain(`${job.area!.prefecture}${job.area!.municipality!.replace(/\s+/gu, '')}`);
      expect(card.actions).toEqual([
        { type: 'Action.Submit', title: '詳しく', data: { postback: `job:details:${job.id}` } },
        { type: 'Action.Submit', title: 'これにする', data: { postback: `job:choose:${job.id}` } },
        { type: 'Action.Submit', title: '保存', data: { postback: `job:save:${job.id}` } },
        { type: 'Action.OpenUrl', title: '求人を見る', url: job.url },
      ]);
    });
  });

  it('takes typed text, speaks English to an English client, and nudges after an attachment-only message', async () => {
    const ja = adapterFor();
    await turn(ja, { type: 'conversationUpdate', membersAdded: [{ id: 'user1', name: 'User 1' }] });
    const typed = await turn(ja, { type: 'message', text: '渋谷で' });
    expect(typed[0]!.text).toContain('東京都渋谷区');
    const ref = reference();
    ref.start();
    expect(shapeOf(typed)).toEqual(expectedShape(ref.say('渋谷で')));
    const image = await turn(ja, {
      type: 'message',
      attachments: [{ contentType: 'image/png', contentUrl: 'x' }],
    });
    expect(image[0]!.text).toBe(
      'ごめんなさい、スタンプや画像はまだ読めないんです。ボタンを押すか、文字で答えてくださいね。',
    );
    expect(shapeOf(image)).toEqual(expectedShape(ref.send({ kind: 'unsupported', what: 'media' })));

    const en = adapterFor('en-US');
    const hello = await turn(en, {
      type: 'conversationUpdate',
      membersAdded: [{ id: 'user1', name: 'User 1' }],
    });
    expect(hello[0]!.text).toMatch(/^(Hello|Hi)/);
  });

  it('ignores activities it has no use for', async () => {
    const adapter = adapterFor();
    for (const type of ['typing', 'messageReaction', 'installationUpdate', 'event']) {
      expect(await turn(adapter, { type })).toEqual([]);
    }
  });
});
