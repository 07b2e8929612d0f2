import { withImplied } from '../catalog/implied-conditions';
import type { Listing } from '../catalog/types';
import type { Spoken } from '../i18n/types';
import { inPlace, type Constraints, type Unmet } from './constraints';
import type { DialogueContext } from './context';
import { conditionAsWork, subjectName, unmetNote } from './names';
import { placeLabel } from './places';
import { answerId, answerKind, isWanted } from './answers';
import type { AnswerTuple } from './state';
import { compactAnswers } from './turn';
import { isWageWishId } from './wage-wish';
import type { JobMatch, Locale, ResultCard } from './types';

/**
 * Conditions that say when one works (days, times of day, shift kinds): a card shows them as the job's hours,
 * since the catalogue has no timetable of its own. Ids the catalogue does not have are ignored.
 */
export const SCHEDULE_CONDITIONS: readonly string[] = [
  'early-morning',
  'daytime',
  'evening',
  'night',
  'late-night',
  'short-hours',
  'full-time',
  'no-overtime',
  'flexible-shifts',
  'fixed-shifts',
  'weekdays-only',
  'weekends-only',
  'one-day-a-week',
  'two-three-days-a-week',
  'four-days-a-week',
];
const SCHEDULE = new Set(SCHEDULE_CONDITIONS);

/** What the user asked for: the hard constraints, and the conditions they said yes to when we asked. */
export interface Wishes {
  readonly constraints: Constraints;
  /** Wanted conditions, stated or answered yes (or probably yes), in the order they were said. */
  readonly wantedConditions: readonly string[];
}

export function wishesOf(constraints: Constraints, answers: readonly AnswerTuple[]): Wishes {
  const wanted = new Set(constraints.requiredConditions);
  for (const t of compactAnswers(answers)) {
    if (answerKind(t) === 'condition' && isWanted(t) && !isWageWishId(answerId(t))) wanted.add(answerId(t));
  }
  return { constraints, wantedConditions: [...wanted] };
}

/** One card per job, numbered as the list and the speaker number them. */
export function resultCards(
  ctx: DialogueContext,
  locale: Locale,
  listings: readonly Listing[],
  differences: readonly (readonly Unmet[])[],
  matches: readonly JobMatch[],
  wishes: Wishes,
  /** The numbers the list gave them, when not 1, 2, 3 … (one job of the page told in full keeps its own). */
  numbers: readonly number[] = [],
): ResultCard[] {
  return listings.map((listing, i) =>
    resultCard(
      ctx,
      locale,
      listing,
      numbers[i] ?? i + 1,
      differences[i] ?? [],
      matches[i] ?? 'related',
      wishes,
    ),
  );
}

function resultCard(
  ctx: DialogueContext,
  locale: Locale,
  listing: Listing,
  index: number,
  unmet: readonly Unmet[],
  match: JobMatch,
  wishes: Wishes,
): ResultCard {
  const r = ctx.renderer;
  const name = (id: string) => subjectName(ctx, locale, 'c', id);
  const { constraints } = wishes;
  const has = withImplied(listing.conditionIds, constraints.implications);
  const met: string[] = [];
  const area = constraints.area;
  if (area !== null && area !== '*' && inPlace(listing, area)) met.push(placeLabel(ctx, locale, area).text);
  for (const id of listing.jobTypeIds) {
    if (constraints.wantedTypes.has(id)) met.push(subjectName(ctx, locale, 't', id));
  }
  if (constraints.wageMin !== null && !unmet.some((u) => u.kind === 'wage') && listing.wage) {
    met.push(r.label(locale, 'card.pay'));
  }
  const metConditions = wishes.wantedConditions.filter((id) => has.has(id));
  met.push(...metConditions.map(name));
  const misses: Spoken[] = unmet.map((u) => unmetNote(ctx, locale, 'card.misses', u));
  // Conditions they said yes to when asked are wishes, not constraints: a job without one is still a match,
  // and the card says what it lacks.
  // The related list's own differences may already hold it (preferencesLacked): said once, not twice.
  const told = new Set(unmet.flatMap((u) => (u.kind === 'missing' ? [u.id] : [])));
  for (const id of wishes.wantedConditions) {
    if (!has.has(id) && !constraints.requiredConditions.has(id) && !told.has(id)) {
      misses.push(
        r.message(locale, 'card.misses.missing', { name: name(id), work: conditionAsWork(ctx, locale, id) }),
      );
    }
  }
  const place = listing.area;
  return {
    id: listing.id,
    index,
    title: listing.title,
    company: listing.company ?? null,
    pay: listing.wage ? r.wage(locale, listing.wage) : null,
    area: place
      ? placeLabel(
          ctx,
          locale,
          place.municipality ? [place.prefecture, place.municipality] : [place.prefecture],
        )
      : null,
    jobTypes: listing.jobTypeIds.map((id) => subjectName(ctx, locale, 't', id)),
    meets: met,
    misses,
    hours: listing.conditionIds.filter((id) => SCHEDULE.has(id)).map(name),
    why: why(ctx, locale, match, met),
    match,
    url: listing.url,
  };
}

function why(ctx: DialogueContext, locale: Locale, match: JobMatch, met: readonly string[]): Spoken {
  const r = ctx.renderer;
  const things = r.list(locale, met.slice(0, 3));
  if (match === 'exact') {
    return met.length > 0
      ? r.message(locale, 'card.why.exact', { things })
      : r.message(locale, 'card.why.answers');
  }
  return met.length > 0
    ? r.message(locale, 'card.why.related', { things })
    : r.message(locale, 'card.why.near');
}
