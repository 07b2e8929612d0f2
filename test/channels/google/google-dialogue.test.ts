import { GOOGLE_PARAMS } from '../../../src/channels/google';
import { createDialoguePort } from '../../../src/server';
import { post, testConfig } from '../../server/test-app';
import { sampleData } from '../alexa/alexa-test-app';
import { recordingDialogue, unavailableStore, UNSPEAKABLE } from '../alexa/voice-test-kit';
import {
  GoogleConversation,
  handlerRequest,
  startGoogleApp,
  type GoogleResponseBody,
  type GoogleTestApp,
} from './google-test-kit';

function expectSpoken(body: GoogleResponseBody): void {
  const simple = body.prompt.firstSimple!;
  expect(simple.speech).toMatch(/^<speak>.+<\/speak>$/su);
  expect(simple.speech.replace(/<[^>]+>/gu, '')).not.toMatch(UNSPEAKABLE);
  expect(simple.text.length).toBeGreaterThan(0);
  expect([...simple.text].length).toBeLessThanOrEqual(640);
  for (const chip of body.prompt.suggestions ?? []) expect([...chip.title].length).toBeLessThanOrEqual(25);
  expect((body.prompt.suggestions ?? []).length).toBeLessThanOrEqual(8);
}

describe('Google Actions webhook, whole dialogues in the platform JSON shape', () => {
  let app: GoogleTestApp;
  let dialogue: ReturnType<typeof recordingDialogue>;
  beforeAll(async () => {
    dialogue = recordingDialogue(createDialoguePort(await sampleData(), testConfig()));
    app = await startGoogleApp({ dialogue });
  });
  afterAll(() => app.close());
  beforeEach(() => {
    dialogue.inputs.length = 0;
  });

  it('starts, takes intents, chips and free text, then shows jobs on a card and ends', async () => {
    const conv = new GoogleConversation(app.url, 'session-dialogue-1');
    let response = await conv.send('start');
    expect(response.status).toBe(200);
    let body = response.body as GoogleResponseBody;
    expectSpoken(body);
    expect(conv.params[GOOGLE_PARAMS.conversation]).toMatch(/^[0-9a-f]{64}$/u);
    expect(body.prompt.suggestions?.map((s) => s.title)).toEqual(['どこでもいい', 'ヘルプ']);

    // A volunteered sentence goes to the dialogue as the user said it.
    response = await conv.send('turn', 'volunteer', '東京でコンビニのバイト');
    body = response.body as GoogleResponseBody;
    expectSpoken(body);

    const said: [string, string][] = [
      ['yes', 'うん'],
      ['maybe', 'たぶん'],
      ['dont_know', 'わからない'],
      ['no', 'いいえ'],
      ['probably_not', 'あんまり'],
    ];
    for (let i = 0; body.prompt.content === undefined; i++) {
      expect(i).toBeLessThan(20);
      const [intent, query] = said[i % said.length]!;
      response = await conv.send('turn', intent, query);
      expect(response.status).toBe(200);
      body = response.body as GoogleResponseBody;
      expectSpoken(body);
    }
    expect(dialogue.inputs.slice(0, 3)).toEqual([
      { kind: 'start', locale: 'ja' },
      { kind: 'text', text: '東京でコンビニのバイト', locale: 'ja' },
      { kind: 'postback', value: 'yes', locale: 'ja' },
    ]);
    const answers = ['yes', 'probablyYes', 'dontKnow', 'no', 'probablyNo'];
    dialogue.inputs
      .slice(2)
      .forEach((input, i) =>
        expect(input).toEqual({ kind: 'postback', value: answers[i % 5], locale: 'ja' }),
      );
    // Every job shown is an item of its own, numbered as read, each with its own link.
    const items = body.prompt.content!.collectionBrowse!.items;
    expect(items.length).toBeGreaterThanOrEqual(2);
    items.forEach((item, i) => {
      expect(item.title.startsWith(`${i + 1}. `)).toBe(true);
      expect(item.openUriAction.url).toMatch(/^https:\/\/jobs\.soudan\.example\/jobs\/L\d+$/u);
    });
    expect(new Set(items.map((item) => item.openUriAction.url)).size).toBe(items.length);
    expect(body.prompt.firstSimple!.speech).toContain('1つ目');
    expect(body.prompt.firstSimple!.speech).not.toContain('4つ目');
    expect(body.prompt.suggestions?.map((s) => s.title)).toContain('ほかのも見たい');

    // Tapping a chip sends its title back: the webhook turns it into the chip's postback.
    dialogue.inputs.length = 0;
    response = await conv.send('turn', 'actions.intent.NO_MATCH_1', 'ほかのも見たい');
    expect(dialogue.inputs).toEqual([{ kind: 'postback', value: 'cmd:more', locale: 'ja' }]);
    body = response.body as GoogleResponseBody;
    // 「これがいい」 to several jobs asks which; a position in words chooses and ends.
    response = await conv.send('turn', 'yes', 'これがいい');
    body = response.body as GoogleResponseBody;
    expect(body.scene?.next?.name).toBeUndefined();
    response = await conv.send('turn', 'actions.intent.NO_MATCH_1', '1番目がいい');
    body = response.body as GoogleResponseBody;
    expectSpoken(body);
    expect(body.scene?.next?.name).toBe('actions.page.END_CONVERSATION');
    expect(body.prompt.suggestions).toBeUndefined();
  });

  it('repeats the question on silence and passes unmatched words on as text', async () => {
    const conv = new GoogleConversation(app.url, 'session-dialogue-2');
    await conv.send('start');
    const silence = (await conv.send('no_input', 'actions.intent.NO_INPUT_1')).body as GoogleResponseBody;
    expectSpoken(silence);
    const unmatched = (await conv.send('turn', 'actions.intent.NO_MATCH_1', 'えーと、なんだろう'))
      .body as GoogleResponseBody;
    expectSpoken(unmatched);
    expect(dialogue.inputs.slice(1)).toEqual([
      { kind: 'postback', value: 'cmd:repeat', locale: 'ja' },
      { kind: 'text', text: 'えーと、なんだろう', locale: 'ja' },
    ]);
  });

  it('speaks English to en-US and to locales it was not built for', async () => {
    for (const locale of ['en-US', 'de-DE']) {
      const body = (await new GoogleConversation(app.url, `session-${locale}`, locale).send('start'))
        .body as GoogleResponseBody;
      expect(body.prompt.firstSimple!.text).toMatch(/^[\x20-\x7E’\n]+$/u);
    }
  });

  it('answers malformed requests and unknown handlers with 400 and takes no turn', async () => {
    const noSession = handlerRequest('turn');
    delete noSession.session;
    for (const body of [
      '{',
      '[]',
      '{}',
      JSON.stringify(handlerRequest('unknown_handler')),
      JSON.stringify(noSession),
    ]) {
      const response = await post(app.url, body);
      expect([body.slice(0, 40), response.status]).toEqual([body.slice(0, 40), 400]);
      expect(response.text).not.toMatch(/\bat .*:\d+:\d+/u);
    }
    expect(dialogue.inputs).toEqual([]);
  });
});

describe('Google webhook when the session store is down', () => {
  it('apologises in speech, never a 500', async () => {
    const app = await startGoogleApp({ store: unavailableStore() });
    try {
      const response = await new GoogleConversation(app.url, 'session-down').send('start');
      expect(response.status).toBe(200);
      expect((response.body as GoogleResponseBody).prompt.firstSimple!.speech).toContain(
        'もう一度言ってもらえますか',
      );
    } finally {
      await app.close();
    }
  });
});
