import path from 'node:path';
import { VirtualAlexa } from 'virtual-alexa';
import { ALEXA_PATH } from '../../../src/channels/alexa';
import { createDialoguePort } from '../../../src/server';
import { testConfig } from '../../server/test-app';
import { sampleData, startAlexaApp, type AlexaTestApp } from './alexa-test-app';
import { recordingDialogue, unavailableStore, UNSPEAKABLE } from './voice-test-kit';
import { estimateSpeechSeconds } from '../../../src/channels/shared/speech-length';

const MODEL = path.join(__dirname, '../../../skills/alexa/skill-package/interactionModels/custom/ja-JP.json');

interface AlexaResponse {
  outputSpeech?: { type: string; ssml: string };
  reprompt?: { outputSpeech: { ssml: string } };
  card?: { type: string; title: string; text: string };
  shouldEndSession?: boolean;
}

async function said(promise: Promise<unknown>): Promise<AlexaResponse> {
  return ((await promise) as { response: AlexaResponse }).response;
}

/** What every spoken response must be: one SSML document, nothing unspeakable, a reprompt while asking. */
function expectSpeakable(response: AlexaResponse): void {
  const ssml = response.outputSpeech!.ssml;
  expect(ssml).toMatch(/^<speak>.+<\/speak>$/su);
  const words = ssml.replace(/<[^>]+>/gu, '');
  expect(words).not.toMatch(UNSPEAKABLE);
  if (response.shouldEndSession === false)
    expect(response.reprompt?.outputSpeech.ssml).toMatch(/^<speak>.+<\/speak>$/su);
}

describe('Alexa skill through virtual-alexa and the real interaction model', () => {
  let app: AlexaTestApp;
  let dialogue: ReturnType<typeof recordingDialogue>;
  let alexa: VirtualAlexa;

  beforeAll(async () => {
    const data = await sampleData();
    dialogue = recordingDialogue(createDialoguePort(data, testConfig()));
    app = await startAlexaApp({ dialogue });
  });
  afterAll(() => app.close());
  beforeEach(() => {
    alexa = VirtualAlexa.Builder()
      .skillURL(app.url + ALEXA_PATH)
      .interactionModelFile(MODEL)
      .locale('ja-JP')
      .create();
    dialogue.inputs.length = 0;
  });

  it('talks a whole dialogue in Japanese: area, yes/no answers, then the jobs named within 25 s and a card', async () => {
    const launch = await said(alexa.launch());
    expectSpeakable(launch);
    expect(launch.shouldEndSession).toBe(false);
    expect(launch.outputSpeech!.ssml).toContain('どのあたり');
    expect(dialogue.inputs).toEqual([{ kind: 'start', locale: 'ja' }]);

    let response = await said(alexa.utter('東京都'));
    expectSpeakable(response);
    expect(dialogue.inputs[1]).toEqual({ kind: 'text', text: '東京都', locale: 'ja' });

    const answers = ['はい', 'たぶん', 'わからない', 'いいえ', 'たぶん違う'];
    for (let i = 0; response.card === undefined; i++) {
      expect(i).toBeLessThan(20);
      response = await said(alexa.utter(answers[i % answers.length]!));
      expectSpeakable(response);
    }
    expect(dialogue.inputs.slice(2, 7).map((input) => input.kind === 'postback' && input.value)).toEqual(
      ['yes', 'probablyYes', 'dontKnow', 'no', 'probablyNo'].slice(
        0,
        Math.min(5, dialogue.inputs.length - 2),
      ),
    );
    const ssml = response.outputSpeech!.ssml;
    expect(ssml).toContain('1つ目');
    expect(ssml).not.toContain('4つ目');
    expect(estimateSpeechSeconds(ssml)).toBeLessThan(25);
    expect(response.card).toMatchObject({ type: 'Standard', title: 'お仕事の候補' });
    expect(response.card!.text).toMatch(/https:\/\/jobs\.soudan\.example\/jobs\/L\d+/u);
    expect(response.shouldEndSession).toBe(false);

    // A plain はい to three jobs asks which; a position chooses and ends.
    const which = await said(alexa.utter('はい'));
    expect(which.shouldEndSession).toBe(false);
    const done = await said(alexa.utter('1 番目にする'));
    expectSpeakable(done);
    expect(done.shouldEndSession).toBe(true);
    expect(done.reprompt).toBeUndefined();
  });

  it('takes volunteered facts from slots as text, with the catalogue name when the slot resolved', async () => {
    await alexa.launch();
    const response = await said(alexa.intend('SearchIntent', { area: '渋谷', jobType: 'かふぇ' }));
    expectSpeakable(response);
    expect(dialogue.inputs[1]).toEqual({ kind: 'text', text: '渋谷区 カフェ', locale: 'ja' });
    expect(response.outputSpeech!.ssml).toContain('<sub alias="しぶやく">渋谷区</sub>');
  });

  it('hands a name several places share to the dialogue as said: 横浜 is 横浜市, 府中 asks naming both', async () => {
    await alexa.launch();
    const response = await said(
      alexa.intend('SearchIntent', { area: '横浜', condition: '日払い', jobType: '居酒屋' }),
    );
    expectSpeakable(response);
    expect(dialogue.inputs[1]).toEqual({ kind: 'text', text: '横浜 居酒屋 日払いOK', locale: 'ja' });
    expect(response.outputSpeech!.ssml).toContain('横浜市');
    expect(response.outputSpeech!.ssml).not.toContain('青森');

    const other = VirtualAlexa.Builder()
      .skillURL(app.url + ALEXA_PATH)
      .interactionModelFile(MODEL)
      .locale('ja-JP')
      .create();
    await other.launch();
    const pick = await said(other.intend('AreaIntent', { area: '府中' }));
    expectSpeakable(pick);
    expect(pick.outputSpeech!.ssml).toMatch(/東京都.*と.*広島県/u);
    expect(pick.reprompt!.outputSpeech.ssml).toMatch(/東京都.*と.*広島県/u);
  });

  it('asks again for FallbackIntent and for a slot intent without its value', async () => {
    await alexa.launch();
    for (const [intent, slots] of [
      ['AMAZON.FallbackIntent', {}],
      ['JobTypeIntent', {}],
    ] as const) {
      const response = await said(alexa.intend(intent, slots));
      expectSpeakable(response);
      expect(response.shouldEndSession).toBe(false);
    }
    expect(dialogue.inputs.slice(1)).toEqual([
      { kind: 'text', text: '', locale: 'ja' },
      { kind: 'text', text: '', locale: 'ja' },
    ]);
  });

  it('maps 「なんでもいい」, back, skip, more, repeat, help, start over and stop to the dialogue', async () => {
    await alexa.launch();
    await alexa.utter('どこでもいい');
    for (const phrase of [
      'なんでもいい',
      '戻る',
      'スキップ',
      'もう一回',
      'ヘルプ',
      '最初から',
      'ほかのも見たい',
      '終わり',
    ]) {
      expectSpeakable(await said(alexa.utter(phrase)));
    }
    expect(dialogue.inputs.slice(1).map((i) => i.kind === 'postback' && i.value)).toEqual([
      'area:any',
      'dontKnow',
      'cmd:undo',
      'cmd:skip',
      'cmd:repeat',
      'cmd:help',
      'cmd:restart',
      'cmd:more',
      'cmd:stop',
    ]);
  });

  it('answers SessionEndedRequest with an empty response and takes no turn', async () => {
    await alexa.launch();
    const ended = await said(alexa.endSession());
    expect(ended).toEqual({});
    expect(dialogue.inputs).toHaveLength(1);
  });
});

describe('Alexa skill in English through the en-US model', () => {
  it('launches and answers in English', async () => {
    const app = await startAlexaApp();
    try {
      const alexa = VirtualAlexa.Builder()
        .skillURL(app.url + ALEXA_PATH)
        .interactionModelFile(MODEL.replace('ja-JP', 'en-US'))
        .locale('en-US')
        .create();
      for (const response of [await said(alexa.launch()), await said(alexa.utter('anywhere'))]) {
        expectSpeakable(response);
        expect(response.outputSpeech!.ssml).toMatch(/^<speak>[\x20-\x7E’]+<\/speak>$/u);
        expect(response.shouldEndSession).toBe(false);
      }
    } finally {
      await app.close();
    }
  });
});

describe('Alexa skill when the session store is down', () => {
  it('apologises in speech and keeps the session open, never a 500', async () => {
    const app = await startAlexaApp({ store: unavailableStore() });
    try {
      const alexa = VirtualAlexa.Builder()
        .skillURL(app.url + ALEXA_PATH)
        .interactionModelFile(MODEL)
        .locale('ja-JP')
        .create();
      const response = await said(alexa.launch());
      expect(response.outputSpeech!.ssml).toContain('もう一度言ってもらえますか');
      expect(response.shouldEndSession).toBe(false);
      expect(
        app.logs.some(
          (l) =>
            l.message === 'turn failed: apologising' && l.channel === 'alexa' && l.severity === 'WARNING',
        ),
      ).toBe(true);
    } finally {
      await app.close();
    }
  });
});
