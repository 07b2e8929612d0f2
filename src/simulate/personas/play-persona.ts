import type { Implications } from '../../catalog/implied-conditions';
import type { Listing } from '../../catalog/types';
import type { JobMatch, Reply, TurnInput } from '../../dialogue/types';
import type { Persona } from './persona';
import { brokenRequirements } from './persona-check';

/** Whatever takes a turn: the dialogue itself, or a channel round trip. */
export type TurnTaker = (state: unknown, input: TurnInput) => { state: unknown; reply: Reply };

interface PersonaTurn {
  readonly user: string | null;
  readonly bot: string;
  readonly act: string;
  readonly question: string | null;
}

interface ShownJob {
  readonly listing: Listing;
  readonly match: JobMatch;
  readonly broken: readonly string[];
}

export interface PersonaRun {
  readonly persona: Persona;
  readonly turns: readonly PersonaTurn[];
  readonly shown: readonly ShownJob[];
  /** User turns until the first results, or null when none came. */
  readonly turnsToResults: number | null;
  /** The same question asked three times in a row: the conversation was stuck. */
  readonly stuck: boolean;
  /** The dialogue state after the first results (or at the end): what the dialogue understood. */
  readonly understood: unknown;
}

const MAX_TURNS = 20;

/** Personas on a smart speaker hear the speech of each reply, not its text. */
export const speaks = (persona: Pick<Persona, 'channel'>): boolean =>
  persona.channel === 'alexa' || persona.channel === 'google';
/** Pages of results looked at before the persona stops. */
const PAGES = 2;

/**
 * Plays one persona: the opening line, then an answer to each question from the persona's own words, then
 * two pages of results. Every job shown is checked against the persona's stated requirements by code.
 */
export function playPersona(
  take: TurnTaker,
  persona: Persona,
  implications: Implications,
  placeFree: ReadonlySet<string> = new Set(),
): PersonaRun {
  const turns: PersonaTurn[] = [];
  const shown: ShownJob[] = [];
  let state: unknown = undefined;
  let said = 0;
  let pages = 0;
  let turnsToResults: number | null = null;
  let lastQuestion = '';
  let repeats = 0;
  let stuck = false;
  let understood: unknown = undefined;
  const pick = (list: readonly string[]) => list[said % list.length] ?? '';

  const send = (input: TurnInput, text: string | null): Reply => {
    const result = take(state, input);
    state = result.state;
    const reply = result.reply;
    const q = reply.question;
    turns.push({
      user: text,
      bot: reply.messages.map((m) => (speaks(persona) ? m.speech : m.text)).join('\n'),
      act: reply.act,
      question: q === null ? null : `${q.kind}/${q.id ?? '-'}`,
    });
    return reply;
  };

  let reply = send({ kind: 'start' }, null);
  let next = persona.opening;
  while (said < MAX_TURNS) {
    said++;
    reply = send({ kind: 'text', text: next }, next);
    if (reply.jobs.length > 0 && reply.act === 'showResults') {
      if (turnsToResults === null) understood = state;
      turnsToResults ??= said;
      reply.jobs.forEach((listing, i) =>
        shown.push({
          listing,
          match: reply.matches[i] ?? 'related',
          broken: brokenRequirements(listing, persona.constraints, implications, placeFree),
        }),
      );
      pages++;
      if (pages >= PAGES) break;
      next = 'ほかのも見たい';
      continue;
    }
    if (reply.done) break;
    const q = reply.question;
    const key = q === null ? reply.act : `${q.kind}/${q.id ?? '-'}`;
    repeats = key === lastQuestion ? repeats + 1 : 0;
    lastQuestion = key;
    if (repeats >= 2) {
      stuck = true;
      break;
    }
    if (q === null) break;
    if (q.kind === 'area') next = persona.areaAnswer;
    else if (q.kind === 'jobType' && q.id === null) next = persona.workAnswer;
    else if (q.kind === 'results') next = 'ほかのも見たい';
    else {
      const kind = q.kind === 'jobType' ? 'jobTypes' : 'conditions';
      const id = q.id ?? '';
      if (persona.likes[kind].includes(id)) next = pick(persona.phrases.yes);
      else if (persona.dislikes[kind].includes(id)) next = pick(persona.phrases.no);
      else next = pick(persona.phrases.dontKnow);
    }
  }
  return { persona, turns, shown, turnsToResults, stuck, understood: understood ?? state };
}

/**
 * How many catalogue jobs meet every requirement the persona stated: a run that shows none of them when some
 * exist has failed the persona, however honestly it labels what it shows instead.
 */
export function jobsMeetingEverything(
  persona: Persona,
  listings: readonly Listing[],
  implications: Implications,
  placeFree: ReadonlySet<string> = new Set(),
): number {
  return listings.filter(
    (l) => brokenRequirements(l, persona.constraints, implications, placeFree).length === 0,
  ).length;
}

export interface PersonaSummary {
  readonly conversations: number;
  readonly exactShown: number;
  readonly exactMeeting: number;
  /** Conversations that showed jobs, every exact one meeting every requirement. */
  readonly onlyMatchingExact: number;
  readonly withResults: number;
  readonly stuck: number;
  readonly meanTurnsToResults: number | null;
  /** Conversations whose persona the catalogue could serve: some job meets every stated requirement. */
  readonly servable: number;
  /** Of those, conversations that showed at least one such job (as exact or as related). */
  readonly servedAMatch: number;
}

/** `available[i]`: jobs meeting every requirement of runs[i]'s persona (see jobsMeetingEverything). */
export function summarise(runs: readonly PersonaRun[], available: readonly number[] = []): PersonaSummary {
  const servable = runs.filter((_, i) => (available[i] ?? 0) > 0);
  const exact = runs.flatMap((r) => r.shown.filter((s) => s.match === 'exact'));
  const withResults = runs.filter((r) => r.shown.length > 0);
  const toResults = runs.flatMap((r) => (r.turnsToResults === null ? [] : [r.turnsToResults]));
  return {
    conversations: runs.length,
    exactShown: exact.length,
    exactMeeting: exact.filter((s) => s.broken.length === 0).length,
    onlyMatchingExact: withResults.filter((r) =>
      r.shown.every((s) => s.match === 'related' || s.broken.length === 0),
    ).length,
    withResults: withResults.length,
    stuck: runs.filter((r) => r.stuck).length,
    meanTurnsToResults:
      toResults.length === 0 ? null : toResults.reduce((a, b) => a + b, 0) / toResults.length,
    servable: servable.length,
    servedAMatch: servable.filter((r) => r.shown.some((s) => s.broken.length === 0)).length,
  };
}
