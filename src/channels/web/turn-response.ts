import type { Listing } from '../../catalog/types';
import { jobPostback } from '../../dialogue/postbacks';
import type { JobMatch, QuestionKind, Reply, ResultCard } from '../../dialogue/types';
import { toSsml } from '../shared';
import { jobLink } from '../shared/job-link';
import { phrases } from './line-breaks';

/** The 200 body of `POST /api/v1/turns` (DESIGN §4). */
export interface WebTurnResponse {
  conversationId: string;
  /** Send it back with conversationId on the next turn: it proves the conversation is the client's. */
  conversationToken: string;
  turn: number;
  /**
   * `role: 'jobList'` marks the numbered list of the jobs also given in `jobs` (the page shows the cards only);
   * `phrases` is the text cut where a line may break (Japanese).
   */
  messages: { text: string; speech: string; role?: 'jobList'; phrases: string[] }[];
  suggestions: { label: string; postback: string }[];
  question: { kind: QuestionKind; id: string | null; label: string } | null;
  jobs: WebJob[];
  done: boolean;
  /**
   * A read-only page of the jobs shown, for a week: a path on this service (`/s/<token>`), so it opens on the
   * host the page came from; null when no jobs are shown.
   */
  shareUrl: string | null;
  /** What this turn did with a job: chose, saved or removed it (the page marks its buttons). */
  jobAction: { kind: 'chosen' | 'save' | 'unsave'; jobId: string } | null;
}

/** The card of one job, as the dialogue worded it for this conversation's language. */
interface WebJobCard {
  index: number;
  titlePhrases: string[];
  pay: string | null;
  area: string | null;
  jobTypes: string[];
  meets: string[];
  misses: string[];
  hours: string[];
  why: string;
}

/** A listing as the API shows it. Fields the catalogue leaves out are null, never missing. */
interface WebJob {
  id: string;
  title: string;
  company: string | null;
  jobTypeIds: string[];
  conditionIds: string[];
  wage: { unit: string; min: number; max: number } | null;
  area: { prefecture: string; municipality: string | null } | null;
  url: string;
  /** `exact`: meets everything the user stated; `related`: differs in something, listed after the exact ones. */
  match: JobMatch;
  card: WebJobCard | null;
  /** Postback values of the job's own buttons. */
  postbacks: { details: string; choose: string; save: string; unsave: string };
}

export function toTurnResponse(
  conversation: { conversationId: string; conversationToken: string },
  turn: number,
  reply: Reply,
  baseUrl: string,
  shareUrl: string | null = null,
): WebTurnResponse {
  const action = reply.action;
  return {
    conversationId: conversation.conversationId,
    conversationToken: conversation.conversationToken,
    turn,
    messages: reply.messages.map((m) => ({
      text: m.text,
      speech: toSsml(m.speech),
      ...(m.role === 'jobList' ? { role: m.role } : {}),
      phrases: phrases(m.text),
    })),
    suggestions: reply.suggestions.map((s) => ({ label: s.label, postback: s.postback })),
    question:
      reply.question === null
        ? null
        : { kind: reply.question.kind, id: reply.question.id, label: reply.question.label },
    jobs: reply.jobs.map((listing, i) =>
      toWebJob(listing, baseUrl, reply.matches[i] ?? 'related', reply.cards[i]),
    ),
    done: reply.done,
    shareUrl: reply.jobs.length > 0 ? shareUrl : null,
    jobAction:
      action === null || action.kind === 'listSaved' ? null : { kind: action.kind, jobId: action.id },
  };
}

function toWebJob(listing: Listing, baseUrl: string, match: JobMatch, card?: ResultCard): WebJob {
  return {
    id: listing.id,
    title: listing.title,
    company: listing.company ?? null,
    jobTypeIds: [...listing.jobTypeIds],
    conditionIds: [...listing.conditionIds],
    wage: listing.wage ? { unit: listing.wage.unit, min: listing.wage.min, max: listing.wage.max } : null,
    area: listing.area
      ? { prefecture: listing.area.prefecture, municipality: listing.area.municipality ?? null }
      : null,
    url: jobLink(listing, { channel: 'web', baseUrl }),
    match,
    card: card === undefined ? null : webCard(card),
    postbacks: {
      details: jobPostback('details', listing.id),
      choose: jobPostback('choose', listing.id),
      save: jobPostback('save', listing.id),
      unsave: jobPostback('unsave', listing.id),
    },
  };
}

function webCard(card: ResultCard): WebJobCard {
  return {
    index: card.index,
    titlePhrases: phrases(card.title),
    pay: card.pay?.text ?? null,
    area: card.area?.text ?? null,
    jobTypes: [...card.jobTypes],
    meets: [...card.meets],
    misses: card.misses.map((m) => m.text),
    hours: [...card.hours],
    why: card.why.text,
  };
}

/** Catalogue URLs are validated as absolute; a relative one (older data) is resolved against the public base. */
export function absoluteUrl(url: string, baseUrl: string): string {
  try {
    return new URL(url, `${baseUrl}/`).href;
  } catch {
    return new URL('/', `${baseUrl}/`).href;
  }
}
