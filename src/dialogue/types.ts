import type { Listing } from '../catalog/types';
import type { Spoken } from '../i18n/types';

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
  | { readonly kind: 'location'; readonly lat: number; readonly lng: number; readonly locale?: Locale }
  /**
   * Something the user sent that the dialogue cannot read: `media` a sticker, image, file or an empty message
   * (chat), `request` a platform request or intent soudan does not handle (voice). Answered politely with the
   * open question again; nothing is recorded.
   */
  | { readonly kind: 'unsupported'; readonly what: UnsupportedInput; readonly locale?: Locale };

export type UnsupportedInput = 'media' | 'request';

/** What was said: the same content for eyes and for ears. */
export interface Message {
  readonly text: string;
  /** Plain speakable text: no URLs, emoji, markdown or symbols; numbers and wages written to be read aloud. */
  readonly speech: string;
  /**
   * `jobList`: the numbered list of the jobs the reply also carries as cards. Channels that show the cards
   * (web, LINE, Teams) leave it out, so nobody gets the list twice; voice reads it. `acknowledgements`: only
   * what was noted of the user's words (「カフェ、日払いも条件に入れておきますね」), which a speaker may shorten to
   * 「条件に入れますね」; any other message (a clarification, a notice about the search) is said in full.
   * `aside`: a detail a speaker leaves out when it would crowd the jobs out of the turn (「455件のうち、未経験OKの
   * お仕事は245件です」); every screen shows it.
   */
  readonly role?: 'jobList' | 'acknowledgements' | 'aside';
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
  | 'goodbye'
  | 'details'
  | 'save'
  | 'unsave'
  | 'listSaved'
  /** An unsupported input was answered (see TurnInput 'unsupported'). */
  | 'unsupported'
  /** Not the dialogue's: the channel's apology for a turn that failed (the runner's, see src/channels/shared). */
  | 'apology';

/**
 * How a shown job relates to what the user stated: `exact` meets every stated constraint (area, wanted and
 * refused job types and conditions); `related` differs in some, and always comes after the exact ones.
 */
export type JobMatch = 'exact' | 'related';

/**
 * One job as every channel shows it, built once per reply: the words are the locale's, the channel only lays
 * them out. Lists are empty (never missing) when there is nothing to say.
 */
export interface ResultCard {
  readonly id: string;
  /** 1-based position in this reply: the number the text and the speaker use for it. */
  readonly index: number;
  readonly title: string;
  readonly company: string | null;
  readonly pay: Spoken | null;
  /** As people write it: 「京都府京都市右京区」. */
  readonly area: Spoken | null;
  /** Job type names. */
  readonly jobTypes: readonly string[];
  /** What the user asked for (stated, or a yes to our question) that this job has: area, work, pay, conditions. */
  readonly meets: readonly string[];
  /** What it does not meet of what they asked for, each worded (「日払いOKではありません」). */
  readonly misses: readonly Spoken[];
  /** Days, times and shift conditions the catalogue gives for it (早朝・朝, シフト自由 …). */
  readonly hours: readonly string[];
  /** Why it was picked, in one line. */
  readonly why: Spoken;
  readonly match: JobMatch;
  /** The listing's own URL as the catalogue has it; channels link it through jobLink. */
  readonly url: string;
}

/**
 * What a turn asks the channel's runner to do outside the pure dialogue: record a choice (an event), save or
 * remove a job for this user, or fetch the saved jobs (the runner runs the turn again with them).
 */
export type JobAction =
  | { readonly kind: 'chosen'; readonly id: string }
  | { readonly kind: 'save'; readonly id: string }
  | { readonly kind: 'unsave'; readonly id: string }
  | { readonly kind: 'listSaved' };

/** The channel-neutral reply: each channel decides how it looks on its platform. */
export interface Reply {
  readonly messages: readonly Message[];
  /**
   * What to say again when the user says nothing (a speaker's reprompt): the open question's message, or for
   * results what one can say to them; null when nothing is asked.
   */
  readonly reprompt: Message | null;
  readonly suggestions: readonly Suggestion[];
  readonly question: OpenQuestion | null;
  readonly jobs: readonly Listing[];
  /** One per job, in the same order. */
  readonly matches: readonly JobMatch[];
  /** One per job, in the same order. */
  readonly cards: readonly ResultCard[];
  /** Set when the runner has something to do for this turn (see JobAction). */
  readonly action: JobAction | null;
  readonly done: boolean;
  readonly act: TurnAct;
  /** The language the reply is in (pages the channel builds around it, such as a share page, follow it). */
  readonly locale?: Locale;
}
