import type { Locale, TurnInput } from '../../dialogue/types';
import { GOOGLE_POSTBACK_INTENTS } from './google-intents';

const MAX_QUERY_CHARS = 500;
// eslint-disable-next-line no-control-regex -- dropping control characters is the point
const CONTROL = /[\u0000-\u001F\u007F-\u009F]/gu;

/** ja-JP (and any ja-*) speaks Japanese; every other locale gets English rather than an error. */
export function dialogueLocale(googleLocale: unknown): Locale {
  return typeof googleLocale === 'string' && /^ja\b/iu.test(googleLocale) ? 'ja' : 'en';
}

export interface GoogleUserTurn {
  readonly intent: string;
  readonly query: string;
  /** Resolved intent parameter values (type entries' canonical names), for when there is no query text. */
  readonly values: readonly string[];
  /** The chips offered last turn: a query equal to a chip's title means its postback. */
  readonly chips: Readonly<Record<string, string>>;
}

/**
 * What a matched intent means to the dialogue. A tapped chip is its postback; answers and commands are
 * postbacks; anything else (volunteered facts, no match) is the user's own words as text, so the dialogue's
 * Japanese understanding reads the whole sentence (「渋谷でカフェ、日払いがいい」).
 */
export function googleTurnInput(turn: GoogleUserTurn, locale: Locale): TurnInput {
  const query = turn.query.replace(CONTROL, ' ').trim().slice(0, MAX_QUERY_CHARS);
  if (query !== '' && Object.hasOwn(turn.chips, query)) {
    const chip = turn.chips[query];
    if (typeof chip === 'string') return { kind: 'postback', value: chip, locale };
  }
  const postback = Object.hasOwn(GOOGLE_POSTBACK_INTENTS, turn.intent)
    ? GOOGLE_POSTBACK_INTENTS[turn.intent]
    : undefined;
  if (postback !== undefined) return { kind: 'postback', value: postback, locale };
  return {
    kind: 'text',
    text: query !== '' ? query : turn.values.join(' ').slice(0, MAX_QUERY_CHARS),
    locale,
  };
}
