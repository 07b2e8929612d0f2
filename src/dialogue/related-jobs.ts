import { withImplied } from '../catalog/implied-conditions';
import type { Listing } from '../catalog/types';
import type { DialogueContext } from './context';
import { unmetConstraints, type Constraints } from './constraints';
import { hourlyRate } from './wage-wish';

/** A prefecture further than this from the one asked for is not "nearby" (札幌 is never widened to 福井). */
const NEARBY_PREFECTURE_KM = 150;
/** Further than this, the same job is no longer a near miss: most part-time commutes are well under an hour. */
const COMMUTE_KM = 40;
/** Within this the same job is as good as in the place itself (the next ward or town, a few stations away). */
const NEXT_DOOR_KM = 10;

interface Point {
  readonly lat: number;
  readonly lng: number;
}

/** Equirectangular distance: plenty at the scale of one country. */
function km(a: Point, b: Point): number {
  const x = ((b.lng - a.lng) * Math.PI * Math.cos(((a.lat + b.lat) * Math.PI) / 360)) / 180;
  const y = ((b.lat - a.lat) * Math.PI) / 180;
  return 6371 * Math.hypot(x, y);
}

const points = new WeakMap<object, Map<string, Point>>();

/** Coordinates by 「都道府県」 and 「都道府県/市区町村」, built once per catalogue. */
function pointsOf(ctx: DialogueContext): Map<string, Point> {
  let map = points.get(ctx.catalog);
  if (map === undefined) {
    map = new Map();
    for (const p of ctx.catalog.prefectures) {
      map.set(p.name, p);
      for (const m of p.municipalities) map.set(`${p.name}/${m.name}`, m);
    }
    points.set(ctx.catalog, map);
  }
  return map;
}

/** Where a listing is: its municipality, else its prefecture. */
function pointOf(where: Map<string, Point>, spot: Listing['area']): Point | undefined {
  if (spot === undefined) return undefined;
  return where.get(`${spot.prefecture}/${spot.municipality ?? ''}`) ?? where.get(spot.prefecture);
}

/**
 * Jobs close to what the user stated, nearest relaxation first: the same job next door (within 10 km), then the
 * place's own jobs lacking one wish, then the same job elsewhere within a commute (neighbouring municipalities by
 * distance, across a border too), then the same work starting below a stated minimum, best paid first, then the
 * work asked for missing one stated condition, then the work asked for within a commute missing the place and one
 * wish, then the strategy's picks of other work in the area (it ranks them by the co-view model), then jobs within
 * a commute that miss one or two things, then the same job further away, then the rest that miss two; with fewer
 * than a page (or none at all on a first search), the work asked for missing three; never more, never what the
 * user refused, and never a job lacking what was required firmly. That order is then taken by reach (see withinReachFirst and what an
 * announced widening promised), and the page by what the user was told comes first.
 */
export function relatedJobs(
  ctx: DialogueContext,
  constraints: Constraints,
  excluded: ReadonlySet<string>,
  picks: readonly string[],
  limit: number,
  widenedTo?: string,
  /** Jobs the user was told come first (「外国人活躍中のお仕事を先にお見せしますね」): first within their reach. */
  promised: (id: string) => boolean = () => false,
): string[] {
  if (limit <= 0) return [];
  const ic = ctx.engine.catalog;
  const only = (listing: Listing, kind: string): boolean => {
    const unmet = unmetConstraints(listing, constraints);
    return unmet.length === 1 && unmet[0]!.kind === kind;
  };
  // Gathered in order of relaxation, then cut to the limit once ordered by reach (see the end).
  const result: string[] = [];
  const seen = new Set<string>();
  // Never shown, not even as a near miss: what the worker's kind rules out (高校生 ⇒ no 深夜), and a job lacking
  // what was said firmly (「寮がないと無理です」: a job without a dorm is no job for them, however near).
  // Nor a job with the opposite of a condition the user stated (平日のみ for 「土日だけ」, フルタイム for 「短時間」):
  // it is no near miss but what they cannot do (p30-03, -06, -35, -42, -47 were offered weekday jobs).
  const clashing = opposites(ctx, constraints.requiredConditions);
  const ruledOut = (id: string): boolean => {
    if (constraints.ruledOut.size === 0 && constraints.firm.size === 0 && clashing.size === 0) return false;
    const listing = ctx.lookup.listings.get(id);
    if (listing === undefined) return false;
    const has = withImplied(listing.conditionIds, constraints.implications);
    return (
      [...constraints.ruledOut].some((c) => has.has(c)) ||
      [...constraints.firm].some((c) => !has.has(c)) ||
      [...clashing].some((c) => has.has(c))
    );
  };
  const add = (id: string) => {
    if (seen.has(id) || excluded.has(id)) return;
    seen.add(id);
    if (!ruledOut(id)) result.push(id);
  };
  const area = constraints.area;
  const later: string[] = [];
  if (area !== null && area !== '*') {
    const where = pointsOf(ctx);
    const origin = where.get(area[1] === undefined ? area[0] : `${area[0]}/${area[1]}`);
    if (origin !== undefined) {
      // A municipality's own prefecture first (the search says it widens to it), then the same job across the
      // border in nearby prefectures (試験監督 in 小山市 for someone in 古河市), each by distance.
      // Told that the work asked for is not in the area (「地域を問わず探しますね」), the user is shown that work
      // however far, nearest first; with no work asked for, only the neighbours.
      const reach = widenedTo === '*' && constraints.wantedTypes.size > 0 ? Infinity : NEARBY_PREFECTURE_KM;
      const nearbyPrefectures = ctx.catalog.prefectures
        .filter((p) => p.name !== area[0] && km(origin, p) <= reach)
        .flatMap((p) => [...ic.listingsInArea(p.name)]);
      const scope: Iterable<number> =
        area[1] === undefined ? nearbyPrefectures : [...ic.listingsInArea(area[0]), ...nearbyPrefectures];
      const nearby: { id: string; elsewhere: boolean; distance: number }[] = [];
      for (const index of scope) {
        const listing = ic.listings[index];
        if (listing === undefined || excluded.has(listing.id) || !only(listing, 'area')) continue;
        const spot = listing.area;
        const at = pointOf(where, spot);
        nearby.push({
          id: listing.id,
          elsewhere: spot?.prefecture !== area[0],
          distance: at === undefined ? Infinity : km(origin, at),
        });
      }
      nearby.sort((a, b) => Number(a.elsewhere) - Number(b.elsewhere) || a.distance - b.distance);
      if (widenedTo === area[0]) {
        // The user was told the search now covers their prefecture: its jobs that miss one more thing come
        // before the same job across the border, or the list would contradict what was just said.
        nearby.filter((n) => !n.elsewhere).forEach((n) => add(n.id));
        // With many wishes (平日・夜・短時間・未経験・副業) the same work there may miss more than two: still the work
        // the user was told is searched for there, fewest misses first.
        twoAway(ctx, constraints, excluded, where, {
          onlyIn: widenedTo,
          sameWork: true,
          upTo: Infinity,
        }).forEach((m) => add(m.id));
      }
      // Unannounced, the same work more than a commute away waits until the other near misses (a 札幌 job without
      // its 週2 tag is worth more to a 札幌 high-school student than the same job in 紋別, 200 km off).
      const now = widenedTo === undefined ? nearby.filter((n) => n.distance <= COMMUTE_KM) : nearby;
      // Next door is as good as the place; further off, the place itself lacking one wish comes first: a student
      // at 渋谷駅 wanting a café 週3 had ten cafés in other wards and never the café in 渋谷区 without its 週2・3
      // tag (p24-01), though a café that does not say 週2・3 may well take someone three days a week.
      // (Across a border, still after the prefecture's own: the search is said to widen to the prefecture.)
      now.filter((n) => !n.elsewhere && n.distance <= NEXT_DOOR_KM).forEach((n) => add(n.id));
      lackingOneInPlace(ctx, constraints, excluded, area).forEach(add);
      now.forEach((n) => add(n.id));
      later.push(...nearby.map((n) => n.id));
    }
  }
  if (constraints.wageMin !== null) {
    // The same work in the place, paying less than asked or by another unit: best paid first.
    const rate = (l: Listing) => (l.wage === undefined ? 0 : hourlyRate(l.wage));
    const inPlace =
      area === null || area === '*' ? ic.listings.keys() : ic.listingsInArea(area[0], area[1]).values();
    const lower: Listing[] = [];
    for (const index of inPlace) {
      const listing = ic.listings[index];
      if (listing !== undefined && !excluded.has(listing.id) && only(listing, 'wage')) lower.push(listing);
    }
    lower
      .sort((a, b) => rate(b) - rate(a) || (b.wage?.max ?? 0) - (a.wage?.max ?? 0))
      .forEach((l) => add(l.id));
  }
  const pickListings = picks.flatMap((id) => ctx.lookup.listings.get(id) ?? []);
  // The work asked for, in the place, lacking one wish before other work there: someone who asked for パン屋 with
  // 週3 is shown the bakery without the 週2・3 tag before データ入力 (had been the other way round).
  for (const listing of pickListings) {
    const unmet = unmetConstraints(listing, constraints);
    if (unmet.length === 1 && (unmet[0]!.kind === 'missing' || unmet[0]!.kind === 'present')) add(listing.id);
  }
  const missTwo = twoAway(ctx, constraints, excluded, pointsOf(ctx), { from: 1 });
  // The work asked for within a commute, lacking the place and one wish, before other work in the place: a
  // 72-year-old in 安佐南区 asking for 清掃 was shown chat operators and a hamburger shop there, never the
  // cleaning jobs in 安佐北区 next to it (p24-13); the kind of work is what people ask for first.
  if (constraints.wantedTypes.size > 0) {
    missTwo.filter((m) => !m.otherWork && m.distance <= COMMUTE_KM).forEach((m) => add(m.id));
  }
  // Other work in the place, the work most often looked at beside what was asked for first (the co-view model):
  // 国分町 with no 居酒屋 had offered 企業の受付 and 引越し before the カフェ and 弁当店 there (p26-05).
  otherWorkByAffinity(
    ctx,
    constraints,
    pickListings.filter((l) => only(l, 'jobType')),
  ).forEach((l) => add(l.id));
  if (widenedTo === '*') {
    // Told the work asked for is searched anywhere (「地域を問わず探しますね」): that work, however far and whatever
    // else it lacks (an 英会話講師 in 岡山 for someone in 高松), before other work nearby.
    // The neighbouring prefectures first (岡山 before 熊本 for 高松).
    const sameWork = twoAway(ctx, constraints, excluded, pointsOf(ctx), {
      upTo: 3,
      sameWork: true,
      anywhere: true,
    });
    const ids = sameWork.map((m) => m.id);
    withinReachFirst(ctx, constraints, ids, NEARBY_PREFECTURE_KM).forEach(add);
  }
  missTwo.filter((m) => m.distance <= COMMUTE_KM).forEach((m) => add(m.id));
  later.forEach(add);
  missTwo.forEach((m) => add(m.id));
  // Still nothing on a first search (データ入力・副業・週末・短時間 in 大分市, which has no データ入力: every job misses
  // three): the work asked for, however far, each saying all it lacks, beats a dead end that offers only to start
  // over. Once jobs were shown or turned down, 「すべてお見せしました」 stays the honest end.
  if (result.length === 0 && excluded.size === 0 && constraints.wantedTypes.size > 0) {
    twoAway(ctx, constraints, excluded, pointsOf(ctx), { upTo: 3, sameWork: true, anywhere: true }).forEach(
      (m) => add(m.id),
    );
  }
  // Fewer than a page with many wishes: the work asked for nearby missing three, nearest first, each saying all
  // it lacks. p24-34 (高校生, 土日だけ, 週2, 髪色自由, ファストフードかコンビニ in 四日市) was shown three jobs, two of
  // them other work in 名古屋, then told 「ここまでにしますね」 while a コンビニ in 四日市 lacked three of those.
  if (result.length < limit && constraints.wantedTypes.size > 0) {
    twoAway(ctx, constraints, excluded, pointsOf(ctx), { from: 3, upTo: 3, sameWork: true }).forEach((m) =>
      add(m.id),
    );
  }
  // Searched anywhere, the work asked for comes first however far, as the user was just told: within the
  // neighbouring prefectures first whatever else it lacks (a farm job in 岡山 before one in 山形 for a senior in
  // 松江, p23-24: neither within a commute, one a short trip away), then the rest fewest differences first.
  if (widenedTo === '*') {
    const sameWork = (id: string) =>
      (ctx.lookup.listings.get(id)?.jobTypeIds ?? []).some((t) => constraints.wantedTypes.has(t));
    return [
      ...withinReachFirst(ctx, constraints, result.filter(sameWork), NEARBY_PREFECTURE_KM),
      ...result.filter((id) => !sameWork(id)),
    ].slice(0, limit);
  }
  // Told the search now covers the prefecture (「秋田県全体に広げますね」): its jobs of the work asked for first, then
  // its other jobs (work in 横手 itself), then the rest, each by reach. The page must not contradict what was just
  // said (スーパー in 岩手 before anything in 秋田県).
  const announced = area !== null && area !== '*' && widenedTo === area[0];
  const inPrefecture = (id: string) => ctx.lookup.listings.get(id)?.area?.prefecture === widenedTo;
  const told = (id: string) => {
    const types = ctx.lookup.listings.get(id)?.jobTypeIds ?? [];
    return (
      inPrefecture(id) &&
      (constraints.wantedTypes.size === 0 || types.some((t) => constraints.wantedTypes.has(t)))
    );
  };
  const groups: ((id: string) => boolean)[] = announced
    ? [told, (id) => inPrefecture(id) && !told(id), (id) => !inPrefecture(id)]
    : [() => true];
  const byReach = (ids: readonly string[], first: (id: string) => boolean = () => false) =>
    groups.flatMap((inGroup) => withinReachFirst(ctx, constraints, ids.filter(inGroup), COMMUTE_KM, first));
  // The promise orders the page; what is on it, only next door: the same job there with the hoped-for tag is
  // taken before nearer ones without it (p24-06, a Vietnamese student at 博多駅 told 「外国人活躍中のお仕事を先にお見せ
  // しますね」 saw five jobs without it while two in 福岡市東区 had it), further off a nearer job still wins.
  const ordered = byReach(result);
  const promisedNear = ordered.filter((id) => {
    const listing = ctx.lookup.listings.get(id);
    // Only the same job next door: nothing else it lacks is traded for the hoped-for tag.
    return (
      listing !== undefined &&
      promised(id) &&
      only(listing, 'area') &&
      !isFar(ctx, constraints, id, NEXT_DOOR_KM)
    );
  });
  const pulled = new Set(promisedNear);
  const selected = [...promisedNear, ...ordered.filter((id) => !pulled.has(id))].slice(0, limit);
  return byReach(byReach(selected), promised);
}

/**
 * How near a job's work is to the work asked for: how often users who looked at a wanted type also looked at the
 * job's (P(type | wanted) in the co-view model, the best pair). 0 for every job when no work was asked for.
 */
function workAffinity(ctx: DialogueContext, constraints: Constraints): (listing: Listing) => number {
  const ic = ctx.engine.catalog;
  const wanted = [...constraints.wantedTypes].flatMap((id) => ic.typeIndex(id) ?? []);
  if (wanted.length === 0) return () => 0;
  const model = ctx.engine.model;
  return (listing) => {
    let best = 0;
    for (const id of listing.jobTypeIds) {
      const t = ic.typeIndex(id);
      if (t === undefined) continue;
      for (const w of wanted) best = Math.max(best, model.conditional(t, w, 1));
    }
    return best;
  };
}

/** Jobs of other work, nearest work first (workAffinity); the strategy's order breaks ties. */
function otherWorkByAffinity(
  ctx: DialogueContext,
  constraints: Constraints,
  listings: readonly Listing[],
): Listing[] {
  const affinity = workAffinity(ctx, constraints);
  const scored = listings.map((listing, order) => ({ listing, order, score: affinity(listing) }));
  scored.sort((a, b) => b.score - a.score || a.order - b.order);
  return scored.map((x) => x.listing);
}

/** Whether a job lies further than `reach` km from the place asked for (never, without a place). */
function isFar(ctx: DialogueContext, constraints: Constraints, id: string, reach: number): boolean {
  const area = constraints.area;
  if (area === null || area === '*') return false;
  const where = pointsOf(ctx);
  const origin = where.get(area[1] === undefined ? area[0] : `${area[0]}/${area[1]}`);
  const at = pointOf(where, ctx.lookup.listings.get(id)?.area);
  return origin !== undefined && at !== undefined && km(origin, at) > reach;
}

/**
 * Beyond a commute a part-time job is of little use however well it fits: a café in 札幌市東区 without its 夕方から
 * tag is worth more to a student at 大通 than one 150 km off in 鷹栖町 that has it (p22-01, and six more of that
 * set). The jobs within reach keep their order, then the rest keep theirs.
 */
function withinReachFirst(
  ctx: DialogueContext,
  constraints: Constraints,
  ids: readonly string[],
  reach: number,
  promised: (id: string) => boolean = () => false,
): string[] {
  const far = (id: string): boolean => isFar(ctx, constraints, id, reach);
  const promisedFirst = (band: readonly string[]) => [
    ...band.filter(promised),
    ...band.filter((id) => !promised(id)),
  ];
  const near = ids.filter((id) => !far(id));
  return [...promisedFirst(near), ...promisedFirst(ids.filter(far))];
}

/** The place's own jobs that lack one wish and nothing else (not a refused one present), best paid first. */
function lackingOneInPlace(
  ctx: DialogueContext,
  constraints: Constraints,
  excluded: ReadonlySet<string>,
  area: readonly [string, string?],
): string[] {
  const ic = ctx.engine.catalog;
  const found: Listing[] = [];
  for (const index of ic.listingsInArea(area[0], area[1])) {
    const listing = ic.listings[index];
    if (listing === undefined || excluded.has(listing.id)) continue;
    const unmet = unmetConstraints(listing, constraints);
    if (unmet.length === 1 && unmet[0]!.kind === 'missing') found.push(listing);
  }
  const rate = (l: Listing) => (l.wage === undefined ? 0 : hourlyRate(l.wage));
  return found.sort((a, b) => rate(b) - rate(a)).map((l) => l.id);
}

/**
 * The conditions declared exclusive with one the user requires (the catalogue's exclusive groups), except those
 * about who the worker is (学生 vs 主婦), which only welcome and are never required of a listing by saying so.
 */
function opposites(ctx: DialogueContext, required: ReadonlySet<string>): Set<string> {
  const out = new Set<string>();
  if (required.size === 0) return out;
  for (const group of ctx.catalog.conditionGroups ?? []) {
    if (group.kind !== 'exclusive') continue;
    const ids = group.conditionIds;
    if (ids.some((id) => ctx.lookup.conditions.get(id)?.welcomeOnly === true)) continue;
    const wanted = ids.findIndex((id) => required.has(id));
    if (wanted < 0) continue;
    // Days a week are minimums: 週1日〜OK takes someone for two days; only a job asking more days clashes.
    const ascending = DAYS_A_WEEK.every((id, i) => ids[i] === id) && ids.length === DAYS_A_WEEK.length;
    ids.forEach((id, i) => {
      if (!required.has(id) && (!ascending || i > wanted)) out.add(id);
    });
  }
  return out;
}

/** The catalogue's days-a-week conditions, fewest first (the ones numbers-as-conditions maps 「週2」 to). */
const DAYS_A_WEEK = ['one-day-a-week', 'two-three-days-a-week', 'four-days-a-week'];

/** How many listings the second tier looks at, at most: it runs only when the first found too few. */
const TWO_AWAY_SCAN = 50_000;

interface Found {
  readonly id: string;
  readonly otherWork: boolean;
  readonly misses: number;
  /** From the place asked for, in km; 0 when either has no coordinates. */
  readonly distance: number;
  /** Of other work, how near it is to the work asked for (workAffinity): among jobs as far, the nearer work first. */
  readonly affinity: number;
}

/**
 * With three or more wishes (白馬村・ホテル・短期・寮), often nothing misses only one. Then jobs that miss two, but
 * never one the user refused (a refused job type, a refused condition present): the wanted work first, nearest
 * first. Each says what differs, so nothing is passed off as a match.
 */
function twoAway(
  ctx: DialogueContext,
  constraints: Constraints,
  excluded: ReadonlySet<string>,
  where: Map<string, Point>,
  {
    onlyIn,
    sameWork = false,
    from = 2,
    upTo = 2,
    anywhere = false,
  }: {
    readonly onlyIn?: string;
    readonly sameWork?: boolean;
    /** Fewest misses: 1 also finds the work asked for, in the place, lacking one condition, when the strategy did
     * not pick it. */
    readonly from?: number;
    readonly upTo?: number;
    /** Look past the nearby prefectures (the nearest still come first). */
    readonly anywhere?: boolean;
  } = {},
): Found[] {
  const ic = ctx.engine.catalog;
  const area = constraints.area;
  const origin =
    area === null || area === '*'
      ? undefined
      : where.get(area[1] === undefined ? area[0] : `${area[0]}/${area[1]}`);
  const prefectures =
    onlyIn !== undefined
      ? new Set([onlyIn])
      : anywhere || origin === undefined || area === null || area === '*'
        ? undefined
        : new Set(
            ctx.catalog.prefectures
              .filter((p) => p.name === area[0] || km(origin, p) <= NEARBY_PREFECTURE_KM)
              .map((p) => p.name),
          );
  const found: Found[] = [];
  const affinity = workAffinity(ctx, constraints);
  let scanned = 0;
  const scope: Iterable<Listing | undefined> =
    onlyIn === undefined ? ic.listings : [...ic.listingsInArea(onlyIn)].map((i) => ic.listings[i]);
  for (const listing of scope) {
    if (++scanned > TWO_AWAY_SCAN) break;
    if (listing === undefined || excluded.has(listing.id)) continue;
    const spot = listing.area;
    if (prefectures !== undefined && (spot === undefined || !prefectures.has(spot.prefecture))) continue;
    if (listing.jobTypeIds.some((t) => constraints.unwantedTypes.has(t))) continue;
    const unmet = unmetConstraints(listing, constraints);
    if (unmet.length < from || unmet.length > upTo || unmet.some((u) => u.kind === 'present')) continue;
    const otherWork = unmet.some((u) => u.kind === 'jobType');
    if (sameWork && otherWork) continue;
    const at = pointOf(where, spot);
    found.push({
      id: listing.id,
      otherWork,
      misses: unmet.length,
      distance: origin === undefined || at === undefined ? 0 : km(origin, at),
      affinity: otherWork ? affinity(listing) : 0,
    });
  }
  return found.sort(
    (a, b) =>
      Number(a.otherWork) - Number(b.otherWork) ||
      a.misses - b.misses ||
      a.distance - b.distance ||
      b.affinity - a.affinity,
  );
}
