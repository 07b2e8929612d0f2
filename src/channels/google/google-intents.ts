import { POSTBACKS } from '../../dialogue/postbacks';

/** Actions Builder intents whose meaning is one of the dialogue's postbacks: the whole mapping, in one place. */
export const GOOGLE_POSTBACK_INTENTS: Readonly<Record<string, string>> = Object.freeze({
  yes: POSTBACKS.yes,
  maybe: POSTBACKS.probablyYes,
  dont_know: POSTBACKS.dontKnow,
  probably_not: POSTBACKS.probablyNo,
  no: POSTBACKS.no,
  restart: POSTBACKS.restart,
  back: POSTBACKS.undo,
  repeat: POSTBACKS.repeat,
  help: POSTBACKS.help,
  stop: POSTBACKS.stop,
  'actions.intent.CANCEL': POSTBACKS.stop,
  more: POSTBACKS.more,
  none_fit: POSTBACKS.noneFit,
  anywhere: POSTBACKS.anywhere,
  skip: POSTBACKS.skip,
});

/** Silence: the question is asked again (Google ends the conversation itself after the last no-input). */
export const GOOGLE_NO_INPUT_POSTBACK = POSTBACKS.repeat;

/** Webhook handler names the Actions project calls (see skills/google/custom/scenes). */
export const GOOGLE_HANDLERS = Object.freeze({ start: 'start', turn: 'turn', noInput: 'no_input' } as const);

/** Session params the webhook keeps: the conversation key and the chips last offered (label -> postback). */
export const GOOGLE_PARAMS = Object.freeze({
  conversation: 'soudanConversation',
  chips: 'soudanChips',
} as const);
