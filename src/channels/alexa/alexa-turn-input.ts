import type { IntentRequest, Slot } from 'ask-sdk-model';
import type { Locale, TurnInput } from '../../dialogue/types';
import { ALEXA_JOB_INTENTS, ALEXA_POSTBACK_INTENTS, ALEXA_SLOT_INTENTS } from './alexa-intents';

const FALLBACK_INTENT = 'AMAZON.FallbackIntent';

/** Longest slot text passed on; Alexa's own values are far shorter. */
const MAX_SLOT_TEXT = 200;

/** ja-JP (and any ja-*) speaks Japanese; every other locale gets English rather than an error. */
export function dialogueLocale(alexaLocale: unknown): Locale {
  return typeof alexaLocale === 'string' && /^ja\b/iu.test(alexaLocale) ? 'ja' : 'en';
}

/**
 * What an intent means to the dialogue. Answers and commands are postbacks; slot intents hand over the slot
 * values (the catalogue's canonical name when Alexa resolved one, else what was heard) as text. FallbackIntent
 * and a slot intent with no value are text with nothing in it, which the dialogue answers by asking again; an
 * intent soudan does not handle (Alexa sends some built-in ones to every skill) is unsupported.
 */
export function alexaTurnInput(request: IntentRequest, locale: Locale): TurnInput {
  const name = request.intent?.name ?? '';
  const postback = Object.hasOwn(ALEXA_POSTBACK_INTENTS, name) ? ALEXA_POSTBACK_INTENTS[name] : undefined;
  if (postback !== undefined) return { kind: 'postback', value: postback, locale };
  const job = Object.hasOwn(ALEXA_JOB_INTENTS, name) ? ALEXA_JOB_INTENTS[name] : undefined;
  if (job !== undefined) {
    const position = slotText(request.intent?.slots?.position);
    // No number heard: nothing to point with, so the dialogue asks again (as for any empty slot).
    if (name !== 'ThatJobIntent' && !/^\d{1,2}$/u.test(position)) return { kind: 'text', text: '', locale };
    return { kind: 'text', text: job[locale](position), locale };
  }
  const slotNames = Object.hasOwn(ALEXA_SLOT_INTENTS, name) ? ALEXA_SLOT_INTENTS[name] : undefined;
  if (slotNames === undefined && name !== FALLBACK_INTENT)
    return { kind: 'unsupported', what: 'request', locale };
  const values = (slotNames ?? [])
    .map((slotName) => slotText(request.intent?.slots?.[slotName]))
    .filter((v) => v !== '');
  return { kind: 'text', text: values.join(' ').slice(0, MAX_SLOT_TEXT), locale };
}

function slotText(slot: Slot | undefined): string {
  if (slot === undefined || slot === null) return '';
  for (const authority of slot.resolutions?.resolutionsPerAuthority ?? []) {
    const resolved = authority.values?.[0]?.value?.name;
    if (authority.status?.code === 'ER_SUCCESS_MATCH' && typeof resolved === 'string') return clean(resolved);
  }
  return typeof slot.value === 'string' ? clean(slot.value) : '';
}

function clean(value: string): string {
  // eslint-disable-next-line no-control-regex -- dropping control characters is the point
  return value.replace(/[\u0000-\u001F\u007F-\u009F]/gu, ' ').trim();
}
