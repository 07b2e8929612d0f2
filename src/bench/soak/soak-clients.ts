import { createHmac, randomBytes } from 'node:crypto';
import type { LineApiSink } from '../../qa/channels/line-api-sink';
import { postJson, type HttpAnswer } from './soak-http';

export type SoakChannel = 'web' | 'line' | 'alexa' | 'google' | 'teams';
/** ok: a normal answer; polite: the documented 503 or the channel's apology; error: anything else. */
export type SoakOutcome = 'ok' | 'polite' | 'error';

/** One simulated user population of a channel: makes the next request and judges the answer. */
export interface SoakClient {
  readonly channel: SoakChannel;
  send(port: number): Promise<SoakOutcome>;
}

/** The words the user-facing apology starts with (compared loosely: SSML and JSON escaping differ). */
export interface Apologies {
  readonly chat: string;
  readonly voice: string;
}

const ANSWERS = ['はい', 'いいえ', 'たぶん', 'はい', 'わからない'];
const TURNS_PER_CONVERSATION = 9;

/** A rotating pool of conversations; each one starts, names no particular area, then answers. */
class Pool<T extends { step: number }> {
  private next = 0;
  constructor(
    private readonly items: T[],
    private readonly renew: (old: T) => T,
  ) {}

  take(): T {
    const index = this.next++ % this.items.length;
    let item = this.items[index]!;
    if (item.step >= TURNS_PER_CONVERSATION) {
      item = this.renew(item);
      this.items[index] = item;
    }
    return item;
  }
}

const id = (prefix: string) => `${prefix}-${randomBytes(6).toString('hex')}`;

/** Web conversations with ids of the load's own choosing, so its requests carry the QA token. */
export function webClient(conversations: number, qaToken: string): SoakClient {
  const pool = new Pool(
    Array.from({ length: conversations }, () => ({ id: id('soak-web'), step: 0 })),
    () => ({ id: id('soak-web'), step: 0 }),
  );
  return {
    channel: 'web',
    async send(port) {
      const c = pool.take();
      const step = c.step++;
      const body =
        step === 0
          ? { conversationId: c.id, event: 'start' }
          : { conversationId: c.id, text: step === 1 ? 'どこでもいい' : ANSWERS[step % ANSWERS.length] };
      const answer = await postJson(port, '/api/v1/turns', JSON.stringify(body), {
        authorization: `Bearer ${qaToken}`,
      });
      if (answer.status === 200) return 'ok';
      return isPolite503(answer) ? 'polite' : 'error';
    },
  };
}

function isPolite503(answer: HttpAnswer): boolean {
  if (answer.status !== 503 || answer.retryAfter === undefined) return false;
  try {
    const parsed = JSON.parse(answer.body) as { error?: { code?: unknown; message?: unknown } };
    return typeof parsed.error?.code === 'string' && typeof parsed.error.message === 'string';
  } catch {
    return false;
  }
}

export function lineClient(
  users: number,
  secret: string,
  sink: LineApiSink,
  apologies: Apologies,
): SoakClient {
  const pool = new Pool(
    Array.from({ length: users }, () => ({ id: `U${randomBytes(16).toString('hex')}`, step: 0 })),
    (old) => ({ id: old.id, step: 0 }),
  );
  return {
    channel: 'line',
    async send(port) {
      const user = pool.take();
      const step = user.step++;
      const replyToken = randomBytes(16).toString('hex');
      const text = step === 0 ? 'はじめから' : step === 1 ? 'どこでもいい' : ANSWERS[step % ANSWERS.length]!;
      const body = JSON.stringify({
        destination: 'Usoakdestination',
        events: [
          {
            type: 'message',
            mode: 'active',
            timestamp: Date.now(),
            source: { type: 'user', userId: user.id },
            webhookEventId: `01SOAK${randomBytes(10).toString('hex').toUpperCase()}`,
            deliveryContext: { isRedelivery: false },
            replyToken,
            message: { id: String(Date.now()), type: 'text', quoteToken: 'soak', text },
          },
        ],
      });
      const signature = createHmac('sha256', secret).update(body).digest('base64');
      const answer = await postJson(port, '/webhooks/line', body, { 'x-line-signature': signature });
      const sent = sink.take(replyToken).find((m) => typeof m.text === 'string')?.text;
      const reply = typeof sent === 'string' ? sent : undefined;
      if (answer.status !== 200 || reply === undefined || reply === '') return 'error';
      return reply.startsWith(apologies.chat) ? 'polite' : 'ok';
    },
  };
}

export function alexaClient(sessions: number, apologies: Apologies): SoakClient {
  const fresh = () => ({
    user: id('amzn1.ask.account.soak'),
    session: id('amzn1.echo-api.session'),
    step: 0,
  });
  const pool = new Pool(Array.from({ length: sessions }, fresh), fresh);
  const intents = [
    'AMAZON.YesIntent',
    'AMAZON.NoIntent',
    'MaybeIntent',
    'AMAZON.YesIntent',
    'DontKnowIntent',
  ];
  return {
    channel: 'alexa',
    async send(port) {
      const s = pool.take();
      const step = s.step++;
      const application = { applicationId: 'amzn1.ask.skill.soak' };
      const request =
        step === 0
          ? { type: 'LaunchRequest' }
          : {
              type: 'IntentRequest',
              intent: {
                name: step === 1 ? 'AnywhereIntent' : intents[step % intents.length],
                confirmationStatus: 'NONE',
              },
            };
      const body = JSON.stringify({
        version: '1.0',
        session: {
          new: step === 0,
          sessionId: s.session,
          application,
          attributes: {},
          user: { userId: s.user },
        },
        context: {
          System: {
            application,
            user: { userId: s.user },
            device: { deviceId: 'soak', supportedInterfaces: {} },
          },
        },
        request: {
          requestId: id('amzn1.echo-api.request'),
          timestamp: new Date().toISOString(),
          locale: 'ja-JP',
          ...request,
        },
      });
      const answer = await postJson(port, '/webhooks/alexa', body);
      if (answer.status !== 200) return 'error';
      const ssml = (JSON.parse(answer.body) as { response?: { outputSpeech?: { ssml?: string } } }).response
        ?.outputSpeech?.ssml;
      if (typeof ssml !== 'string') return 'error';
      return ssml.includes(apologies.voice) ? 'polite' : 'ok';
    },
  };
}

export function googleClient(sessions: number, apologies: Apologies): SoakClient {
  const fresh = () => ({ session: id('soak-google'), params: {} as Record<string, unknown>, step: 0 });
  const pool = new Pool(Array.from({ length: sessions }, fresh), fresh);
  const intents = ['yes', 'no', 'maybe', 'yes', 'dont_know'];
  return {
    channel: 'google',
    async send(port) {
      const s = pool.take();
      const step = s.step++;
      const body = JSON.stringify({
        handler: { name: step === 0 ? 'start' : 'turn' },
        intent: {
          name: step === 0 ? 'actions.intent.MAIN' : step === 1 ? 'anywhere' : intents[step % intents.length],
          params: {},
          query: '',
        },
        session: { id: s.session, params: s.params, typeOverrides: [], languageCode: '' },
        user: { locale: 'ja-JP', params: {} },
        device: { capabilities: ['SPEECH', 'RICH_RESPONSE'] },
      });
      const answer = await postJson(port, '/webhooks/google', body);
      if (answer.status !== 200) return 'error';
      const parsed = JSON.parse(answer.body) as {
        session?: { params?: Record<string, unknown> };
        prompt?: { firstSimple?: { speech?: string } };
      };
      s.params = Object.fromEntries(
        Object.entries(parsed.session?.params ?? {}).filter(([, v]) => v !== null),
      );
      const speech = parsed.prompt?.firstSimple?.speech;
      if (typeof speech !== 'string') return 'error';
      return speech.includes(apologies.voice) ? 'polite' : 'ok';
    },
  };
}

/** Teams in emulator mode (no app id, development only): `expectReplies`, so the replies come in the body. */
export function teamsClient(users: number, apologies: Apologies): SoakClient {
  const pool = new Pool(
    Array.from({ length: users }, () => ({ id: id('29:soak'), step: 0 })),
    (old) => ({ id: old.id, step: 0 }),
  );
  const bot = { id: '28:soak-bot', name: 'soudan' };
  return {
    channel: 'teams',
    async send(port) {
      const user = pool.take();
      const step = user.step++;
      const text = step === 0 ? 'はじめから' : step === 1 ? 'どこでもいい' : ANSWERS[step % ANSWERS.length]!;
      const body = JSON.stringify({
        type: 'message',
        id: id('soak'),
        timestamp: new Date().toISOString(),
        // Emulator mode outside production accepts only loopback serviceUrls (expectReplies: nothing is sent).
        serviceUrl: 'http://localhost:3978/',
        channelId: 'msteams',
        from: { id: user.id, name: 'soak user' },
        conversation: { id: `a:soak-${user.id}`, conversationType: 'personal', tenantId: 'soak-tenant' },
        recipient: bot,
        locale: 'ja-JP',
        deliveryMode: 'expectReplies',
        text,
        textFormat: 'plain',
      });
      const answer = await postJson(port, '/webhooks/teams', body);
      if (answer.status !== 200) return 'error';
      const replies = (JSON.parse(answer.body) as { activities?: { text?: string }[] }).activities ?? [];
      if (replies.length === 0) return 'error';
      return replies.some((r) => r.text?.startsWith(apologies.chat)) ? 'polite' : 'ok';
    },
  };
}
