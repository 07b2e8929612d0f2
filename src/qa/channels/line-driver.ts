import { createHmac, randomUUID } from 'node:crypto';
import type { UserInput } from '../script';
import { expectOk, postBody, ReplayStepError, type ChannelDriver, type ChannelSession } from './driver';
import type { LineApiSink, LineMessageJson } from './line-api-sink';

/** `X-Line-Signature`: HMAC-SHA256 of the exact body with the channel secret, base64. */
function lineSignature(body: string, secret: string): string {
  return createHmac('sha256', secret).update(body).digest('base64');
}

/**
 * LINE webhooks as LINE sends them (follow, text and location messages, postbacks), signed with the channel
 * secret; the reply is read back from what the channel sent to the Messaging API (the sink; none against a URL).
 */
export function lineDriver(baseUrl: string, secret: string, sink: LineApiSink | null): ChannelDriver {
  return {
    channel: 'line',
    open(conversationId): ChannelSession {
      // LINE user ids are U + 32 hex digits; one per conversation keeps conversations apart.
      const userId = `U${createHmac('sha256', 'qa-replay').update(conversationId).digest('hex').slice(0, 32)}`;
      return {
        async send(input: UserInput) {
          const replyToken = randomUUID().replace(/-/g, '');
          const request = {
            destination: 'Uqareplay0000000000000000000000000',
            events: [lineEvent(input, userId, replyToken)],
          };
          const body = JSON.stringify(request);
          const answer = await postBody(`${baseUrl}/webhooks/line`, body, {
            'Content-Type': 'application/json',
            'x-line-signature': lineSignature(body, secret),
          });
          expectOk('line', answer);
          // Against a URL the replies go to LINE itself: nothing of them can be seen here.
          if (sink === null) return { request, status: answer.status, response: answer.body, platform: {} };
          const messages = [...sink.take(replyToken), ...sink.take(userId)];
          return { request, status: answer.status, response: { messages }, platform: decode(messages) };
        },
      };
    },
  };
}

function lineEvent(input: UserInput, userId: string, replyToken: string): Record<string, unknown> {
  const base = {
    timestamp: Date.now(),
    source: { type: 'user', userId },
    webhookEventId: `01QA${randomUUID().replace(/-/g, '').slice(0, 22).toUpperCase()}`,
    deliveryContext: { isRedelivery: false },
    mode: 'active',
    replyToken,
  };
  const messageId = String(Date.now());
  switch (input.kind) {
    case 'start':
      return { type: 'follow', ...base, follow: { isUnblocked: false } };
    case 'text':
      return {
        type: 'message',
        ...base,
        message: { id: messageId, type: 'text', quoteToken: 'qa-replay', text: input.text },
      };
    case 'postback':
      return { type: 'postback', ...base, postback: { data: input.value } };
    case 'location':
      return {
        type: 'message',
        ...base,
        message: {
          id: messageId,
          type: 'location',
          title: 'QA location',
          address: '',
          latitude: input.latitude,
          longitude: input.longitude,
        },
      };
    default:
      throw new ReplayStepError('LINE has no intents: an intent step is for alexa or google');
  }
}

interface QuickReplyItem {
  action?: { type?: string; label?: string };
}

/** Texts, quick reply labels (postbacks only: the location button is LINE's own) and the carousel's job titles. */
function decode(messages: readonly LineMessageJson[]) {
  const texts = messages.filter((m) => m.type === 'text').map((m) => String(m.text));
  const items = (messages.at(-1)?.quickReply as { items?: QuickReplyItem[] } | undefined)?.items ?? [];
  const suggestions = items
    .filter((i) => i.action?.type === 'postback')
    .map((i) => String(i.action?.label ?? ''));
  return { texts, suggestions };
}
