import { implicationsOf, withImplied } from '../catalog/implied-conditions';
import type { Listing } from '../catalog/types';
import { hasConstraints, meetsConstraints, statedConstraints, type Constraints } from './constraints';
import { decide, freshIds } from './decide';
import { placeLabel } from './places';
import { relatedJobs } from './related-jobs';
import { subjectName } from './names';
import { answerId, answerKind, answerLevel, isWanted } from './answers';
import { compactAnswers, type Turn } from './turn';

/** How far down the strategy's ranking exact matches are looked for before the catalogue order is used. */
const RANKED_POOL = 200;

export interface Page {
  readonly ids: readonly string[];
  /** Open listings that meet every stated constraint, on this page or not. */
  readonly exactTotal: number;
  readonly exactOnPage: number;
  /** Fewer matches than a page, and related jobs to show when the user asks for more. */
  readonly widenable?: boolean;
  /**
   * Jobs meeting every stated constraint were shown earlier and turned down or paged past: none left is then
   * 「ほかに」 none, not none at all (after 「no」 to two matches, “no job matches everything” was false).
   */
  readonly exactSeen?: boolean;
  /** Of exactTotal, how many also have every condition the user said yes to when asked (a preference). */
  readonly preferred?: { readonly count: number; readonly names: readonly string[] };
}

/**
 * A page of results: jobs that meet everything the user stated come first, in the strategy's order, then
 * the rest of them; only when there are fewer of those than a page does the strategy's other picks follow,
 * as related jobs (the reply labels them). Nothing the user ruled out is ever padded in as a match.
 */
export function assemblePage(
  turn: Turn,
  picks: readonly string[],
  related: 'fill' | 'onlyWhenNoExact' = 'fill',
): Page {
  const { ctx } = turn;
  const k = ctx.options.resultsPerPage;
  const constraints = statedConstraints(turn, turn.ctx.catalog.conditionGroups, turn.ctx.lookup.conditions);
  const excluded = new Set([...turn.rej, ...turn.shown]);
  const listing = (id: string) => ctx.lookup.listings.get(id);
  const isExact = (id: string) => {
    const l = listing(id);
    return l !== undefined && meetsConstraints(l, constraints);
  };
  const pool = exactPool(turn, constraints, excluded);
  const ordered: string[] = [];
  const take = (id: string) => {
    if (ordered.length < k && pool.has(id) && !ordered.includes(id)) ordered.push(id);
  };
  // 「主婦・主夫歓迎のお仕事を先にお見せしますね」 was said: the matches that have what was hoped for come first.
  const hoped = hopedConditions(turn, constraints);
  const hasHoped = (id: string) => hasEvery(listing(id), hoped, constraints);
  const candidates = picks.filter(isExact);
  const filled = candidates.filter((id) => pool.has(id) && hasHoped(id)).length;
  if (filled < k && pool.size > filled) {
    const ranked = decide(turn, 1, turn.shown, Math.min(RANKED_POOL, ctx.engine.catalog.listings.length));
    if (ranked.kind === 'recommend') candidates.push(...ranked.listingIds);
    candidates.push(...pool);
  }
  if (hoped.length > 0) candidates.filter(hasHoped).forEach(take);
  candidates.forEach(take);
  const exactOnPage = ordered.length;
  if (!hasConstraints(constraints)) {
    // Nothing stated: every pick is a recommendation, none can contradict anything.
    for (const id of picks) if (ordered.length < k && !ordered.includes(id)) ordered.push(id);
    return { ids: ordered, exactTotal: ordered.length, exactOnPage: ordered.length };
  }
  const taken = new Set([...excluded, ...ordered]);
  const exactSeen = [...excluded].some(isExact);
  // The first page shows what matches and offers the rest: the user chooses to widen (「ほかのも見たい」).
  if (related === 'onlyWhenNoExact' && exactOnPage > 0) {
    const more = exactOnPage < k && relatedJobs(ctx, constraints, taken, picks, 1).length > 0;
    const preferred = preferredAmong(turn, constraints, pool);
    return {
      ids: ordered,
      exactTotal: pool.size,
      exactOnPage,
      widenable: more,
      ...(exactSeen ? { exactSeen } : {}),
      ...(preferred === undefined ? {} : { preferred }),
    };
  }
  // Widened from a municipality to its prefecture (the user was told so): its jobs first; widened to anywhere:
  // the same work however far.
  const widenedTo = turn.sa !== undefined && turn.a === '*' ? '*' : widenedPrefecture(turn);
  ordered.push(...relatedJobs(ctx, constraints, taken, picks, k - ordered.length, widenedTo, hasHoped));
  return { ids: ordered, exactTotal: pool.size, exactOnPage, ...(exactSeen ? { exactSeen } : {}) };
}

/**
 * 「未経験OKのお仕事がいいですか？」「はい」 is a preference, so the count of matches does not hold to it; said alone,
 * 「条件に合うお仕事は455件」 would read as if it did. How many of them also have those conditions, when not all do.
 */
function preferredAmong(turn: Turn, constraints: Constraints, pool: ReadonlySet<string>): Page['preferred'] {
  const { ctx } = turn;
  const ids = hopedConditions(turn, constraints);
  if (ids.length === 0) return undefined;
  let count = 0;
  for (const id of pool) if (hasEvery(ctx.lookup.listings.get(id), ids, constraints)) count++;
  if (count === 0 || count === pool.size) return undefined;
  return { count, names: ids.map((id) => subjectName(ctx, turn.locale, 'c', id)) };
}

/**
 * Of a next page's matches, how many lack a condition the user said yes to when asked. Told 「シフト自由のお仕事は
 * 5件」 and shown those first, 「条件に合うお仕事をあと5件」 without a word read as five more with シフト自由 (p29-22).
 */
function hopedLacking(turn: Turn, page: Page): { count: number; names: string[] } | undefined {
  const { ctx } = turn;
  const constraints = statedConstraints(turn, ctx.catalog.conditionGroups, ctx.lookup.conditions);
  const ids = hopedConditions(turn, constraints);
  if (ids.length === 0) return undefined;
  const exact = page.ids.slice(0, page.exactOnPage).map((id) => ctx.lookup.listings.get(id));
  const lacks = (c: string) => exact.filter((l) => !hasEvery(l, [c], constraints)).length;
  const name = (c: string) => subjectName(ctx, turn.locale, 'c', c);
  // Only what is true of the jobs named: a condition none of them has, or how many lack the one hoped for.
  const noneHave = ids.filter((c) => lacks(c) === exact.length);
  if (noneHave.length > 0) return { count: exact.length, names: noneHave.map(name) };
  const [only] = ids;
  if (ids.length !== 1 || only === undefined || lacks(only) === 0) return undefined;
  return { count: lacks(only), names: [name(only)] };
}

/** Whether a listing has every one of the conditions, read with what its own imply. */
function hasEvery(listing: Listing | undefined, ids: readonly string[], constraints: Constraints): boolean {
  if (listing === undefined) return false;
  if (ids.length === 0) return true;
  const has = withImplied(listing.conditionIds, constraints.implications);
  return ids.every((c) => has.has(c));
}

/** Conditions wanted but not required: answered yes when asked, or said of oneself (「主婦です」). */
function hopedConditions(turn: Turn, constraints: Constraints): string[] {
  return compactAnswers(turn.ans)
    .filter((t) => answerKind(t) === 'condition' && isWanted(t))
    .map(answerId)
    .filter((id) => turn.ctx.lookup.conditions.has(id) && !constraints.requiredConditions.has(id));
}

/**
 * Every open listing that meets the stated constraints, searched within the area when there is one and the jobs
 * asked for are not done from anywhere (在宅OK).
 */
function exactPool(turn: Turn, constraints: Constraints, excluded: ReadonlySet<string>): Set<string> {
  const ic = turn.ctx.engine.catalog;
  const area = constraints.area;
  const everywhere = area === null || area === '*' || (constraints.placeFree?.size ?? 0) > 0;
  const candidates = everywhere ? ic.listings.keys() : ic.listingsInArea(area[0], area[1]).values();
  const pool = new Set<string>();
  for (const index of candidates) {
    const l = ic.listings[index];
    if (l !== undefined && !excluded.has(l.id) && meetsConstraints(l, constraints)) pool.add(l.id);
  }
  return pool;
}

/** The prefecture a search was widened to from a municipality in it, when it was. */
function widenedPrefecture(turn: Turn): string | undefined {
  return turn.sa !== undefined && Array.isArray(turn.a) && turn.a.length === 1 ? turn.a[0] : undefined;
}

/** After 「〜県全体に広げて探しますね」, a page that runs past that prefecture says so. */
function sayBeyondPrefecture(turn: Turn, ids: readonly string[]): void {
  const prefecture = widenedPrefecture(turn);
  if (prefecture === undefined) return;
  const outside = ids.filter((id) => {
    const area = turn.ctx.lookup.listings.get(id)?.area;
    return area !== undefined && area.prefecture !== prefecture;
  }).length;
  if (outside > 0) {
    turn.say(outside === ids.length ? 'results.beyondPrefectureAll' : 'results.beyondPrefecture', {
      prefecture: placeLabel(turn.ctx, turn.locale, [prefecture]),
      count: outside,
    });
  }
}

export function showFirstPage(turn: Turn, page: Page): void {
  const { ids } = page;
  turn.shown = [...ids];
  turn.pg = 0;
  turn.asked = 0;
  turn.question = { kind: 'results' };
  turn.listJobs = true;
  turn.act = 'showResults';
  const dropped = droppedWishes(turn, ids);
  // The count (or that nothing matched everything) first, then which wish none of these jobs has.
  sayCounts(turn, page, 'first', false, dropped.length > 0);
  if (dropped.length > 0) {
    // Joined as tags (「夜から・土日祝のみOK」, “Evenings” or “Weekends and holidays only”): an English name with
    // 'and' in it, listed with 'and', read as one ungrammatical phrase (p24-31).
    turn.say('results.relaxed', {
      list: turn.ctx.renderer.tags(
        turn.locale,
        dropped.map((d) => d.name),
      ),
    });
    turn.saidNoneHave = dropped.flatMap((d) => (d.kind === 'c' ? [d.id] : []));
  }
  sayBeyondPrefecture(turn, ids);
  if (page.widenable === true) turn.say('results.widenOffer');
}

/**
 * Says how many jobs meet what the user stated, and that the rest of the page differs, when it does. With
 * nothing stated, the jobs are recommendations: no claim that they match anything.
 */
function sayCounts(
  turn: Turn,
  page: Page,
  which: 'first' | 'next',
  hadExact = false,
  saidRelaxed = false,
): void {
  const stated = hasConstraints(statedConstraints(turn));
  const related = page.ids.length - page.exactOnPage;
  if (!stated) {
    if (which === 'next') turn.say('results.more', { count: page.ids.length });
    else if (page.ids.length === 1) turn.say('results.foundOne');
    else turn.say('results.found', { count: page.ids.length });
    return;
  }
  if (which === 'first') {
    // Right after a widening the notice has just said that the place had nothing; the nearest jobs follow. With
    // questions in between, 「かわりに」 would hang on nothing: the page says itself that none matched.
    // With 「この中に〜と書かれたお仕事はありませんが」 said, the page needs no second sentence saying so.
    if (page.exactTotal === 0 && turn.sa !== undefined && turn.widenedNow) {
      if (related > 0 && !saidRelaxed) turn.say('results.nearestFirst', { count: related });
      return;
    }
    const seen = page.exactSeen === true;
    if (page.exactTotal === 0) turn.say(seen ? 'results.exactNoneOther' : 'results.exactNone');
    // After matches were shown and turned down, the count is of the others (「10件」 then 「5件ありました」 read as a
    // new search that found fewer).
    else if (seen && page.exactTotal <= page.exactOnPage)
      turn.say('results.exactAllOther', { count: page.exactTotal });
    else if (seen) turn.say('results.exactSomeOther', { count: page.exactTotal, shown: page.exactOnPage });
    else if (page.exactTotal === 1 && page.exactOnPage === 1) turn.say('results.exactOne');
    else if (page.exactTotal <= page.exactOnPage) turn.say('results.exactAll', { count: page.exactTotal });
    else turn.say('results.exactSome', { count: page.exactTotal, shown: page.exactOnPage });
    if (page.preferred !== undefined) {
      turn.aside('results.preferredAmong', {
        total: page.exactTotal,
        count: page.preferred.count,
        // As tags: “No experience needed” read as a name, not pasted into the sentence.
        names: turn.ctx.renderer.tags(turn.locale, page.preferred.names),
      });
    }
    if (related > 0 && !(saidRelaxed && page.exactOnPage === 0)) {
      turn.say(page.exactOnPage > 0 ? 'results.relatedFollow' : 'results.relatedInstead', { count: related });
    }
    return;
  }
  if (page.exactOnPage > 0) {
    const lacking = hopedLacking(turn, page);
    if (lacking === undefined) turn.say('results.moreExact', { count: page.exactOnPage });
    else {
      turn.say(
        lacking.count === page.exactOnPage ? 'results.moreExactNoneHave' : 'results.moreExactSomeLack',
        {
          count: page.exactOnPage,
          lacking: lacking.count,
          names: turn.ctx.renderer.tags(turn.locale, lacking.names),
        },
      );
    }
    if (related > 0) turn.say('results.relatedFollow', { count: related });
  } else {
    // 「さきほどのもので全部」 only when earlier pages did show exact matches.
    turn.say(hadExact ? 'results.exactDone' : 'results.relatedMore', { count: related });
  }
}

/** 「ほかのも見たい」: the next page, or a word that there is none. */
export function showNextPage(turn: Turn): void {
  turn.settled = true;
  turn.act = 'showResults';
  const constraints = statedConstraints(turn, turn.ctx.catalog.conditionGroups, turn.ctx.lookup.conditions);
  // 「さきほどのもので全部」 once, on the page after the last exact match; later pages are simply more.
  const hadExact = turn.shown.slice(turn.pg).some((id) => {
    const listing = turn.ctx.lookup.listings.get(id);
    return listing !== undefined && meetsConstraints(listing, constraints);
  });
  const page = assemblePage(turn, freshIds(turn, decide(turn, 1, turn.shown)));
  if (page.ids.length === 0) {
    turn.say('results.noMore');
    turn.noNewPage = true;
    return;
  }
  turn.markChanged();
  turn.pg = turn.shown.length;
  turn.shown = [...turn.shown, ...page.ids];
  turn.listJobs = true;
  sayCounts(turn, page, 'next', hadExact);
  sayBeyondPrefecture(turn, page.ids);
}

/**
 * Wishes the shown jobs do not meet: each condition the user wants that none of them has, and the liked job
 * types when none of them is of any.
 */
function droppedWishes(
  turn: Turn,
  ids: readonly string[],
): { readonly kind: 't' | 'c'; readonly id: string; readonly name: string }[] {
  const implications = implicationsOf(turn.ctx.catalog.conditionGroups);
  const listings = ids.flatMap((id) => turn.ctx.lookup.listings.get(id) ?? []);
  const conditionsOf = listings.map((l) => withImplied(l.conditionIds, implications));
  const wanted = compactAnswers(turn.ans).filter(isWanted);
  const likedTypes = wanted
    .filter((t) => answerKind(t) === 'jobType' && turn.ctx.lookup.jobTypes.has(answerId(t)))
    .map(answerId);
  const names: { kind: 't' | 'c'; id: string; name: string }[] = [];
  if (likedTypes.length > 0 && !listings.some((l) => likedTypes.some((id) => l.jobTypeIds.includes(id)))) {
    for (const id of likedTypes)
      names.push({ kind: 't', id, name: subjectName(turn.ctx, turn.locale, 't', id) });
  }
  for (const t of wanted) {
    const id = answerId(t);
    if (answerKind(t) !== 'condition' || !turn.ctx.lookup.conditions.has(id)) continue;
    // 「夜勤も大丈夫」 (a weak yes) asked for nothing: the jobs need not be said to lack it.
    if (answerLevel(t) !== 'yes') continue;
    if (!conditionsOf.some((has) => has.has(id))) {
      names.push({ kind: 'c', id, name: subjectName(turn.ctx, turn.locale, 'c', id) });
    }
  }
  return names;
}
