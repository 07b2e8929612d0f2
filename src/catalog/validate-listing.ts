import type { Listing, ListingArea, Prefecture, Wage, WageUnit } from './types';
import {
  type At,
  fail,
  IdRegistry,
  type JsonObject,
  type Mutable,
  optionalObject,
  optionalString,
  recordObject,
  requiredNumber,
  requiredString,
  stringArray,
} from './validate-fields';

export interface ListingReferences {
  readonly jobTypeIds: ReadonlySet<string>;
  readonly conditionIds: ReadonlySet<string>;
  /** Empty when no area data was loaded: area names are then taken as they are. */
  readonly prefectures: readonly Prefecture[];
}

const WAGE_UNITS: readonly WageUnit[] = ['hour', 'day', 'month'];

/** Validates listings.jsonl records one line at a time, remembering ids to reject duplicates. */
export class ListingValidator {
  private readonly ids = new IdRegistry('listing');
  private readonly municipalities = new Map<string, ReadonlySet<string>>();
  private readonly fullNameOfShort = new Map<string, string>();

  constructor(
    private readonly file: string,
    private readonly references: ListingReferences,
  ) {
    for (const prefecture of references.prefectures) {
      this.municipalities.set(prefecture.name, new Set(prefecture.municipalities.map((m) => m.name)));
      this.fullNameOfShort.set(prefecture.shortName, prefecture.name);
    }
  }

  validate(value: unknown, line: number): Listing {
    const at: At = { file: this.file, line };
    const record = recordObject(value, at);
    const id = requiredString(record, 'id', at);
    this.ids.add(id, at);
    const listing = { id, title: requiredString(record, 'title', at) } as Mutable<Listing>;
    const company = optionalString(record, 'company', at);
    if (company !== undefined) listing.company = company;
    listing.jobTypeIds = this.knownIds(record, 'jobTypeIds', at, this.references.jobTypeIds, 'job type');
    listing.conditionIds = this.knownIds(
      record,
      'conditionIds',
      at,
      this.references.conditionIds,
      'condition',
    );
    const wage = optionalObject(record, 'wage', at);
    if (wage !== undefined) listing.wage = validateWage(wage, at);
    const area = optionalObject(record, 'area', at);
    if (area !== undefined) listing.area = this.validateArea(area, at);
    listing.url = validateUrl(record, at);
    return Object.freeze(listing);
  }

  private knownIds(
    record: JsonObject,
    key: 'jobTypeIds' | 'conditionIds',
    at: At,
    known: ReadonlySet<string>,
    what: string,
  ): readonly string[] {
    const ids = stringArray(record, key, at, { required: true, nonEmpty: key === 'jobTypeIds' });
    for (let i = 0; i < ids.length; i += 1) {
      const id = ids[i] as string;
      if (!known.has(id)) fail(at, `${key}[${i}]`, `unknown ${what} id ${JSON.stringify(id)}`);
    }
    return Object.freeze(ids);
  }

  private validateArea(record: JsonObject, at: At): ListingArea {
    const prefecture = requiredString(record, 'prefecture', at, 'area.');
    const area = { prefecture } as Mutable<ListingArea>;
    const municipality = optionalString(record, 'municipality', at, 'area.');
    if (municipality !== undefined) area.municipality = municipality;
    const station = optionalString(record, 'station', at, 'area.');
    if (station !== undefined) area.station = station;
    if (this.municipalities.size > 0) this.checkAreaNames(prefecture, municipality, at);
    return Object.freeze(area);
  }

  private checkAreaNames(prefecture: string, municipality: string | undefined, at: At): void {
    const names = this.municipalities.get(prefecture);
    if (names === undefined) {
      const full = this.fullNameOfShort.get(prefecture);
      const hint = full === undefined ? '' : ` (did you mean ${JSON.stringify(full)}?)`;
      fail(at, 'area.prefecture', `unknown prefecture ${JSON.stringify(prefecture)}${hint}`);
    }
    if (municipality !== undefined && !names.has(municipality)) {
      const spaced = [...names].find((name) => name.replace(/ /g, '') === municipality);
      const hint = spaced === undefined ? '' : ` (did you mean ${JSON.stringify(spaced)}?)`;
      fail(
        at,
        'area.municipality',
        `${JSON.stringify(municipality)} is not a municipality of ${JSON.stringify(prefecture)}${hint}`,
      );
    }
  }
}

function validateWage(record: JsonObject, at: At): Wage {
  const unit = requiredString(record, 'unit', at, 'wage.');
  if (!(WAGE_UNITS as readonly string[]).includes(unit)) {
    fail(at, 'wage.unit', `must be one of ${WAGE_UNITS.join(', ')}, got ${JSON.stringify(unit)}`);
  }
  const min = requiredNumber(record, 'min', at, 'wage.');
  const max = requiredNumber(record, 'max', at, 'wage.');
  if (min < 0) fail(at, 'wage.min', 'must not be negative');
  if (min > max) fail(at, 'wage.max', `must not be less than wage.min (${min})`);
  return Object.freeze({ unit: unit as WageUnit, min, max });
}

function validateUrl(record: JsonObject, at: At): string {
  const url = requiredString(record, 'url', at);
  let protocol: string;
  try {
    protocol = new URL(url).protocol;
  } catch {
    fail(at, 'url', `not an absolute URL: ${JSON.stringify(url)}`);
  }
  if (protocol !== 'http:' && protocol !== 'https:')
    fail(at, 'url', `must be an http(s) URL, got ${protocol}`);
  return url;
}
