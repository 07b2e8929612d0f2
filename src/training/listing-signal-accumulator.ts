/** Half-lives tried for the views' time decay, in days; Infinity = no decay. */
export const HALF_LIVES = [3, 7, 14, 30, Infinity] as const;
const DAY_SECONDS = 86_400;
/** One user in this many is held out: their views do not count, their settled listing is what is fitted. */
const HELD_OUT_EVERY = 10;

interface LastView {
  time: number;
  listing: number;
}

/**
 * Streams per-listing view counts for every candidate half-life, each user's last view (the listing they
 * settled on), and keeps held-out users apart. Memory: listings × half-lives × 2 floats plus one small record
 * per user; nothing per row.
 */
export class ListingSignalAccumulator {
  /** [half-life][listing]: Σ 2^((t − origin)/h) over kept users' views; the held-out users' in `heldOutViews`. */
  readonly views: Float64Array[];
  readonly heldOutViews: Float64Array[];
  private readonly last = new Map<string, LastView>();
  private origin: number | undefined;
  private latest = -Infinity;
  private row = 0;
  timestamped = true;

  constructor(private readonly listingCount: number) {
    this.views = HALF_LIVES.map(() => new Float64Array(listingCount));
    this.heldOutViews = HALF_LIVES.map(() => new Float64Array(listingCount));
  }

  /** `time` in seconds, or undefined when the log has no timestamp (then rows count in order, undecayed). */
  add(userId: string, listing: number, time: number | undefined): void {
    this.row++;
    if (time === undefined) this.timestamped = false;
    const t = time ?? this.row;
    this.origin ??= t;
    if (t > this.latest) this.latest = t;
    const target = isHeldOut(userId) ? this.heldOutViews : this.views;
    const days = (t - this.origin) / DAY_SECONDS;
    for (let h = 0; h < HALF_LIVES.length; h++) {
      target[h]![listing]! += HALF_LIVES[h] === Infinity ? 1 : 2 ** (days / HALF_LIVES[h]!);
    }
    const previous = this.last.get(userId);
    if (previous === undefined) this.last.set(userId, { time: t, listing });
    else if (t >= previous.time) {
      previous.time = t;
      previous.listing = listing;
    }
  }

  /** Which half-lives the log supports: all with timestamps (those that stay finite), else no decay only. */
  usableHalfLives(): number[] {
    const span = this.origin === undefined ? 0 : (this.latest - this.origin) / DAY_SECONDS;
    return HALF_LIVES.map((h, i) => ({ h, i }))
      .filter(({ h }) => h === Infinity || (this.timestamped && span / h < 900))
      .map(({ i }) => i);
  }

  /** Decay factor that turns half-life i's sums into weights relative to the log's last view. */
  private scale(i: number): number {
    const h = HALF_LIVES[i]!;
    if (h === Infinity || this.origin === undefined) return 1;
    return 2 ** (-(this.latest - this.origin) / DAY_SECONDS / h);
  }

  private decay(i: number, time: number): number {
    const h = HALF_LIVES[i]!;
    return h === Infinity ? 1 : 2 ** (-(this.latest - time) / DAY_SECONDS / h);
  }

  /** Views per listing for half-life i, decayed to the last view: kept users only, or everyone. */
  viewCounts(i: number, everyone: boolean): Float64Array {
    const s = this.scale(i);
    const out = Float64Array.from(this.views[i]!, (v) => v * s);
    if (everyone) this.heldOutViews[i]!.forEach((v, l) => (out[l]! += v * s));
    return out;
  }

  /** Settled listings per listing for half-life i (kept users, or everyone), and the held-out users' ones. */
  settledCounts(i: number, everyone: boolean): { counts: Float64Array; heldOut: Int32Array } {
    const counts = new Float64Array(this.listingCount);
    const heldOut: number[] = [];
    for (const [user, view] of this.last) {
      const held = isHeldOut(user);
      if (held) heldOut.push(view.listing);
      if (!held || everyone) counts[view.listing]! += this.decay(i, view.time);
    }
    return { counts, heldOut: Int32Array.from(heldOut) };
  }
}

/** FNV-1a of the user id: the same users are held out on every run. */
export function isHeldOut(userId: string): boolean {
  let hash = 0x811c9dc5;
  for (let i = 0; i < userId.length; i++) {
    hash ^= userId.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0) % HELD_OUT_EVERY === 0;
}

/** Seconds since the epoch of a log timestamp: epoch seconds, or an ISO 8601 date/time; undefined if neither. */
export function timestampSeconds(text: string | undefined): number | undefined {
  if (text === undefined || text === '') return undefined;
  if (/^\d+(\.\d+)?$/u.test(text)) return Number(text);
  const ms = Date.parse(text);
  return Number.isNaN(ms) ? undefined : ms / 1000;
}
