import type { JobMatch, QuestionKind } from '../dialogue/types';

/**
 * What the experiment log records, one JSON line each. Ids are hashed (`user`, `conversation`), no text the user
 * wrote or was shown is kept: only catalogue ids, kinds, positions and counts.
 */
export type ExperimentEvent =
  | ConversationStarted
  | QuestionAsked
  | QuestionAnswered
  | ResultsShown
  | JobOpened
  | JobChosen
  | ConversationEnded
  | Conversion;

export const EVENT_NAMES = [
  'conversation_started',
  'question_asked',
  'question_answered',
  'results_shown',
  'job_opened',
  'job_chosen',
  'conversation_ended',
  'conversion',
] as const;

type EventName = (typeof EVENT_NAMES)[number];

/** What every event carries: who (hashed), where, when, and which arm of which experiment. */
export interface EventBase {
  readonly event: EventName;
  /** ISO 8601, UTC. */
  readonly at: string;
  /** Hash of the user key (channel user id, or web conversation id): the experiment's unit. */
  readonly user: string;
  /** Hash of the channel's conversation id (on the platform channels the same key as the user). */
  readonly conversation: string;
  readonly channel: string;
  /** null outside any experiment. */
  readonly experiment: string | null;
  readonly variant: string | null;
}

interface ConversationStarted extends EventBase {
  readonly event: 'conversation_started';
}
interface QuestionAsked extends EventBase {
  readonly event: 'question_asked';
  readonly questionKind: Exclude<QuestionKind, 'results'>;
  readonly questionId: string | null;
  readonly turn: number;
}
interface QuestionAnswered extends EventBase {
  readonly event: 'question_answered';
  readonly questionKind: Exclude<QuestionKind, 'results'>;
  readonly questionId: string | null;
  readonly turn: number;
}
export interface ShownJob {
  readonly listing: string;
  /** 1-based position in this round of results (a second page goes on from the first). */
  readonly position: number;
  readonly match: JobMatch;
}
interface ResultsShown extends EventBase {
  readonly event: 'results_shown';
  readonly turn: number;
  /** Number of jobs shown: jobs.length, kept as a column so queries need no array functions. */
  readonly shown: number;
  readonly exact: number;
  readonly jobs: readonly ShownJob[];
}
interface JobOpened extends EventBase {
  readonly event: 'job_opened';
  readonly listing: string;
  /** The token's id: a conversion names it to say which click it came from. */
  readonly click: string;
}
interface JobChosen extends EventBase {
  readonly event: 'job_chosen';
  readonly listing: string;
  readonly match: JobMatch;
  readonly turn: number;
}
interface ConversationEnded extends EventBase {
  readonly event: 'conversation_ended';
  /** chosen: a job was picked; goodbye: the user ended it otherwise. */
  readonly reason: 'chosen' | 'goodbye';
  readonly turn: number;
}
interface Conversion extends EventBase {
  readonly event: 'conversion';
  readonly listing: string;
  readonly click: string;
  /** The job site's id of the application: conversions are counted once per id. */
  readonly application: string;
}

/** Where events go: a log line each (Cloud Logging → BigQuery), or a local file. Never throws at the caller. */
export interface EventSink {
  write(event: ExperimentEvent): void;
}

export const DISCARDING_SINK: EventSink = Object.freeze({ write: () => undefined });
