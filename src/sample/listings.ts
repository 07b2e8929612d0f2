import type { Listing, ListingArea } from '../catalog/types';
import { companyName, listingTitle } from './listing-text';
import { Random, WeightedTable } from '../random';
import type { SampleContext, TypeInfo } from './sample-context';

/** Share of listings of a type with pairs that carry a second type, one of those pairs. */
const SECOND_TYPE_RATE = 0.2;
/** Share of listings whose wage is a single figure (max = min). */
const FLAT_WAGE_RATE = 0.3;
const MAX_WAGE_SPREAD = 300;
/** Legal late-night premium (22:00-5:00). */
const LATE_NIGHT_RATE = 0.25;
/** p(condition) = 1 - exp(-rate * weight): weight 1 gives about 20%, weight 4 about 60%. */
const CONDITION_RATE = 0.22;
const MIN_CONDITIONS = 4;
const MAX_CONDITIONS = 10;

function listingId(index: number): string {
  return `L${String(index + 1).padStart(6, '0')}`;
}

export function generateListings(
  ctx: SampleContext,
  random: Random,
  count: number,
  baseUrl: string,
): Listing[] {
  const base = baseUrl.replace(/\/+$/u, '');
  const prefectureWeights = ctx.prefectures.map((p) => p.weight);
  const prefectureOrder = shuffle(random, allocate(count, prefectureWeights));
  const typeTable = new WeightedTable(ctx.types.map((t) => t.share));
  const municipalityTables = ctx.prefectures.map((p) =>
    p.municipalityWeights.length > 0 ? new WeightedTable(p.municipalityWeights) : undefined,
  );
  const scratch = new Float64Array(ctx.conditions.length);
  const lateNight = ctx.conditionIndex.get('late-night');

  return prefectureOrder.map((prefectureIndex, i): Listing => {
    const id = listingId(i);
    const pref = ctx.prefectures[prefectureIndex]!;
    const main = typeTable.draw(random);
    const info = ctx.types[main]!;
    const jobTypeIds = [info.type.id];
    if (info.related.length > 0 && random.chance(SECOND_TYPE_RATE)) {
      const second = random.pick(info.related);
      if (info.pairs.has(second)) jobTypeIds.push(ctx.types[second]!.type.id);
    }

    const premium = random.between(info.premium[0], info.premium[1]);
    const conditions = drawConditions(ctx, info, premium, random, scratch);
    const min = ceil10(pref.minimumWage + premium);
    let spread = random.chance(FLAT_WAGE_RATE) ? 0 : 10 * random.between(1, MAX_WAGE_SPREAD / 10);
    if (lateNight !== undefined && conditions.includes(lateNight)) {
      spread = Math.max(spread, Math.min(MAX_WAGE_SPREAD, ceil10(min * LATE_NIGHT_RATE)));
    }

    const municipalityTable = municipalityTables[prefectureIndex];
    const municipality =
      municipalityTable === undefined
        ? undefined
        : pref.prefecture.municipalities[municipalityTable.draw(random)]?.name;
    const area: ListingArea =
      municipality === undefined
        ? { prefecture: pref.prefecture.name }
        : { prefecture: pref.prefecture.name, municipality };
    const conditionIds = conditions.map((c) => ctx.conditions[c]!.id);

    return {
      id,
      title: listingTitle(random, {
        typeId: info.type.id,
        typeName: info.type.name,
        conditionIds,
        municipality,
      }),
      company: companyName(random, info.category),
      jobTypeIds,
      conditionIds,
      wage: { unit: 'hour', min, max: min + spread },
      area,
      url: `${base}/jobs/${id}`,
    };
  });
}

/**
 * Each condition is switched on by itself with a probability that grows with its weight (a listing of 居酒屋 has
 * まかない far more often than 託児所), never two that exclude each other, then the count is brought into 4-10.
 * Returned in catalogue order. 高時給 follows the wage actually drawn rather than the type's table.
 */
function drawConditions(
  ctx: SampleContext,
  info: TypeInfo,
  premium: number,
  random: Random,
  weights: Float64Array,
): number[] {
  weights.set(info.conditionWeights);
  const highWage = ctx.conditionIndex.get('high-wage');
  if (highWage !== undefined) weights[highWage] = premium >= 300 ? 4 : premium >= 220 ? 1.2 : 0;
  const prior = Float64Array.from(weights);
  const chosen: number[] = [];
  const take = (c: number): void => {
    chosen.push(c);
    weights[c] = 0;
    for (const other of ctx.exclusions[c] ?? []) weights[other] = 0;
  };
  for (const c of shuffle(random, [...weights.keys()])) {
    const w = weights[c]!;
    if (w > 0 && random.chance(1 - Math.exp(-CONDITION_RATE * w))) take(c);
  }
  while (chosen.length < MIN_CONDITIONS && weights.some((w) => w > 0)) take(random.weighted(weights));
  if (chosen.length > MAX_CONDITIONS) {
    // Keep the ones this type is known for; a little noise decides between near equals.
    const keyed = chosen.map((c) => ({ c, key: prior[c]! * (0.5 + random.next()) }));
    keyed.sort((a, b) => b.key - a.key || a.c - b.c);
    chosen.splice(0, chosen.length, ...keyed.slice(0, MAX_CONDITIONS).map((e) => e.c));
  }
  return chosen.sort((a, b) => a - b);
}

function ceil10(yen: number): number {
  return Math.ceil(yen / 10) * 10;
}

/**
 * Prefecture index of each listing, in proportion to the weights (largest remainder), with at least one listing
 * per prefecture whenever there are enough listings to go round.
 */
function allocate(count: number, weights: readonly number[]): number[] {
  const total = weights.reduce((a, b) => a + b, 0);
  const floor = count >= weights.length ? 1 : 0;
  const spare = count - floor * weights.length;
  const quotas = weights.map((w) => (spare * w) / total);
  const counts = quotas.map((q) => floor + Math.floor(q));
  let left = count - counts.reduce((a, b) => a + b, 0);
  const byRemainder = quotas
    .map((q, i) => ({ i, r: q - Math.floor(q) }))
    .sort((a, b) => b.r - a.r || a.i - b.i);
  for (let k = 0; left > 0; k = (k + 1) % byRemainder.length, left--) counts[byRemainder[k]!.i]! += 1;
  return counts.flatMap((n, i) => new Array<number>(n).fill(i));
}

function shuffle<T>(random: Random, items: T[]): T[] {
  for (let i = items.length - 1; i > 0; i--) {
    const j = random.int(i + 1);
    [items[i], items[j]] = [items[j]!, items[i]!];
  }
  return items;
}
