import { createHash } from 'node:crypto';

/**
 * The webhook events soudan acts on, read defensively from the signed body: LINE documents the shapes, but a
 * field that is missing or of the wrong type makes that one event `malformed`, never the whole request.
 */
export type LineEvent =
  | { readonly kind: 'follow'; readonly meta: EventMeta }
  | { readonly kind: 'unfollow'; readonly meta: EventMeta }
  | { readonly kind: 'text'; readonly meta: EventMeta; readonly text: string }
  | { readonly kind: 'location'; readonly meta: EventMeta; readonly lat: number; readonly lng: number }
  /** A sticker, image, video, audio or file: nothing the dialogue can read. */
  | { readonly kind: 'unreadable'; readonly meta: EventMeta; readonly messageType: string }
  | { readonly kind: 'postback'; readonly meta: EventMeta; readonly data: string }
  /** Any other event type (join, beacon, unsend …) or a source other than a 1:1 chat: acknowledged, ignored. */
  | { readonly kind: 'ignored'; readonly meta: EventMeta; readonly type: string; readonly why: string }
  | { readonly kind: 'malformed'; readonly why: string; readonly webhookEventId: string | null };

export interface EventMeta {
  readonly webhookEventId: string | null;
  /** The 1:1 chat's user; null for groups and rooms. */
  readonly userId: string | null;
  readonly replyToken: string | null;
  readonly timestamp: number | null;
  readonly redelivery: boolean;
  /**
   * What identifies the event when it has no webhookEventId: a digest of its source, timestamp, type and message
   * id or postback data. Two deliveries of one event have the same; two events practically never do.
   */
  readonly fingerprint: string;
}

const UNREADABLE = new Set(['sticker', 'image', 'video', 'audio', 'file']);

export function readWebhookBody(body: unknown): { events: LineEvent[] } | { malformed: string } {
  if (!isRecord(body)) return { malformed: 'body is not a JSON object' };
  if (!Array.isArray(body.events)) return { malformed: 'body has no events array' };
  return { events: body.events.map(readEvent) };
}

function readEvent(raw: unknown): LineEvent {
  if (!isRecord(raw)) return { kind: 'malformed', why: 'event is not an object', webhookEventId: null };
  const webhookEventId = typeof raw.webhookEventId === 'string' ? raw.webhookEventId : null;
  const type = raw.type;
  if (typeof type !== 'string') return { kind: 'malformed', why: 'event has no type', webhookEventId };
  const source = isRecord(raw.source) ? raw.source : null;
  const meta: EventMeta = {
    webhookEventId,
    userId: source?.type === 'user' && typeof source.userId === 'string' ? source.userId : null,
    replyToken: typeof raw.replyToken === 'string' ? raw.replyToken : null,
    timestamp: typeof raw.timestamp === 'number' ? raw.timestamp : null,
    redelivery: isRecord(raw.deliveryContext) && raw.deliveryContext.isRedelivery === true,
    fingerprint: fingerprintOf(raw, source),
  };
  if (raw.mode === 'standby') return { kind: 'ignored', meta, type, why: 'standby mode' };
  const known = type === 'follow' || type === 'unfollow' || type === 'message' || type === 'postback';
  if (!known) return { kind: 'ignored', meta, type, why: 'event type not used' };
  if (source === null) return { kind: 'malformed', why: 'event has no source', webhookEventId };
  if (source.type !== 'user') return { kind: 'ignored', meta, type, why: `source ${String(source.type)}` };
  if (meta.userId === null || meta.userId === '') {
    return { kind: 'malformed', why: 'user source without userId', webhookEventId };
  }
  switch (type) {
    case 'follow':
      return { kind: 'follow', meta };
    case 'unfollow':
      return { kind: 'unfollow', meta };
    case 'postback': {
      const data = isRecord(raw.postback) ? raw.postback.data : undefined;
      return typeof data === 'string'
        ? { kind: 'postback', meta, data }
        : { kind: 'malformed', why: 'postback without data', webhookEventId };
    }
    default:
      return readMessage(meta, raw.message);
  }
}

function readMessage(meta: EventMeta, message: unknown): LineEvent {
  const malformed = (why: string): LineEvent => ({
    kind: 'malformed',
    why,
    webhookEventId: meta.webhookEventId,
  });
  if (!isRecord(message) || typeof message.type !== 'string') return malformed('message without type');
  if (message.type === 'text') {
    return typeof message.text === 'string' ? { kind: 'text', meta, text: message.text } : malformed('text');
  }
  if (message.type === 'location') {
    const { latitude, longitude } = message;
    return typeof latitude === 'number' && typeof longitude === 'number'
      ? { kind: 'location', meta, lat: latitude, lng: longitude }
      : malformed('location without coordinates');
  }
  // Unknown message types get the same nudge as stickers: the user sent something and expects an answer.
  return { kind: 'unreadable', meta, messageType: UNREADABLE.has(message.type) ? message.type : 'other' };
}

function fingerprintOf(raw: Record<string, unknown>, source: Record<string, unknown> | null): string {
  const field = (record: unknown, name: string): unknown => (isRecord(record) ? record[name] : undefined);
  const parts = [
    field(source, 'type'),
    field(source, 'userId') ?? field(source, 'groupId') ?? field(source, 'roomId'),
    raw.timestamp,
    raw.type,
    field(raw.message, 'id'),
    field(raw.postback, 'data'),
  ].map((part) => (part === undefined ? null : part));
  return createHash('sha256').update(JSON.stringify(parts)).digest('hex');
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}
