import type { Listing } from '../catalog/types';

/** Languages the dialogue speaks. Japanese first. */
export type Locale = 'ja' | 'en';

export const LOCALES: readonly Locale[] = ['ja', 'en'];

/** One user turn, channel-neutral: channels translate their platform's request into this. */
export type TurnInput =
  | { readonly kind: 'start'; readonly locale?: Locale }
  | { readonly kind: 'text'; readonly text: string; readonly locale?: Locale }
  /** The value of a suggestion the user tapped (see Suggestion.postback). */
  | { readonly kind: 'postback'; readonly value: string; readonly locale?: Locale }
  /** A shared location (LINE): sets the area to the nearest municipality. */
  | { readonly kind: 'location'; readonly lat: number; readonly lng: number; readonly locale?: Locale };

/** What was said: the same content for eyes and for ears. */
export interface Message {
  readonly text: string;
  /** Plain speakable text: no URLs, emoji, markdown or symbols; numbers and wages written to be read aloud. */
  readonly speech: string;
}

export interface Suggestion {
  readonly label: string;
  /** Opaque value a channel sends back as a postback; at most 300 chars (LINE's limit). */
  readonly postback: string;
}

export type QuestionKind = 'area' | 'jobType' | 'condition' | 'results';

/**
 * The question the reply leaves open; `id` is the subject's catalogue id: null for area and results, and for
 * the open job type question (「どんなお仕事を？」, kind 'jobType', id null: "which job type?").
 */
export interface OpenQuestion {
  readonly kind: QuestionKind;
  readonly id: string | null;
  readonly label: string;
}

/** What the dialogue did this turn, for logs and metrics (never user text). */
export type TurnAct =
  | 'greet'
  | 'askArea'
  | 'askJobType'
  | 'askCondition'
  | 'showResults'
  | 'noResults'
  | 'clarify'
  | 'help'
  | 'repeat'
  | 'undo'
  | 'restart'
  | 'goodbye';

/**
 * How a shown job relates to what the user stated: `exact` meets every stated constraint (area, wanted and
 * refused job types and conditions); `related` differs in some, and always comes after the exact ones.
 */
export type JobMatch = 'exact' | 'related';

/** The channel-neutral reply: each channel decides how it looks on its platform. */
export interface Reply {
  readonly messages: readonly Message[];
  readonly suggestions: readonly Suggestion[];
  readonly question: OpenQuestion | null;
  readonly jobs: readonly Listing[];
  /** One per job, in the same order. */
  readonly matches: readonly JobMatch[];
  readonly done: boolean;
  readonly act: TurnAct;
}
