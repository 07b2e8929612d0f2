import type { Condition, JobType, Prefecture } from '../catalog/types';
import {
  BASE_CONDITION_WEIGHTS,
  CATEGORY_PROFILES,
  CATEGORY_SHARES,
  DEFAULT_CATEGORY_PROFILE,
  DEFAULT_CATEGORY_SHARE,
  EXCLUSIVE_CONDITIONS,
} from './category-profiles';
import { minimumWage, populationWeight } from './minimum-wages';
import { SampleDataError } from './sample-error';
import { TYPE_PROFILES, TYPE_SHARES } from './type-profiles';

export interface SampleInput {
  readonly jobTypes: readonly JobType[];
  readonly conditions: readonly Condition[];
  readonly prefectures: readonly Prefecture[];
}

/** A job type with everything the generator needs, resolved against the catalogue it was given. */
export interface TypeInfo {
  readonly type: JobType;
  readonly category: string;
  readonly premium: readonly [number, number];
  /** Draw weight of each condition (by condition index) in a listing of this type. */
  readonly conditionWeights: Float64Array;
  /** Indices of same-category types a second type is drawn from. */
  readonly related: readonly number[];
  /**
   * The drawn ones a listing really carries: types that are one job seen two ways (コンビニ and レジ), from the
   * type's profile. Any type of the category (写真スタジオ and プログラマー) made listings a reader could not
   * recognise as the type they were shown for.
   */
  readonly pairs: ReadonlySet<number>;
  /** Share of all listings (relative). */
  readonly share: number;
}

interface PrefectureInfo {
  readonly prefecture: Prefecture;
  readonly minimumWage: number;
  readonly weight: number;
  readonly municipalityWeights: readonly number[];
  /** Indices of the nearest other prefectures, nearest first. */
  readonly neighbours: readonly number[];
}

export interface SampleContext {
  readonly types: readonly TypeInfo[];
  readonly conditions: readonly Condition[];
  readonly conditionIndex: ReadonlyMap<string, number>;
  readonly typeIndex: ReadonlyMap<string, number>;
  readonly prefectures: readonly PrefectureInfo[];
  /** For each condition index, the indices it excludes. */
  readonly exclusions: readonly (readonly number[])[];
}

const NEIGHBOURS = 3;
/** Weight of an unknown condition (one our tables do not mention). */
const UNKNOWN_CONDITION_WEIGHT = 0.3;

export function buildContext(input: SampleInput): SampleContext {
  const { jobTypes, conditions, prefectures } = input;
  if (jobTypes.length === 0 || conditions.length === 0 || prefectures.length === 0) {
    throw new SampleDataError('sample generation needs job types, conditions and prefectures', {
      context: { jobTypes: jobTypes.length, conditions: conditions.length, prefectures: prefectures.length },
    });
  }
  const conditionIndex = new Map(conditions.map((c, i) => [c.id, i]));
  const typeIndex = new Map(jobTypes.map((t, i) => [t.id, i]));
  const types = jobTypes.map((type) => typeInfo(type, jobTypes, conditions, typeIndex));
  return {
    types,
    conditions,
    conditionIndex,
    typeIndex,
    prefectures: prefectures.map((p, i) => prefectureInfo(p, i, prefectures)),
    exclusions: exclusionsOf(conditions, conditionIndex),
  };
}

function typeInfo(
  type: JobType,
  jobTypes: readonly JobType[],
  conditions: readonly Condition[],
  typeIndex: ReadonlyMap<string, number>,
): TypeInfo {
  const category = type.category ?? '';
  const categoryProfile = CATEGORY_PROFILES[category] ?? DEFAULT_CATEGORY_PROFILE;
  const profile = TYPE_PROFILES[type.id] ?? {};
  const conditionWeights = new Float64Array(conditions.length);
  conditions.forEach((c, i) => {
    conditionWeights[i] =
      profile.conditions?.[c.id] ??
      categoryProfile.conditions[c.id] ??
      BASE_CONDITION_WEIGHTS[c.id] ??
      UNKNOWN_CONDITION_WEIGHT;
  });
  const pairs = (profile.related ?? [])
    .map((id) => typeIndex.get(id))
    .filter((i): i is number => i !== undefined && jobTypes[i]?.category === type.category);
  // Without pairs the draw is still made, from the whole category, and dropped: the random stream, and with it
  // every other listing of the bundled sample, stays as it was.
  const related =
    pairs.length > 0
      ? pairs
      : jobTypes.flatMap((t, i) => (t.category === type.category && t.id !== type.id ? [i] : []));
  return {
    type,
    category,
    premium: profile.premium ?? categoryProfile.premium,
    conditionWeights,
    related,
    pairs: new Set(pairs),
    share: (CATEGORY_SHARES[category] ?? DEFAULT_CATEGORY_SHARE) * (TYPE_SHARES[type.id] ?? 1),
  };
}

function prefectureInfo(prefecture: Prefecture, index: number, all: readonly Prefecture[]): PrefectureInfo {
  const neighbours = all
    .map((p, i) => ({ i, d: distanceKm(prefecture, p) }))
    .filter((e) => e.i !== index)
    .sort((a, b) => a.d - b.d || a.i - b.i)
    .slice(0, NEIGHBOURS)
    .map((e) => e.i);
  return {
    prefecture,
    minimumWage: minimumWage(prefecture),
    weight: populationWeight(prefecture),
    municipalityWeights: prefecture.municipalities.map((m) =>
      municipalityWeight(m.name, distanceKm(prefecture, m)),
    ),
    neighbours,
  };
}

/**
 * Listings cluster in cities and near the prefectural office: a city or ward counts more than a town, a town
 * more than a village, and places close to the prefecture's centre more than remote ones.
 */
function municipalityWeight(name: string, kmFromCentre: number): number {
  const kind = name.endsWith('区') ? 2.5 : name.endsWith('市') ? 3 : name.endsWith('町') ? 1 : 0.4;
  return kind * (1 + 4 * Math.exp(-kmFromCentre / 15));
}

function distanceKm(a: { lat: number; lng: number }, b: { lat: number; lng: number }): number {
  const rad = Math.PI / 180;
  const x = (b.lng - a.lng) * rad * Math.cos(((a.lat + b.lat) / 2) * rad);
  const y = (b.lat - a.lat) * rad;
  return Math.sqrt(x * x + y * y) * 6371;
}

function exclusionsOf(conditions: readonly Condition[], index: ReadonlyMap<string, number>): number[][] {
  const out: number[][] = conditions.map(() => []);
  for (const group of EXCLUSIVE_CONDITIONS) {
    const members = group.map((id) => index.get(id)).filter((i): i is number => i !== undefined);
    for (const a of members) for (const b of members) if (a !== b) out[a]?.push(b);
  }
  return out;
}
