import { answerId, answerKind, isStated, isWanted } from './answers';
import { subjectName } from './names';
import { placeFreeWishes } from './place-free';
import { hasOpenListings, placeLabel, shortPlaceLabel } from './places';
import { decide, freshIds } from './decide';
import { assemblePage, showFirstPage } from './results-page';
import type { AreaValue } from './state';
import { compactAnswers, type Turn } from './turn';

/** Decides what to ask or show next, once the user's turn has been taken in. */
export function decideNext(turn: Turn): void {
  const { ctx } = turn;
  if (turn.a === null) {
    turn.question = { kind: 'area' };
    return;
  }
  if (!widenIfEmpty(turn)) return exhausted(turn);
  // Right after the area, what kind of work (the strategy rarely asks about one job type among many), unless
  // the user already named one they want (「渋谷でカフェ」) or asked to see jobs now.
  if (turn.areaJustSet() && !turn.forceResults && likedTypes(turn).size === 0) {
    turn.question = { kind: 'work' };
    return;
  }
  const budget = ctx.options.questionBudget;
  const turnsLeft = turn.forceResults || turn.asked >= budget ? 1 : budget - turn.asked + 1;
  const act = decide(turn, turnsLeft);
  if (act.kind === 'recommend') {
    turn.shown = [];
    const page = assemblePage(turn, freshIds(turn, act), 'onlyWhenNoExact');
    return page.ids.length === 0 ? exhausted(turn) : showFirstPage(turn, page);
  }
  turn.question = { kind: act.kind === 'askJobType' ? 'jobType' : 'condition', id: act.id };
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
  const fromLabel = (turn.areaSaid ? shortPlaceLabel : placeLabel)(ctx, turn.locale, from);
  // Work done from home (在宅OK) asked for: the place holds them to nothing, and nothing is widened.
  const placeFree = placeFreeWishes(ctx, turn.ans);
  if (placeFree.length > 0) {
    if (turn.placeFreeJustSaid(placeFree)) {
      const what = ctx.renderer.list(
        turn.locale,
        placeFree.map((id) => subjectName(ctx, turn.locale, 'c', id)),
      );
      turn.say('area.placeFree', { what });
    }
    return hasOpenListings(ctx, '*', rejected);
  }
  // Whatever the search widens to, the place the user named stays what a match must be in.
  const widen = (to: AreaValue): void => {
    turn.sa ??= from;
    turn.a = to;
    turn.widenedNow = true;
  };
  // 「…になかったので」 only when there never were any: after the user turned them all down, 「すべてお見せした」.
  const none = new Set<string>();
  if (hasOpenListings(ctx, from, rejected)) {
    // Only work the user asked for moves the search away: 「なんでもいいけど、プールの監視員とかあったら最高」 keeps
    // their town.
    const liked = likedTypes(turn, true);
    if (liked.size === 0 || hasOpenListings(ctx, from, rejected, liked)) return true;
    const what = workNamed(turn, [...liked]);
    const seen = hasOpenListings(ctx, from, none, liked);
    if (from.length === 2 && hasOpenListings(ctx, [from[0]], rejected, liked)) {
      widen([from[0]]);
      const to = placeLabel(ctx, turn.locale, [from[0]]);
      turn.say(seen ? 'area.widenedForType.prefectureSeen' : 'area.widenedForType.prefecture', {
        from: fromLabel,
        to,
        what,
      });
    } else if (hasOpenListings(ctx, '*', rejected, liked)) {
      widen('*');
      turn.say(seen ? 'area.widenedForType.anywhereSeen' : 'area.widenedForType.anywhere', {
        from: fromLabel,
        what,
      });
    }
    return true;
  }
  const seen = hasOpenListings(ctx, from, none);
  if (from.length === 2 && hasOpenListings(ctx, [from[0]], rejected)) {
    widen([from[0]]);
    turn.say(seen ? 'area.widened.prefectureSeen' : 'area.widened.prefecture', {
      from: fromLabel,
      to: placeLabel(ctx, turn.locale, [from[0]]),
    });
    return true;
  }
  if (!hasOpenListings(ctx, '*', rejected)) return false;
  widen('*');
  turn.say(seen ? 'area.widened.anywhereSeen' : 'area.widened.anywhere', { from: fromLabel });
  return true;
}

/**
 * The work asked for, as the widening says it: a category named (「工場系」) stands for up to eight types, and a
 * speaker read all eight out (p26-31, p26-32); past three, the first three and 「など」.
 */
const NAMED_TYPES = 3;
function workNamed(turn: Turn, ids: readonly string[]) {
  const { ctx, locale } = turn;
  const names = ids.slice(0, NAMED_TYPES).map((id) => subjectName(ctx, locale, 't', id));
  const list = ctx.renderer.list(locale, names);
  return ids.length <= NAMED_TYPES ? list : ctx.renderer.message(locale, 'format.listAndMore', { list });
}

/** Job types the user said yes or probably yes to; `statedOnly`: asked for, not only fine with or hoped for. */
function likedTypes(turn: Turn, statedOnly = false): Set<string> {
  return new Set(
    compactAnswers(turn.ans)
      .filter(
        (t) =>
          answerKind(t) === 'jobType' &&
          isWanted(t) &&
          (!statedOnly || isStated(t)) &&
          turn.ctx.lookup.jobTypes.has(answerId(t)),
      )
      .map(answerId),
  );
}

function exhausted(turn: Turn): void {
  // 「すべてご紹介しました」 only after something was shown: with nothing ever shown, say that nothing was found.
  const nothingShown = turn.shown.length === 0 && turn.rej.length === 0;
  turn.shown = [];
  turn.pg = 0;
  turn.question = { kind: 'startOver' };
  turn.act = 'noResults';
  turn.say(nothingShown ? 'results.noneFound' : 'results.exhausted');
}
