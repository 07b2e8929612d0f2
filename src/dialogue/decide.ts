import { seededRandom } from '../random';
import type { Act, DecideOptions } from '../engine';
import { evidenceOf } from './evidence';
import type { Turn } from './turn';
import { variantPick } from './variant';

/** The strategy's act for this turn, from the evidence the state holds. */
export function decide(
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
    ...(ctx.options.speech === true ? { speech: true } : {}),
  };
  return ctx.strategy.decide(evidence, options);
}

/** Listing ids of a recommendation that exist and were neither rejected nor already shown. */
export function freshIds(turn: Turn, act: Act): string[] {
  if (act.kind !== 'recommend') return [];
  const excluded = new Set([...turn.rej, ...turn.shown]);
  return [...new Set(act.listingIds)].filter((id) => turn.ctx.lookup.listings.has(id) && !excluded.has(id));
}
