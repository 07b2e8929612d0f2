import type { JobMatch, OpenQuestion } from '../dialogue/types';
import type { UnderstandingReport } from '../cli/describe-utterance';

/**
 * Where a field of the reply was read: the platform's own response, the dialogue's reply (in-process only), or
 * nowhere (against a URL, a field the platform's response does not carry).
 */
export type FieldSource = 'platform' | 'dialogue' | 'none';

/**
 * What one turn answered, channel-neutral, as the replay checks it. Each channel fills what its response
 * carries; what it does not carry (LINE has no speech, Alexa no text or buttons, only the web API names the
 * open question) comes from the dialogue's own reply, which the in-process run records.
 */
export interface NeutralReply {
  readonly texts: readonly string[];
  /** Speech with its SSML tags removed. */
  readonly speech: readonly string[];
  readonly suggestions: readonly string[];
  readonly question: Pick<OpenQuestion, 'kind' | 'id'> | null;
  readonly jobs: readonly ReplayJob[];
  readonly done: boolean;
  /** What `soudan parse` makes of the user's text in the open question's context; null for other inputs. */
  readonly understood: UnderstandingReport | null;
  readonly sources: Readonly<
    Record<'texts' | 'speech' | 'suggestions' | 'question' | 'jobs' | 'done', FieldSource>
  >;
}

/** A shown job, with what `jobs.each` checks. */
interface ReplayJob {
  readonly id: string;
  readonly title: string;
  readonly match: JobMatch;
  readonly jobTypeIds: readonly string[];
  readonly conditionIds: readonly string[];
  readonly prefecture: string | null;
  readonly municipality: string | null;
}

/** Speech as heard: SSML tags dropped, entities decoded, spaces collapsed. */
export function plainSpeech(ssml: string): string {
  return ssml
    .replace(/<[^>]*>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ')
    .trim();
}
