import { createHash, randomUUID } from 'node:crypto';
import { ALEXA_POSTBACK_INTENTS } from '../../channels/alexa/alexa-intents';
import type { Suggestion } from '../../dialogue/types';
import { plainSpeech } from '../neutral-reply';
import type { UserInput } from '../script';
import {
  expectOk,
  postBody,
  ReplayStepError,
  spokenLabel,
  type ChannelDriver,
  type ChannelSession,
} from './driver';

/** Signs a request body as Alexa does; null = the app runs the channel unverified (outside production). */
export type AlexaSigner = ((body: string) => Record<string, string>) | null;

/** The intent a free sentence goes to: Alexa has no free text, so the sentence fills SearchIntent's slot. */
const SENTENCE_INTENT = 'SearchIntent';
const SENTENCE_SLOT = 'jobType';

/**
 * Alexa requests as Alexa sends them (LaunchRequest, IntentRequest), one Alexa session per conversation. Answers
 * and commands go as their intents (yes: AMAZON.YesIntent); a sentence, or a button with no intent of its own,
 * goes as what the user would say, in SearchIntent's slot.
 */
export function alexaDriver(baseUrl: string, skillId: string, sign: AlexaSigner): ChannelDriver {
  const intentOf = new Map(Object.entries(ALEXA_POSTBACK_INTENTS).map(([intent, value]) => [value, intent]));
  return {
    channel: 'alexa',
    open(conversationId, locale): ChannelSession {
      const digest = createHash('sha256').update(conversationId).digest('hex');
      const ids = {
        session: `amzn1.echo-api.session.qa-${digest.slice(0, 32)}`,
        user: `amzn1.ask.account.QA${digest.toUpperCase()}`,
        device: `amzn1.ask.device.QA${digest.slice(0, 40).toUpperCase()}`,
        skill: skillId,
      };
      const alexaLocale = locale === 'en' ? 'en-US' : 'ja-JP';
      let turns = 0;
      return {
        async send(input: UserInput, offered: readonly Suggestion[]) {
          const request = envelope(ids, turns === 0 || input.kind === 'start', {
            requestId: `amzn1.echo-api.request.${randomUUID()}`,
            locale: alexaLocale,
            timestamp: new Date().toISOString(),
            ...alexaRequest(input, offered, intentOf),
          });
          turns++;
          const body = JSON.stringify(request);
          const headers = { 'Content-Type': 'application/json; charset=utf-8', ...(sign?.(body) ?? {}) };
          const answer = await postBody(`${baseUrl}/webhooks/alexa`, body, headers);
          expectOk('alexa', answer);
          const response = (answer.body as AlexaResponseBody).response ?? {};
          const ssml = response.outputSpeech?.ssml ?? '';
          return {
            request,
            status: answer.status,
            response: answer.body,
            platform: {
              speech: ssml === '' ? [] : [plainSpeech(ssml)],
              done: response.shouldEndSession === true,
            },
          };
        },
      };
    },
  };
}

interface AlexaResponseBody {
  response?: { outputSpeech?: { ssml?: string }; shouldEndSession?: boolean };
}

function alexaRequest(
  input: UserInput,
  offered: readonly Suggestion[],
  intentOf: ReadonlyMap<string, string>,
): Record<string, unknown> {
  switch (input.kind) {
    case 'start':
      return { type: 'LaunchRequest', shouldLinkResultBeReturned: false };
    case 'text':
      return intentRequest(SENTENCE_INTENT, { [SENTENCE_SLOT]: input.text });
    case 'postback': {
      const intent = intentOf.get(input.value);
      if (intent !== undefined) return intentRequest(intent, {});
      return intentRequest(SENTENCE_INTENT, { [SENTENCE_SLOT]: spokenLabel('alexa', input.value, offered) });
    }
    case 'intent':
      return intentRequest(input.name, input.slots);
    default:
      throw new ReplayStepError('Alexa cannot share a location: a location step is for line');
  }
}

function intentRequest(name: string, slots: Readonly<Record<string, string>>): Record<string, unknown> {
  return {
    type: 'IntentRequest',
    dialogState: 'COMPLETED',
    intent: {
      name,
      confirmationStatus: 'NONE',
      slots: Object.fromEntries(
        Object.entries(slots).map(([slot, value]) => [
          slot,
          { name: slot, value, confirmationStatus: 'NONE', source: 'USER' },
        ]),
      ),
    },
  };
}

function envelope(
  ids: { session: string; user: string; device: string; skill: string },
  isNew: boolean,
  request: Record<string, unknown>,
): Record<string, unknown> {
  const application = { applicationId: ids.skill };
  return {
    version: '1.0',
    session: { new: isNew, sessionId: ids.session, application, attributes: {}, user: { userId: ids.user } },
    context: {
      Viewports: [],
      System: {
        application,
        user: { userId: ids.user },
        device: { deviceId: ids.device, supportedInterfaces: {} },
        apiEndpoint: 'https://api.fe.amazonalexa.com',
      },
    },
    request,
  };
}
