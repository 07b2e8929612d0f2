import type { Catalog, Condition, JobType, Listing } from '../catalog/types';

/**
 * The catalogue compiled to integer indices, so a turn over a million listings is typed-array loops.
 * Attributes are job types (0..T-1) followed by conditions (T..T+C-1): listing-level strategies treat both
 * as yes/no properties of a listing.
 */
export class IndexedCatalog {
  readonly jobTypes: readonly JobType[];
  readonly conditions: readonly Condition[];
  readonly listings: readonly Listing[];
  readonly typeCount: number;
  readonly conditionCount: number;
  readonly attributeCount: number;
  /**
   * CSR: attributes of listing l are attrs[attrStart[l] .. attrStart[l+1]). Types come first. Two bytes an
   * attribute while there are fewer than 65,536: a turn reads the attributes of 20,000 listings strided over
   * the catalogue, mostly cache misses, and half the bytes took the decision at 300 types / 100 conditions /
   * 200,000 listings from 4.7 to 2.8 ms at the median (side by side, 2026-12-05).
   */
  readonly attrStart: Int32Array;
  readonly attrs: Uint16Array | Int32Array;
  /** Listing indices having each attribute, ascending. */
  readonly members: readonly Int32Array[];
  /** For attributes most listings have, the listings lacking them (ascending); undefined for the others. */
  private readonly nonMembers: readonly (Int32Array | undefined)[];
  private readonly typeIndexById: ReadonlyMap<string, number>;
  private readonly conditionIndexById: ReadonlyMap<string, number>;
  private readonly listingIndexById: ReadonlyMap<string, number>;
  private readonly areaIndex = new Map<string, Int32Array>();

  constructor(catalog: Pick<Catalog, 'jobTypes' | 'conditions' | 'listings'>) {
    this.jobTypes = catalog.jobTypes;
    this.conditions = catalog.conditions;
    this.listings = catalog.listings;
    this.typeCount = catalog.jobTypes.length;
    this.conditionCount = catalog.conditions.length;
    this.attributeCount = this.typeCount + this.conditionCount;
    this.typeIndexById = new Map(catalog.jobTypes.map((t, i) => [t.id, i]));
    this.conditionIndexById = new Map(catalog.conditions.map((c, i) => [c.id, this.typeCount + i]));
    this.listingIndexById = new Map(catalog.listings.map((l, i) => [l.id, i]));

    const n = catalog.listings.length;
    this.attrStart = new Int32Array(n + 1);
    let total = 0;
    for (let l = 0; l < n; l++) {
      const listing = catalog.listings[l]!;
      total += listing.jobTypeIds.length + listing.conditionIds.length;
      this.attrStart[l + 1] = total;
    }
    this.attrs = this.attributeCount <= 0xffff ? new Uint16Array(total) : new Int32Array(total);
    const memberCounts = new Int32Array(this.attributeCount);
    let at = 0;
    for (const listing of catalog.listings) {
      for (const id of listing.jobTypeIds)
        at = this.placeAttribute(at, this.typeIndexById.get(id), memberCounts);
      for (const id of listing.conditionIds)
        at = this.placeAttribute(at, this.conditionIndexById.get(id), memberCounts);
    }
    const members = Array.from(memberCounts, (count) => new Int32Array(count));
    const fill = new Int32Array(this.attributeCount);
    for (let l = 0; l < n; l++) {
      for (let p = this.attrStart[l]!; p < this.attrStart[l + 1]!; p++) {
        const a = this.attrs[p]!;
        members[a]![fill[a]!++] = l;
      }
    }
    this.members = members;
    this.nonMembers = members.map((list) => (list.length > n / 2 ? complement(list, n) : undefined));
    this.buildAreaIndex();
  }

  private placeAttribute(at: number, index: number | undefined, counts: Int32Array): number {
    // The loader guarantees known ids; an unknown one here is a programming error worth failing loudly on.
    if (index === undefined) throw new Error('listing refers to an attribute the catalogue does not have');
    this.attrs[at] = index;
    counts[index]!++;
    return at + 1;
  }

  private buildAreaIndex(): void {
    const lists = new Map<string, number[]>();
    const push = (key: string, l: number) => {
      const list = lists.get(key);
      if (list) list.push(l);
      else lists.set(key, [l]);
    };
    this.listings.forEach((listing, l) => {
      if (!listing.area) return;
      push(listing.area.prefecture, l);
      const municipality = listing.area.municipality;
      if (!municipality) return;
      push(`${listing.area.prefecture}/${municipality}`, l);
      // A designated city's ward (「横浜市 中区」) is also in the city: 「横浜市」 stands for all its wards.
      const space = municipality.indexOf(' ');
      if (space > 0) push(`${listing.area.prefecture}/${municipality.slice(0, space)}`, l);
    });
    for (const [key, list] of lists) this.areaIndex.set(key, Int32Array.from(list));
  }

  typeIndex(id: string): number | undefined {
    return this.typeIndexById.get(id);
  }

  listingIndex(id: string): number | undefined {
    return this.listingIndexById.get(id);
  }

  /** Attribute index of a job type or condition id. */
  attributeOf(kind: 'jobType' | 'condition', id: string): number | undefined {
    return kind === 'jobType' ? this.typeIndexById.get(id) : this.conditionIndexById.get(id);
  }

  isJobTypeAttribute(attribute: number): boolean {
    return attribute < this.typeCount;
  }

  attributeId(attribute: number): string {
    return attribute < this.typeCount
      ? this.jobTypes[attribute]!.id
      : this.conditions[attribute - this.typeCount]!.id;
  }

  /** Listings in a prefecture (and municipality, when given); empty when the area has none. */
  listingsInArea(prefecture: string, municipality?: string): Int32Array {
    const key = municipality ? `${prefecture}/${municipality}` : prefecture;
    return this.areaIndex.get(key) ?? new Int32Array(0);
  }

  /** The shorter of the listings with and without an attribute: what an update has to touch. */
  smallerSide(attribute: number): { listings: Int32Array; lacking: boolean } {
    const lacking = this.nonMembers[attribute];
    return lacking
      ? { listings: lacking, lacking: true }
      : { listings: this.members[attribute]!, lacking: false };
  }
}

/** 0 … n−1 minus a sorted list. */
function complement(sorted: Int32Array, n: number): Int32Array {
  const out = new Int32Array(n - sorted.length);
  let o = 0;
  let m = 0;
  for (let l = 0; l < n; l++) {
    if (m < sorted.length && sorted[m] === l) m++;
    else out[o++] = l;
  }
  return out;
}
