import { createHash } from 'node:crypto';
import { GOOGLE_PARAMS, GOOGLE_POSTBACK_INTENTS } from '../../channels/google/google-intents';
import { END_CONVERSATION } from '../../channels/google/google-reply';
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

/** Actions Builder's intent when nothing matched: the sentence reaches the webhook as the query. */
const NO_MATCH = 'actions.intent.NO_MATCH_1';

interface GoogleBody {
  session?: { params?: Record<string, unknown> };
  prompt?: { firstSimple?: { speech?: string; text?: string }; suggestions?: { title: string }[] };
  scene?: { next?: { name?: string } };
}

/**
 * Actions Builder webhook requests (HandlerRequest), keeping the session params the webhook returns as Google
 * does. A tapped chip is sent as its title (Google sends nothing else); an answer or command as its intent.
 */
export function googleDriver(url: string, headers: () => Record<string, string> = () => ({})): ChannelDriver {
  const intentOf = new Map(Object.entries(GOOGLE_POSTBACK_INTENTS).map(([intent, value]) => [value, intent]));
  return {
    channel: 'google',
    open(conversationId, locale): ChannelSession {
      const sessionId = `qa-${createHash('sha256').update(conversationId).digest('base64url').slice(0, 40)}`;
      let params: Record<string, unknown> = {};
      return {
        async send(input: UserInput, offered: readonly Suggestion[]) {
          if (input.kind === 'start') params = {};
          const turn = googleTurn(input, offered, params, intentOf);
          const request = handlerRequest(turn, sessionId, params, locale === 'en' ? 'en-US' : 'ja-JP');
          const answer = await postBody(url, JSON.stringify(request), {
            'Content-Type': 'application/json',
            ...headers(),
          });
          expectOk('google', answer);
          const body = answer.body as GoogleBody;
          // Google forgets a param set to null.
          params = Object.fromEntries(
            Object.entries(body.session?.params ?? {}).filter(([, v]) => v !== null),
          );
          const simple = body.prompt?.firstSimple;
          return {
            request,
            status: answer.status,
            response: body,
            platform: {
              texts: simple?.text === undefined ? [] : [simple.text],
              speech: simple?.speech === undefined ? [] : [plainSpeech(simple.speech)],
              suggestions: (body.prompt?.suggestions ?? []).map((s) => s.title),
              done: body.scene?.next?.name === END_CONVERSATION,
            },
          };
        },
      };
    },
  };
}

function googleTurn(
  input: UserInput,
  offered: readonly Suggestion[],
  params: Record<string, unknown>,
  intentOf: ReadonlyMap<string, string>,
): { handler: string; intent: string; query: string; slots?: Readonly<Record<string, string>> } {
  switch (input.kind) {
    case 'start':
      return { handler: 'start', intent: 'actions.intent.MAIN', query: '' };
    case 'text':
      return { handler: 'turn', intent: NO_MATCH, query: input.text };
    case 'postback': {
      const chips = (params[GOOGLE_PARAMS.chips] ?? {}) as Record<string, string>;
      const chip = Object.entries(chips).find(([, value]) => value === input.value)?.[0];
      if (chip !== undefined) return { handler: 'turn', intent: NO_MATCH, query: chip };
      const intent = intentOf.get(input.value);
      if (intent !== undefined) return { handler: 'turn', intent, query: '' };
      return { handler: 'turn', intent: NO_MATCH, query: spokenLabel('google', input.value, offered) };
    }
    case 'intent':
      return { handler: 'turn', intent: input.name, query: '', slots: input.slots };
    default:
      throw new ReplayStepError('Google Assistant cannot share a location: a location step is for line');
  }
}

function handlerRequest(
  turn: ReturnType<typeof googleTurn>,
  sessionId: string,
  params: Record<string, unknown>,
  locale: string,
): Record<string, unknown> {
  const intentParams = Object.fromEntries(
    Object.entries(turn.slots ?? {}).map(([name, value]) => [name, { original: value, resolved: value }]),
  );
  return {
    handler: { name: turn.handler },
    intent: { name: turn.intent, params: intentParams, query: turn.query },
    scene: { name: 'Main', slotFillingStatus: 'UNSPECIFIED', slots: {}, next: { name: '' } },
    session: { id: sessionId, params, typeOverrides: [], languageCode: '' },
    user: {
      locale,
      params: {},
      accountLinkingStatus: 'ACCOUNT_LINKING_STATUS_UNSPECIFIED',
      verificationStatus: 'VERIFIED',
      packageEntitlements: [],
      gaiaMint: {},
      permissions: [],
      lastSeenTime: new Date().toISOString(),
    },
    home: { params: {} },
    device: {
      capabilities: ['SPEECH', 'RICH_RESPONSE', 'WEB_LINK'],
      timeZone: { id: 'Asia/Tokyo', version: '' },
    },
  };
}
