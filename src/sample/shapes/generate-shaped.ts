import { drawDistinct } from '../users';
import type { Condition, JobType, Listing } from '../../catalog/types';
import { Random, WeightedTable } from '../../random';
import { SampleDataError } from '../sample-error';
import type { CatalogueShape } from './catalogue-shapes';

interface ShapedView {
  readonly userId: string;
  readonly listingId: string;
  /** Seconds since the epoch. */
  readonly timestamp: number;
}

export interface ShapedSample {
  readonly shape: string;
  readonly seed: number;
  readonly jobTypes: JobType[];
  readonly conditions: Condition[];
  readonly listings: Listing[];
  /** Per user in time order; each user's last view is the listing they settled on. */
  readonly views: ShapedView[];
  /** What held-out users want now (the end of the log): listings posted in its last days included. */
  readonly targets: { userId: string; listingId: string }[];
}

/** 2026-11-01T00:00:00Z: the log starts here, so files are byte-identical across machines. */
const LOG_START = 1_793_491_200;
const DAY = 86_400;
/** Candidates a user compares before settling on the one whose tags suit them best. */
const TOURNAMENT = 8;
/** Share of a user's views on a type related to a favourite (what co-views are made of). */
const EXPLORE_RATE = 0.15;
/** How far a promoted listing's appeal is cut when a user chooses: they are seen, not wanted. */
const PROMOTED_APPEAL = 0.05;

interface ShapedUser {
  readonly favourites: readonly number[];
  readonly preferred: ReadonlySet<number>;
  /** When the user searches, in days since the log started. */
  readonly day: number;
}

/**
 * A catalogue of the given shape, its view log and its held-out targets: a pure function of (shape, seed).
 * Every user settles on one listing (a favourite type, the best tag match among a few drawn by appeal) after
 * browsing others; targets are what other users settle on at the end of the log. Listings, viewers and
 * targets draw from separate streams.
 */
export function generateShapedSample(shape: CatalogueShape, seed: number): ShapedSample {
  checkShape(shape);
  const root = new Random(seed);
  const world = new ShapedWorld(shape, root.fork('catalogue'));
  const viewRandom = root.fork('views');
  const views: ShapedView[] = [];
  for (let u = 0; u < shape.users; u++) {
    const userId = `u${String(u + 1).padStart(6, '0')}`;
    const user = world.user(viewRandom, viewRandom.next() * shape.days);
    const wanted = world.choose(viewRandom, user);
    const count = viewRandom.between(shape.viewsPerUser[0], shape.viewsPerUser[1]);
    let time = LOG_START + Math.floor(user.day * DAY);
    for (let v = 0; v < count - 1; v++) {
      time += 5 + viewRandom.int(120);
      views.push({ userId, listingId: world.listingId(world.browse(viewRandom, user)), timestamp: time });
    }
    views.push({ userId, listingId: world.listingId(wanted), timestamp: time + 5 + viewRandom.int(120) });
  }
  const targetRandom = root.fork('targets');
  const targets = Array.from({ length: shape.targets }, (_, t) => {
    const user = world.user(targetRandom, shape.days);
    return {
      userId: `t${String(t + 1).padStart(5, '0')}`,
      listingId: world.listingId(world.choose(targetRandom, user)),
    };
  });
  return {
    shape: shape.name,
    seed,
    jobTypes: world.jobTypes,
    conditions: world.conditions,
    listings: world.listings,
    views,
    targets,
  };
}

class ShapedWorld {
  readonly jobTypes: JobType[];
  readonly conditions: Condition[];
  readonly listings: Listing[];
  private readonly typeTable: WeightedTable;
  private readonly typeTagWeights: number[][];
  private readonly listingTags: number[][];
  private readonly posted: Float64Array;
  private readonly appeal: Float64Array;
  private readonly byType: number[][];
  private readonly byTypeTables: (WeightedTable | undefined)[];
  private readonly promoted: number[];

  constructor(
    private readonly shape: CatalogueShape,
    random: Random,
  ) {
    const pad = (i: number, n: number) => String(i + 1).padStart(String(n).length, '0');
    this.jobTypes = Array.from({ length: shape.types }, (_, i) => ({
      id: `type-${pad(i, shape.types)}`,
      name: `種類${i + 1}`,
      nameEn: `type ${i + 1}`,
      synonyms: [],
    }));
    this.conditions = Array.from({ length: shape.tags }, (_, i) => ({
      id: `tag-${pad(i, shape.tags)}`,
      name: `タグ${i + 1}`,
      nameEn: `tag ${i + 1}`,
      synonyms: [],
    }));
    this.typeTable = new WeightedTable(
      Array.from({ length: shape.types }, (_, t) => (t + 1) ** -shape.typeZipf),
    );
    const tagBase = Array.from({ length: shape.tags }, (_, c) => (c + 1) ** -0.7);
    this.typeTagWeights = Array.from({ length: shape.types }, () => {
      const weights = [...tagBase];
      for (const c of drawDistinct(random, tagBase, Math.min(shape.typeTags, shape.tags))) {
        weights[c]! *= shape.typeTagAffinity;
      }
      return weights;
    });
    const templates = this.typeTagWeights.map((weights) =>
      Array.from({ length: shape.templatesPerType ?? 0 }, () => this.drawTags(random, weights)),
    );

    const n = shape.listings;
    this.listings = [];
    this.listingTags = [];
    this.posted = new Float64Array(n);
    this.appeal = new Float64Array(n);
    this.byType = Array.from({ length: shape.types }, () => []);
    for (let l = 0; l < n; l++) {
      const main = this.typeTable.draw(random);
      const types = [main];
      if (shape.types > 1 && random.chance(shape.secondTypeRate)) {
        types.push((main + 1 + random.int(Math.min(3, shape.types - 1))) % shape.types);
      }
      const typeTemplates = templates[main]!;
      const tags =
        typeTemplates.length > 0 && random.chance(shape.templateShare ?? 0)
          ? random.pick(typeTemplates)
          : this.drawTags(random, this.typeTagWeights[main]!);
      this.posted[l] = random.chance(shape.newListingShare)
        ? shape.days - 2 * random.next()
        : -shape.days + random.next() * (2 * shape.days - 2);
      this.appeal[l] = Math.min(1e4, (1 - random.next()) ** (-1 / shape.appealTail));
      this.listingTags.push(tags);
      for (const t of types) this.byType[t]!.push(l);
      const id = `L${String(l + 1).padStart(6, '0')}`;
      this.listings.push({
        id,
        title: `${this.jobTypes[main]!.name}の求人 ${l + 1}`,
        jobTypeIds: types.map((t) => this.jobTypes[t]!.id),
        conditionIds: [...tags].sort((a, b) => a - b).map((c) => this.conditions[c]!.id),
        url: `https://items.soudan.example/${shape.name}/${id}`,
      });
    }
    this.promoted = drawDistinct(random, Array.from(this.appeal), Math.min(shape.promoted ?? 0, n));
    for (const l of this.promoted) this.appeal[l]! *= PROMOTED_APPEAL;
    this.byTypeTables = this.byType.map((members) =>
      members.length === 0 ? undefined : new WeightedTable(members.map((l) => this.appeal[l]!)),
    );
  }

  listingId(l: number): string {
    return this.listings[l]!.id;
  }

  user(random: Random, day: number): ShapedUser {
    const first = this.typeTable.draw(random);
    const favourites = [first];
    if (random.chance(0.5) && this.shape.types > 1) {
      favourites.push(
        random.chance(0.6)
          ? (first + 1 + random.int(Math.min(3, this.shape.types - 1))) % this.shape.types
          : this.typeTable.draw(random),
      );
    }
    const preferred = new Set(drawDistinct(random, this.typeTagWeights[first]!, random.between(2, 3)));
    return { favourites, preferred, day };
  }

  /** The listing a user settles on: a favourite type, the best tag match among a few drawn by appeal. */
  choose(random: Random, user: ShapedUser): number {
    return this.pickOfType(random, user, random.pick(user.favourites));
  }

  /** One listing viewed while browsing: promoted, random, a related type, or one more of the favourites. */
  browse(random: Random, user: ShapedUser): number {
    const promotedShare = this.promoted.length > 0 ? (this.shape.promotedViewShare ?? 0) : 0;
    const r = random.next();
    if (r < promotedShare) return this.available(random, this.promoted, user.day);
    if (r < promotedShare + this.shape.browseNoise) return random.int(this.listings.length);
    let type = random.pick(user.favourites);
    if (random.chance(EXPLORE_RATE)) type = (type + 1 + random.int(2)) % this.shape.types;
    return this.pickOfType(random, user, type);
  }

  private pickOfType(random: Random, user: ShapedUser, type: number): number {
    const members = this.byType[type]!;
    const table = this.byTypeTables[type];
    if (table === undefined) return random.int(this.listings.length);
    let best = -1;
    let bestScore = -Infinity;
    for (let k = 0; k < TOURNAMENT; k++) {
      let l = members[table.draw(random)]!;
      // Not posted yet when the user searches: draw again (a few times), as the site would not show it.
      for (let retry = 0; retry < 4 && this.posted[l]! > user.day; retry++) l = members[table.draw(random)]!;
      if (this.posted[l]! > user.day) continue;
      let score = random.next() * 0.5;
      for (const c of this.listingTags[l]!) if (user.preferred.has(c)) score += 1;
      if (score > bestScore) {
        bestScore = score;
        best = l;
      }
    }
    return best >= 0 ? best : members[table.draw(random)]!;
  }

  private available(random: Random, list: readonly number[], day: number): number {
    for (let retry = 0; retry < 8; retry++) {
      const l = random.pick(list);
      if (this.posted[l]! <= day) return l;
    }
    return random.pick(list);
  }

  private drawTags(random: Random, weights: readonly number[]): number[] {
    const [low, high] = this.shape.tagsPerListing;
    return drawDistinct(random, weights, Math.min(random.between(low, high), weights.length));
  }
}

function checkShape(shape: CatalogueShape): void {
  const positive = { types: shape.types, tags: shape.tags, listings: shape.listings, users: shape.users };
  for (const [name, value] of Object.entries(positive)) {
    if (!Number.isInteger(value) || value < 1) {
      throw new SampleDataError(`shape ${shape.name}: ${name} must be a whole number ≥ 1`, {
        context: { shape: shape.name, [name]: value },
      });
    }
  }
  const [low, high] = shape.tagsPerListing;
  if (!(Number.isInteger(low) && Number.isInteger(high) && low >= 1 && low <= high)) {
    throw new SampleDataError(`shape ${shape.name}: tagsPerListing must be whole numbers 1 ≤ min ≤ max`, {
      context: { shape: shape.name, tagsPerListing: shape.tagsPerListing },
    });
  }
}
