import type { Message } from '../../dialogue/types';
import type { SpokenReadings } from './spoken-readings';

const XML_ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
};
// Characters XML 1.0 does not allow at all; Alexa or a TTS engine would reject the whole document.
const NOT_XML =
  // eslint-disable-next-line no-control-regex -- finding control characters is the point
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

export function escapeXml(text: string): string {
  return text.replace(NOT_XML, '').replace(/[&<>"']/g, (c) => XML_ESCAPES[c]!);
}

/** The dialogue's plain speech as an SSML document: the reply's words are text, never markup. */
export function toSsml(speech: string): string {
  return `<speak>${escapeXml(speech)}</speak>`;
}

/** A short pause between the reply's messages (markup, not words). */
const BETWEEN_MESSAGES = '<break time="300ms"/>';
/** Alexa refuses outputSpeech over 8,000 characters (Google's limit is larger); stay well under it. */
const MAX_SSML_CHARS = 7500;

/** The reply's plain speech as one SSML document: every word escaped, place names with their readings. */
export function speechSsml(messages: readonly Pick<Message, 'speech'>[], readings: SpokenReadings): string {
  const parts: string[] = [];
  let length = '<speak></speak>'.length;
  for (const message of messages) {
    const part = readings.apply(escapeXml(message.speech));
    if (part === '') continue;
    const added = part.length + (parts.length > 0 ? BETWEEN_MESSAGES.length : 0);
    if (length + added > MAX_SSML_CHARS) break;
    parts.push(part);
    length += added;
  }
  return `<speak>${parts.join(BETWEEN_MESSAGES)}</speak>`;
}
