import type { Locale, TurnInput } from '../../dialogue/types';
import { characterCount, sanitizeText } from './sanitize-text';
import { InvalidTurnRequestError } from './web-errors';

const MAX_TEXT_CHARS = 2000;
const MAX_POSTBACK_CHARS = 300;
export const CONVERSATION_ID = /^[A-Za-z0-9_.:-]{1,128}$/;
/** What a conversationToken may look like; whether it is the right one is conversation-access's to say. */
const CONVERSATION_TOKEN = /^[A-Za-z0-9_-]{1,128}$/;

/** A validated `POST /api/v1/turns` body. */
export interface WebTurnRequest {
  /** null: the client has no conversation yet, and the service issues one. */
  readonly conversationId: string | null;
  readonly conversationToken: string | null;
  readonly input: TurnInput;
}

/**
 * Validates the parsed JSON body. conversationId and conversationToken are optional here (who may use which
 * conversation is decided after parsing: conversation-access.ts). Exactly one of event:"start", text or
 * postback; text is cleaned of control and invisible characters and must then hold 1–2,000 characters (longer
 * text is refused, not cut: a cut sentence could change its meaning); a postback is 1–300 characters and is
 * passed on as it is.
 */
export function parseTurnRequest(body: unknown): WebTurnRequest {
  if (body === null || typeof body !== 'object' || Array.isArray(body)) {
    throw new InvalidTurnRequestError('The body must be a JSON object', '(body)');
  }
  // Unknown fields are ignored (forward compatible); known fields are strictly typed. Own properties only.
  const own = (name: string): unknown =>
    Object.hasOwn(body, name) ? (body as Record<string, unknown>)[name] : undefined;
  const fields = {
    conversationId: own('conversationId'),
    conversationToken: own('conversationToken'),
    event: own('event'),
    text: own('text'),
    postback: own('postback'),
    locale: own('locale'),
  };
  const conversationId = parseConversationId(fields.conversationId);
  const conversationToken = parseConversationToken(fields.conversationToken);
  const locale = parseLocale(fields.locale);
  const given = (['event', 'text', 'postback'] as const).filter((k) => fields[k] !== undefined);
  if (given.length !== 1) {
    throw new InvalidTurnRequestError(
      `Exactly one of "event", "text" or "postback" is required, got ${given.length === 0 ? 'none' : given.join(' and ')}`,
      given.join(',') || 'event',
    );
  }
  const withLocale = locale === undefined ? {} : { locale };
  switch (given[0]) {
    case 'event':
      if (fields.event !== 'start') {
        throw new InvalidTurnRequestError('"event" must be "start"', 'event');
      }
      return { conversationId, conversationToken, input: { kind: 'start', ...withLocale } };
    case 'text':
      return {
        conversationId,
        conversationToken,
        input: { kind: 'text', text: parseText(fields.text), ...withLocale },
      };
    default:
      return {
        conversationId,
        conversationToken,
        input: { kind: 'postback', value: parsePostback(fields.postback), ...withLocale },
      };
  }
}

function parseConversationId(value: unknown): string | null {
  if (value === undefined) return null;
  if (typeof value !== 'string' || !CONVERSATION_ID.test(value)) {
    throw new InvalidTurnRequestError(
      '"conversationId" must be a string of 1 to 128 characters from A-Z a-z 0-9 _ . : -',
      'conversationId',
    );
  }
  return value;
}

function parseConversationToken(value: unknown): string | null {
  if (value === undefined) return null;
  if (typeof value !== 'string' || !CONVERSATION_TOKEN.test(value)) {
    throw new InvalidTurnRequestError(
      '"conversationToken" must be the string the service answered with (A-Z a-z 0-9 _ -)',
      'conversationToken',
    );
  }
  return value;
}

function parseLocale(value: unknown): Locale | undefined {
  if (value === undefined) return undefined;
  if (value !== 'ja' && value !== 'en') {
    throw new InvalidTurnRequestError('"locale" must be "ja" or "en"', 'locale');
  }
  return value;
}

function parseText(value: unknown): string {
  if (typeof value !== 'string') throw new InvalidTurnRequestError('"text" must be a string', 'text');
  const text = sanitizeText(value);
  if (text === '') {
    throw new InvalidTurnRequestError('"text" must contain at least one visible character', 'text');
  }
  if (characterCount(text) > MAX_TEXT_CHARS) {
    throw new InvalidTurnRequestError(`"text" must be at most ${MAX_TEXT_CHARS} characters`, 'text');
  }
  return text;
}

function parsePostback(value: unknown): string {
  if (typeof value !== 'string' || value.length === 0 || characterCount(value) > MAX_POSTBACK_CHARS) {
    throw new InvalidTurnRequestError(
      `"postback" must be a string of 1 to ${MAX_POSTBACK_CHARS} characters`,
      'postback',
    );
  }
  return value;
}
