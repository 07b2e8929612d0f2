import { readFileSync } from 'node:fs';
import path from 'node:path';
import { ALEXA_PATH } from '../../../src/channels/alexa';
import { createDialoguePort } from '../../../src/server';
import { post, testConfig } from '../../server/test-app';
import { sampleData, startAlexaApp, type AlexaTestApp } from './alexa-test-app';
import { recordingDialogue } from './voice-test-kit';

type Envelope = Record<string, unknown> & { request: Record<string, unknown> };
const fixture = (name: string): Envelope =>
  JSON.parse(readFileSync(path.join(__dirname, 'fixtures', `${name}.json`), 'utf8')) as Envelope;

interface AlexaBody {
  response: { outputSpeech?: { ssml: string }; shouldEndSession?: boolean };
}

describe('Alexa webhook with real request bodies', () => {
  let app: AlexaTestApp;
  let dialogue: ReturnType<typeof recordingDialogue>;
  beforeAll(async () => {
    dialogue = recordingDialogue(createDialoguePort(await sampleData(), testConfig()));
    app = await startAlexaApp({ dialogue });
  });
  afterAll(() => app.close());
  beforeEach(() => {
    dialogue.inputs.length = 0;
  });

  it('starts on LaunchRequest, takes the resolved slot of an IntentRequest, and ends quietly', async () => {
    const launch = await post(app.url + ALEXA_PATH, fixture('launch-request'));
    expect(launch.status).toBe(200);
    expect((launch.body as AlexaBody).response.outputSpeech!.ssml).toContain('こんにちは');

    const intent = await post(app.url + ALEXA_PATH, fixture('intent-request-job-type'));
    expect(intent.status).toBe(200);
    expect((intent.body as AlexaBody).response.shouldEndSession).toBe(false);

    const ended = await post(app.url + ALEXA_PATH, fixture('session-ended-request'));
    expect(ended.status).toBe(200);
    expect((ended.body as AlexaBody).response).toEqual({});
    expect(dialogue.inputs).toEqual([
      { kind: 'start', locale: 'ja' },
      { kind: 'text', text: 'カフェ', locale: 'ja' },
    ]);
  });

  it('hands an intent the skill does not handle to the dialogue as unsupported, keeping the session', async () => {
    const body = fixture('intent-request-job-type');
    body.request.intent = { name: 'AMAZON.ShuffleOnIntent', confirmationStatus: 'NONE' };
    const response = await post(app.url + ALEXA_PATH, body);
    expect(response.status).toBe(200);
    expect((response.body as AlexaBody).response.shouldEndSession).toBe(false);
    expect(dialogue.inputs).toEqual([{ kind: 'unsupported', what: 'request', locale: 'ja' }]);
  });

  it('speaks English, not an error, to a locale the skill was not built for', async () => {
    const body = fixture('launch-request');
    body.request.locale = 'de-DE';
    const response = await post(app.url + ALEXA_PATH, body);
    expect(response.status).toBe(200);
    expect((response.body as AlexaBody).response.outputSpeech!.ssml).toMatch(/^<speak>[\x20-\x7E’]+/u);
    expect(dialogue.inputs).toEqual([{ kind: 'start', locale: 'en' }]);
  });

  it('refuses malformed bodies with 400 and takes no turn', async () => {
    const noContext = fixture('launch-request');
    delete noContext.context;
    const noIntent = fixture('intent-request-job-type');
    delete noIntent.request.intent;
    for (const body of [
      '',
      '{',
      '[]',
      '"text"',
      JSON.stringify({ request: {} }),
      JSON.stringify(noContext),
      JSON.stringify(noIntent),
    ]) {
      const response = await post(app.url + ALEXA_PATH, body);
      expect([body, response.status]).toEqual([body, 400]);
      expect(response.text).not.toMatch(/\bat .*:\d+:\d+/u);
    }
    expect(dialogue.inputs).toEqual([]);
  });
});

describe('Alexa webhook skill id check', () => {
  it('refuses a request for another skill with 400', async () => {
    const app = await startAlexaApp({ env: { ALEXA_SKILL_ID: 'amzn1.ask.skill.ours' } });
    try {
      const response = await post(app.url + ALEXA_PATH, fixture('launch-request'));
      expect(response.status).toBe(400);
      expect(response.body).toEqual({
        error: { code: 'invalid_request', message: 'The request is for another skill' },
      });
    } finally {
      await app.close();
    }
  });
});
