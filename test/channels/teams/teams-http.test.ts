import type { Activity } from 'botbuilder';
import { sessionId } from '../../../src/channels/teams';
import { ConfigError } from '../../../src/config';
import { hashId } from '../../../src/logging';
import { MemorySessionStore, SessionStoreUnavailableError, sessionKey } from '../../../src/session';
import { testConfig } from '../../server/test-app';
import {
  activities,
  cardsOf,
  expectedShape,
  reference,
  shapeOf,
  startTeamsApp,
  type TeamsTestApp,
} from './teams-test-kit';

type Replies = { activities: Partial<Activity>[] };
const repliesOf = (body: unknown) => (body as Replies).activities;

describe('Teams over HTTP in emulator mode (deliveryMode expectReplies)', () => {
  let app: TeamsTestApp;
  beforeAll(async () => {
    app = await startTeamsApp();
  });
  afterAll(() => app.close());

  it('says once at start that it runs unauthenticated', () => {
    expect(
      app.logs.filter((l) => String(l.message).startsWith('teams channel in emulator mode')),
    ).toHaveLength(1);
  });

  it('runs a whole personal dialogue and returns every reply in the HTTP body', async () => {
    const greet = await app.post(activities.membersAdded('29:alice', ['29:alice', '28:soudan-bot']));
    expect(greet.status).toBe(200);
    let replies = repliesOf(greet.body);
    expect(replies[0]!.text).toMatch(/^こんにちは|^はじめまして/);
    let turns = 0;
    while (!replies.some((r) => r.attachmentLayout === 'carousel')) {
      expect(++turns).toBeLessThan(20);
      const postback = cardsOf(replies.at(-1))[0]!.actions[0]!.data!.postback;
      const response = await app.post(activities.message('29:alice', { value: { postback } }));
      expect(response.status).toBe(200);
      replies = repliesOf(response.body);
    }
    const jobs = cardsOf(replies.find((r) => r.attachmentLayout === 'carousel'));
    expect(jobs[0]!.actions.map((a: { type: string }) => a.type)).toEqual([
      'Action.Submit',
      'Action.Submit',
      'Action.Submit',
      'Action.OpenUrl',
    ]);
    expect(await app.store.get(sessionKey('test', 'teams', 'a:personal-29:alice:29:alice'))).not.toBeNull();
  });

  it('in a group answers only when mentioned (or a card button is pressed), one session per member', async () => {
    const group = '19:meeting-abc@thread.v2';
    const quiet = await app.post(
      activities.message('29:bob', { text: 'カフェ', conversation: group, group: true }),
    );
    expect(quiet.status).toBe(200);
    expect(repliesOf(quiet.body)).toEqual([]);

    const bob = await app.post(
      activities.message('29:bob', { text: '大阪府で', conversation: group, group: true, mention: true }),
    );
    const bobRef = reference();
    expect(shapeOf(repliesOf(bob.body))).toEqual(expectedShape(bobRef.say('大阪府で')));
    expect(repliesOf(bob.body)[0]!.text).toContain('大阪');
    const carol = await app.post(
      activities.message('29:carol', { text: 'こんにちは', conversation: group, group: true, mention: true }),
    );
    expect(
      repliesOf(carol.body)
        .map((r) => r.text ?? '')
        .join(''),
    ).not.toContain('大阪');
    // Bob presses the first button of his card, without a mention: his own dialogue goes on.
    const postback = cardsOf(repliesOf(bob.body).at(-1))[0]!.actions[0]!.data!.postback;
    const pressed = await app.post(
      activities.message('29:bob', { value: { postback }, conversation: group, group: true }),
    );
    expect(shapeOf(repliesOf(pressed.body))).toEqual(expectedShape(bobRef.tap(postback)));
    for (const user of ['29:bob', '29:carol']) {
      expect(await app.store.get(sessionKey('test', 'teams', `${group}:${user}`))).not.toBeNull();
    }
  });

  it('keeps the order of a burst from one user and loses no answer', async () => {
    await app.post(activities.membersAdded('29:dave', ['29:dave']));
    await app.post(activities.message('29:dave', { value: { postback: 'area:any' } }));
    const answers = ['yes', 'no', 'no', 'no', 'dontKnow', 'dontKnow'];
    const responses = await Promise.all(
      answers.map((postback) => app.post(activities.message('29:dave', { value: { postback } }))),
    );
    expect(responses.map((r) => r.status)).toEqual(answers.map(() => 200));
    // Each call took its own turn, one after another: turn numbers 1..8 for this conversation, none repeated.
    const dave = hashId(sessionId('a:personal-29:dave', '29:dave'));
    const turns = app.logs
      .filter((l) => l.message === 'turn' && l.conversation === dave)
      .map((l) => Number(l.turn));
    expect(turns).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
  });

  it('refuses malformed activities with 400 and logs them; acknowledges unknown types with 200', async () => {
    expect((await app.post('{nope')).status).toBe(400);
    expect((await app.post([])).status).toBe(400);
    expect((await app.post({ text: 'no type' })).status).toBe(400);
    expect((await app.post({ type: 'message', conversation: { id: 'c' } })).status).toBe(400);
    expect(app.logs.filter((l) => l.message === 'teams activity malformed: refused')).toHaveLength(3);
    const odd = { ...activities.message('29:erin', { text: 'x' }), type: 'somethingNew' };
    const response = await app.post(odd);
    expect(response.status).toBe(200);
    expect(repliesOf(response.body)).toEqual([]);
    const broken = { ...activities.message('29:erin', { text: 'x' }), from: undefined };
    expect((await app.post(broken)).status).toBe(200);
  });
});

class DownStore extends MemorySessionStore {
  override async get(): Promise<never> {
    throw new SessionStoreUnavailableError('down (test)', { context: { operation: 'get' } });
  }
}

describe('Teams with the session store away', () => {
  it('answers with an apology message, not a 500', async () => {
    const app = await startTeamsApp({ store: new DownStore() });
    try {
      const response = await app.post(activities.message('29:frank', { text: 'はい' }));
      expect(response.status).toBe(200);
      expect(repliesOf(response.body).map((r) => r.text)).toEqual([
        'ごめんなさい、いまお返事ができませんでした。少し時間をおいて、もう一度送ってくださいね。',
      ]);
    } finally {
      await app.close();
    }
  });
});

describe('Teams channel settings', () => {
  const prod = (env: Record<string, string>) =>
    testConfig({ NODE_ENV: 'production', CHANNELS: 'teams', ...env });
  it('needs the app id and password in production (ConfigError naming them), and is off when CHANNELS leaves it out', () => {
    expect(() => prod({})).toThrow(/MICROSOFT_APP_ID: required[^]*MICROSOFT_APP_PASSWORD: required/);
    expect(() => prod({ MICROSOFT_APP_ID: 'id' })).toThrow(ConfigError);
    expect(() => prod({ MICROSOFT_APP_ID: 'id' })).toThrow(/MICROSOFT_APP_PASSWORD: required/);
    expect(() =>
      prod({ MICROSOFT_APP_ID: 'id', MICROSOFT_APP_PASSWORD: 'pw', MICROSOFT_APP_TYPE: 'SingleTenant' }),
    ).toThrow(/MICROSOFT_APP_TENANT_ID: required/);
    expect(testConfig({ CHANNELS: 'line' }).channels.teams).toEqual({
      enabled: false,
      reason: expect.any(String),
    });
    expect(testConfig().channels.teams).toEqual({
      enabled: true,
      credentials: null,
      replyTargets: { loopback: true, origins: [] },
    });
  });
});
