import { seededRandom } from '../random';
import type { Act, DecideOptions } from '../engine';
import { hasConstraints, meetsConstraints, statedConstraints, type Constraints } from './constraints';
import { evidenceOf } from './evidence';
import { relatedJobs } from './related-jobs';
import { subjectName } from './names';
import { hasOpenListings, placeLabel } from './places';
import type { AreaValue } from './state';
import { compactAnswers, type Turn } from './turn';
import { variantPick } from './variant';

function decide(
  turn: Turn,
  turnsLeft: number,
  alsoExclude: readonly string[] = [],
  topK = turn.ctx.options.resultsPerPage,
): Act {
  const { ctx } = turn;
  const evidence = evidenceOf(ctx, turn.ans, turn.a, [...turn.rej, ...alsoExclude]);
  const options: DecideOptions = {
    topK,
    turnsLeft,
    // Strategies that draw get a stream fixed by where the conversation is: replaying a turn replays it.
    random: seededRandom(variantPick(turn.n, turn.ans.length, turn.rej.length)),
  };
  return ctx.strategy.decide(evidence, options);
}

/** Listing ids of a recommendation that exist and were neither rejected nor already shown. */
function freshIds(turn: Turn, act: Act): string[] {
  if (act.kind !== 'recommend') return [];
  const excluded = new Set([...turn.rej, ...turn.shown]);
  return [...new Set(act.listingIds)].filter((id) => turn.ctx.lookup.listings.has(id) && !excluded.has(id));
}

/** Decides what to ask or show next, once the user's turn has been taken in. */
export function decideNext(turn: Turn): void {
  const { ctx } = turn;
  if (turn.a === null) {
    turn.q = ['a'];
    return;
  }
  if (!widenIfEmpty(turn)) return exhausted(turn);
  // Right after the area, what kind of work (the strategy rarely asks about one job type among many), unless
  // the user already named one they want (「渋谷でカフェ」) or asked to see jobs now.
  if (turn.areaJustSet() && !turn.forceResults && likedTypes(turn).size === 0) {
    turn.q = ['w'];
    return;
  }
  const budget = ctx.options.questionBudget;
  const turnsLeft = turn.forceResults || turn.asked >= budget ? 1 : budget - turn.asked + 1;
  const act = decide(turn, turnsLeft);
  if (act.kind === 'recommend') {
    turn.shown = [];
    const page = assemblePage(turn, freshIds(turn, act));
    return page.ids.length === 0 ? exhausted(turn) : showFirstPage(turn, page);
  }
  const code = act.kind === 'askJobType' ? 't' : 'c';
  turn.q = [code, act.id];
  const left = budget - turn.asked;
  if (left === 2) turn.say('progress.left', { count: 2 });
  else if (left === 1 && budget > 1) turn.say('progress.last');
}

/**
 * When the chosen area has nothing left, widen it (municipality -> prefecture -> anywhere) and say so. Likewise
 * when it has jobs but none of the job types the user asked for (「渋谷でカフェ」 and 渋谷区 has no café job):
 * a wider area with the wanted work beats a list of other work nearby.
 */
function widenIfEmpty(turn: Turn): boolean {
  const { ctx } = turn;
  const rejected = new Set(turn.rej);
  const from = turn.a;
  if (from === null || from === '*') return hasOpenListings(ctx, '*', rejected);
  const fromLabel = placeLabel(ctx, turn.locale, from);
  // Whatever the search widens to, the place the user named stays what a match must be in.
  const widen = (to: AreaValue): void => {
    turn.sa ??= from;
    turn.a = to;
  };
  if (hasOpenListings(ctx, from, rejected)) {
    const liked = likedTypes(turn);
    if (liked.size === 0 || hasOpenListings(ctx, from, rejected, liked)) return true;
    const what = ctx.renderer.list(
      turn.locale,
      [...liked].map((id) => subjectName(ctx, turn.locale, 't', id)),
    );
    if (from.length === 2 && hasOpenListings(ctx, [from[0]], rejected, liked)) {
      widen([from[0]]);
      const to = placeLabel(ctx, turn.locale, [from[0]]);
      turn.say('area.widenedForType.prefecture', { from: fromLabel, to, what });
    } else if (hasOpenListings(ctx, '*', rejected, liked)) {
      widen('*');
      turn.say('area.widenedForType.anywhere', { from: fromLabel, what });
    }
    return true;
  }
  if (from.length === 2 && hasOpenListings(ctx, [from[0]], rejected)) {
    widen([from[0]]);
    turn.say('area.widened.prefecture', { from: fromLabel, to: placeLabel(ctx, turn.locale, [from[0]]) });
    return true;
  }
  if (!hasOpenListings(ctx, '*', rejected)) return false;
  widen('*');
  turn.say('area.widened.anywhere', { from: fromLabel });
  return true;
}

/** Job types the user said yes or probably yes to. */
function likedTypes(turn: Turn): Set<string> {
  // Level codes 0 and 1: yes and probably yes.
  return new Set(
    compactAnswers(turn.ans)
      .filter((t) => t[0] === 't' && t[2] <= 1 && turn.ctx.lookup.jobTypes.has(t[1]))
      .map((t) => t[1]),
  );
}

function exhausted(turn: Turn): void {
  turn.shown = [];
  turn.pg = 0;
  turn.q = ['o'];
  turn.act = 'noResults';
  turn.say('results.exhausted');
}

/** How far down the strategy's ranking exact matches are looked for before the catalogue order is used. */
const RANKED_POOL = 200;

interface Page {
  readonly ids: readonly string[];
  /** Open listings that meet every stated constraint, on this page or not. */
  readonly exactTotal: number;
  readonly exactOnPage: number;
}

/**
 * A page of results: jobs that meet everything the user stated come first, in the strategy's order, then
 * the rest of them; only when there are fewer of those than a page does the strategy's other picks follow,
 * as related jobs (the reply labels them). Nothing the user ruled out is ever padded in as a match.
 */
function assemblePage(turn: Turn, picks: readonly string[]): Page {
  const { ctx } = turn;
  const k = ctx.options.resultsPerPage;
  const constraints = statedConstraints(turn);
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
  picks.filter(isExact).forEach(take);
  if (ordered.length < k && pool.size > ordered.length) {
    const ranked = decide(turn, 1, turn.shown, Math.min(RANKED_POOL, ctx.engine.catalog.listings.length));
    if (ranked.kind === 'recommend') ranked.listingIds.forEach(take);
    for (const id of pool) take(id);
  }
  const exactOnPage = ordered.length;
  if (!hasConstraints(constraints)) {
    // Nothing stated: every pick is a recommendation, none can contradict anything.
    for (const id of picks) if (ordered.length < k && !ordered.includes(id)) ordered.push(id);
    return { ids: ordered, exactTotal: ordered.length, exactOnPage: ordered.length };
  }
  const taken = new Set([...excluded, ...ordered]);
  ordered.push(...relatedJobs(ctx, constraints, taken, picks, k - ordered.length));
  return { ids: ordered, exactTotal: pool.size, exactOnPage };
}

/** Every open listing that meets the stated constraints, searched within the area when there is one. */
function exactPool(turn: Turn, constraints: Constraints, excluded: ReadonlySet<string>): Set<string> {
  const ic = turn.ctx.engine.catalog;
  const area = constraints.area;
  const candidates =
    area === null || area === '*' ? ic.listings.keys() : ic.listingsInArea(area[0], area[1]).values();
  const pool = new Set<string>();
  for (const index of candidates) {
    const l = ic.listings[index];
    if (l !== undefined && !excluded.has(l.id) && meetsConstraints(l, constraints)) pool.add(l.id);
  }
  return pool;
}

function showFirstPage(turn: Turn, page: Page): void {
  const { ids } = page;
  turn.shown = [...ids];
  turn.pg = 0;
  turn.asked = 0;
  turn.q = ['r'];
  turn.listJobs = true;
  turn.act = 'showResults';
  const dropped = droppedWishes(turn, ids);
  if (dropped.length > 0) turn.say('results.relaxed', { list: turn.ctx.renderer.list(turn.locale, dropped) });
  sayCounts(turn, page, 'first');
}

/**
 * Says how many jobs meet what the user stated, and that the rest of the page differs, when it does. With
 * nothing stated, the jobs are recommendations: no claim that they match anything.
 */
function sayCounts(turn: Turn, page: Page, which: 'first' | 'next', hadExact = false): void {
  const stated = hasConstraints(statedConstraints(turn));
  const related = page.ids.length - page.exactOnPage;
  if (!stated) {
    if (which === 'next') turn.say('results.more', { count: page.ids.length });
    else if (page.ids.length === 1) turn.say('results.foundOne');
    else turn.say('results.found', { count: page.ids.length });
    return;
  }
  if (which === 'first') {
    // After a widening the notice has said that the place had nothing; the nearest jobs follow.
    if (page.exactTotal === 0 && turn.sa !== undefined) {
      if (related > 0) turn.say('results.nearestFirst', { count: related });
      return;
    }
    if (page.exactTotal === 0) turn.say('results.exactNone');
    else if (page.exactTotal <= page.exactOnPage) turn.say('results.exactAll', { count: page.exactTotal });
    else turn.say('results.exactSome', { count: page.exactTotal, shown: page.exactOnPage });
    if (related > 0) {
      turn.say(page.exactOnPage > 0 ? 'results.relatedFollow' : 'results.relatedInstead', { count: related });
    }
    return;
  }
  if (page.exactOnPage > 0) {
    turn.say('results.moreExact', { count: page.exactOnPage });
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
  const constraints = statedConstraints(turn);
  const hadExact = turn.shown.some((id) => {
    const listing = turn.ctx.lookup.listings.get(id);
    return listing !== undefined && meetsConstraints(listing, constraints);
  });
  const page = assemblePage(turn, freshIds(turn, decide(turn, 1, turn.shown)));
  if (page.ids.length === 0) {
    turn.say('results.noMore');
    return;
  }
  turn.markChanged();
  turn.pg = turn.shown.length;
  turn.shown = [...turn.shown, ...page.ids];
  turn.listJobs = true;
  sayCounts(turn, page, 'next', hadExact);
}

/**
 * Wishes the shown jobs do not meet: each condition the user wants that none of them has, and the liked job
 * types when none of them is of any.
 */
function droppedWishes(turn: Turn, ids: readonly string[]): string[] {
  const listings = ids.flatMap((id) => turn.ctx.lookup.listings.get(id) ?? []);
  // Level codes 0 and 1: yes and probably yes.
  const wanted = compactAnswers(turn.ans).filter((t) => t[2] <= 1);
  const likedTypes = wanted.filter((t) => t[0] === 't' && turn.ctx.lookup.jobTypes.has(t[1]));
  const names: string[] = [];
  if (likedTypes.length > 0 && !listings.some((l) => likedTypes.some((t) => l.jobTypeIds.includes(t[1])))) {
    for (const t of likedTypes) names.push(subjectName(turn.ctx, turn.locale, 't', t[1]));
  }
  for (const t of wanted) {
    if (t[0] !== 'c' || !turn.ctx.lookup.conditions.has(t[1])) continue;
    if (!listings.some((l) => l.conditionIds.includes(t[1])))
      names.push(subjectName(turn.ctx, turn.locale, 'c', t[1]));
  }
  return names;
}
