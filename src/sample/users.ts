import type { Listing } from '../catalog/types';
import { PERSONAS, TYPE_AFFINITY_FLOOR, type Persona } from './personas';
import { Random, WeightedTable } from '../random';
import type { SampleContext } from './sample-context';

/** Share of views that land on a random listing (browsing noise). */
const NOISE_RATE = 0.1;
/** Share of views of a type drawn from the persona rather than from the user's own favourites. */
const EXPLORE_RATE = 0.12;
/** Share of views in the home prefecture; the rest go to a neighbouring one. */
const HOME_RATE = 0.75;
/** Listings a user compares before opening the one that fits their conditions best. */
const TOURNAMENT = 5;
const MIN_VIEWS = 3;
const MAX_VIEWS = 15;

export interface SimulatedUser {
  /** Index into PERSONAS. */
  readonly persona: number;
  readonly home: number;
  readonly favourites: readonly number[];
  readonly preferred: ReadonlySet<number>;
}

interface PersonaModel {
  readonly persona: Persona;
  readonly types: WeightedTable;
  readonly typeWeights: readonly number[];
  readonly conditionWeights: readonly number[];
  /** Persona affinity per condition index, scaled to at most 1. */
  readonly affinity: Float64Array;
}

/** Draws users from the personas and lets them open listings; the same process picks the targets. */
export class ViewSimulator {
  private readonly personas: readonly PersonaModel[];
  private readonly personaTable: WeightedTable;
  private readonly homeTable: WeightedTable;
  private readonly buckets = new Map<number, number[]>();
  private readonly byType: number[][];
  private readonly listingConditions: readonly (readonly number[])[];

  constructor(
    private readonly ctx: SampleContext,
    private readonly listings: readonly Listing[],
  ) {
    this.personas = PERSONAS.map((p) => personaModel(ctx, p));
    this.personaTable = new WeightedTable(PERSONAS.map((p) => p.share));
    this.homeTable = new WeightedTable(ctx.prefectures.map((p) => p.weight));
    const prefectureIndex = new Map(ctx.prefectures.map((p, i) => [p.prefecture.name, i]));
    this.byType = ctx.types.map(() => []);
    listings.forEach((listing, li) => {
      const pref = prefectureIndex.get(listing.area?.prefecture ?? '');
      for (const typeId of listing.jobTypeIds) {
        const t = ctx.typeIndex.get(typeId);
        if (t === undefined) continue;
        this.byType[t]!.push(li);
        if (pref !== undefined) this.bucket(pref, t, true)!.push(li);
      }
    });
    this.listingConditions = listings.map((l) =>
      l.conditionIds.flatMap((id) => {
        const c = ctx.conditionIndex.get(id);
        return c === undefined ? [] : [c];
      }),
    );
  }

  user(random: Random): SimulatedUser {
    const persona = this.personaTable.draw(random);
    const model = this.personas[persona]!;
    const favourites = drawDistinct(random, model.typeWeights, random.between(2, 4));
    const preferred = new Set(drawDistinct(random, model.conditionWeights, random.between(2, 3)));
    return { persona, home: this.homeTable.draw(random), favourites, preferred };
  }

  /**
   * Distinct listings a user opens, 3-15 of them. When the favourite types have too few listings near home, the
   * search widens to the whole country and then to anything (fewer only when the catalogue itself is tiny).
   */
  views(random: Random, user: SimulatedUser): number[] {
    const wanted = MIN_VIEWS + Math.floor((MAX_VIEWS - MIN_VIEWS + 1) * random.next() ** 2);
    const seen = new Set<number>();
    for (let attempt = 0; seen.size < wanted && attempt < wanted * 8; attempt++) {
      if (attempt < wanted * 3) seen.add(this.open(random, user, true));
      else if (attempt < wanted * 5) seen.add(this.open(random, user, true, true));
      else seen.add(random.int(this.listings.length));
    }
    return [...seen];
  }

  /** One listing the user would open, by the persona process; without noise when picking a target. */
  open(random: Random, user: SimulatedUser, noisy: boolean, anywhere = false): number {
    if (this.listings.length === 0) throw new RangeError('no listings to open');
    if (noisy && random.chance(NOISE_RATE)) return random.int(this.listings.length);
    const model = this.personas[user.persona]!;
    const type =
      random.chance(EXPLORE_RATE) || user.favourites.length === 0
        ? model.types.draw(random)
        : random.pick(user.favourites);
    const national = this.byType[type]!;
    const candidates = anywhere && national.length > 0 ? national : this.candidates(random, user.home, type);
    if (candidates === undefined) return random.int(this.listings.length);
    let best = -1;
    let bestScore = -Infinity;
    for (let k = 0; k < TOURNAMENT; k++) {
      const li = random.pick(candidates);
      const score = this.score(li, user, model);
      if (score > bestScore) {
        best = li;
        bestScore = score;
      }
    }
    return best;
  }

  private candidates(random: Random, home: number, type: number): readonly number[] | undefined {
    const neighbours = this.ctx.prefectures[home]!.neighbours;
    const first = random.chance(HOME_RATE) || neighbours.length === 0 ? home : random.pick(neighbours);
    for (const pref of [first, home, ...neighbours]) {
      const bucket = this.bucket(pref, type, false);
      if (bucket !== undefined) return bucket;
    }
    const national = this.byType[type];
    return national !== undefined && national.length > 0 ? national : undefined;
  }

  private score(listing: number, user: SimulatedUser, model: PersonaModel): number {
    let score = 0;
    for (const c of this.listingConditions[listing]!)
      score += (user.preferred.has(c) ? 1 : 0) + 0.3 * model.affinity[c]!;
    return score;
  }

  private bucket(pref: number, type: number, create: boolean): number[] | undefined {
    const key = pref * this.ctx.types.length + type;
    let list = this.buckets.get(key);
    if (list === undefined && create) this.buckets.set(key, (list = []));
    return list;
  }
}

function personaModel(ctx: SampleContext, persona: Persona): PersonaModel {
  const typeWeights = ctx.types.map(
    (t) => (persona.types[t.type.id] ?? 0) + (persona.categories[t.category] ?? 0) + TYPE_AFFINITY_FLOOR,
  );
  const conditionWeights = ctx.conditions.map((c) => persona.conditions[c.id] ?? 0);
  const top = Math.max(1, ...conditionWeights);
  return {
    persona,
    types: new WeightedTable(typeWeights),
    typeWeights,
    conditionWeights,
    affinity: Float64Array.from(conditionWeights, (w) => w / top),
  };
}

/** Up to n distinct indices drawn in proportion to the weights. */
export function drawDistinct(random: Random, weights: readonly number[], n: number): number[] {
  const left = [...weights];
  const out: number[] = [];
  while (out.length < n && left.some((w) => w > 0)) {
    const i = random.weighted(left);
    out.push(i);
    left[i] = 0;
  }
  return out;
}
