import type { Listing } from '../../catalog/types';
import type { JobMatch, QuestionKind, Reply } from '../../dialogue/types';
import { toSsml } from '../shared';

/** The 200 body of `POST /api/v1/turns` (DESIGN §4). */
export interface WebTurnResponse {
  conversationId: string;
  /** Send it back with conversationId on the next turn: it proves the conversation is the client's. */
  conversationToken: string;
  turn: number;
  messages: { text: string; speech: string }[];
  suggestions: { label: string; postback: string }[];
  question: { kind: QuestionKind; id: string | null; label: string } | null;
  jobs: WebJob[];
  done: boolean;
}

/** A listing as the API shows it. Fields the catalogue leaves out are null, never missing. */
export interface WebJob {
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
}

export function toTurnResponse(
  conversation: { conversationId: string; conversationToken: string },
  turn: number,
  reply: Reply,
  baseUrl: string,
): WebTurnResponse {
  return {
    conversationId: conversation.conversationId,
    conversationToken: conversation.conversationToken,
    turn,
    messages: reply.messages.map((m) => ({ text: m.text, speech: toSsml(m.speech) })),
    suggestions: reply.suggestions.map((s) => ({ label: s.label, postback: s.postback })),
    question:
      reply.question === null
        ? null
        : { kind: reply.question.kind, id: reply.question.id, label: reply.question.label },
    jobs: reply.jobs.map((listing, i) => toWebJob(listing, baseUrl, reply.matches[i] ?? 'related')),
    done: reply.done,
  };
}

export function toWebJob(listing: Listing, baseUrl: string, match: JobMatch): WebJob {
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
    url: absoluteUrl(listing.url, baseUrl),
    match,
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
