import type { Wage } from '../catalog/types';
import type { Locale, Message } from '../dialogue/types';
import type { LabelKey, MessageKey } from './keys';

/** A value with one form for the eyes and one for the ears (a wage: 「1,200」 / 「1200」). */
export interface Spoken {
  readonly text: string;
  readonly speech: string;
}

/** Interpolation values. A plain string is shown as is and made speakable for speech. */
export type MessageParams = Readonly<Record<string, string | number | Spoken>>;

export interface RenderOptions {
  /** Chooses the variant: any integer, taken modulo the number of variants. */
  readonly pick?: number;
  /** More variants from data (a condition's own question), shown as is and made speakable. */
  readonly extra?: readonly string[];
}

/** Everything a user sees or hears comes through here, from locales/<lang>/*.json. */
export interface Renderer {
  readonly locales: readonly Locale[];
  message(locale: Locale, key: MessageKey, params?: MessageParams, options?: RenderOptions): Message;
  label(locale: Locale, key: LabelKey): string;
  /** A wage as 「時給1,200〜1,500円」 for the eyes and 「時給1200円から1500円」 for the ears. */
  wage(locale: Locale, wage: Wage): Spoken;
  /** A sum of money's digits, grouped for display and plain for speech (1,200 / 1200). */
  amount(n: number): Spoken;
  /** 「A、B、C」 / "A, B and C". */
  list(locale: Locale, items: readonly (string | Spoken)[]): Spoken;
  /** Names joined as tags (「夜から・土日祝のみOK」), for a label that holds them all. */
  tags(locale: Locale, names: readonly string[]): Spoken;
  /** Several sentences as one message. */
  join(locale: Locale, messages: readonly Message[]): Message;
  /** Display text (catalogue data, titles) made fit to be read aloud. */
  speakable(locale: Locale, text: string): string;
}
