import { createHash } from 'node:crypto';
import { access, readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { isBlank, readLines } from '../io';
import { ImportError, messageOf } from './import-error';
import { parseJsonArrayFile, parseJsonLine } from './json-input';
import type {
  Catalog,
  Condition,
  ConditionGroup,
  JobType,
  JobTypeGroup,
  Listing,
  Place,
  Prefecture,
} from './types';
import { validateAreas } from './validate-areas';
import { validateConditionGroups } from './validate-condition-groups';
import { validateConditions } from './validate-conditions';
import { validateJobTypeGroups } from './validate-job-type-groups';
import { validateJobTypes } from './validate-job-types';
import { validatePlaces } from './validate-places';
import { ListingValidator } from './validate-listing';

export interface LoadCatalogOptions {
  /** Area data to use when the directory has no areas.json (e.g. the bundled data/catalog/areas.json). */
  readonly areasFile?: string;
}

const CATALOG_FILES = {
  jobTypes: 'job-types.json',
  conditions: 'conditions.json',
  listings: 'listings.jsonl',
  areas: 'areas.json',
  conditionGroups: 'condition-groups.json',
  jobTypeGroups: 'job-type-groups.json',
  places: 'places.json',
} as const;

/** Job types, conditions and areas of a catalogue directory, validated: everything but the listings. */
export interface CatalogDefinitions {
  readonly jobTypes: readonly JobType[];
  readonly conditions: readonly Condition[];
  readonly prefectures: readonly Prefecture[];
  readonly conditionGroups: readonly ConditionGroup[];
  /** Words for work across categories (job-type-groups.json, optional). */
  readonly jobTypeGroups: readonly JobTypeGroup[];
  /** Stations and districts (places.json, optional; the bundled one comes with the bundled areas). */
  readonly places: readonly Place[];
}

interface DefinitionsWithDigests extends CatalogDefinitions {
  readonly digests: readonly (readonly [string, string])[];
}

async function readDefinitions(dir: string, options: LoadCatalogOptions): Promise<DefinitionsWithDigests> {
  const jobTypesFile = join(dir, CATALOG_FILES.jobTypes);
  const conditionsFile = join(dir, CATALOG_FILES.conditions);
  const areasFile = await chooseAreasFile(dir, options);

  const [jobTypeBytes, conditionBytes, areaBytes] = await Promise.all([
    readBytes(jobTypesFile),
    readBytes(conditionsFile),
    areasFile === undefined ? undefined : readBytes(areasFile),
  ]);
  const jobTypes = Object.freeze(validate(validateJobTypes, jobTypeBytes, jobTypesFile));
  const conditions = Object.freeze(validate(validateConditions, conditionBytes, conditionsFile));
  const prefectures: readonly Prefecture[] =
    areasFile === undefined || areaBytes === undefined
      ? Object.freeze([])
      : Object.freeze(validate(validateAreas, areaBytes, areasFile));
  const digests: [string, string][] = [
    [CATALOG_FILES.jobTypes, sha256(jobTypeBytes)],
    [CATALOG_FILES.conditions, sha256(conditionBytes)],
  ];
  if (areaBytes !== undefined) digests.push([CATALOG_FILES.areas, sha256(areaBytes)]);
  const groupsFile = join(dir, CATALOG_FILES.conditionGroups);
  const groupBytes = await readOptionalBytes(groupsFile);
  let conditionGroups: readonly ConditionGroup[] = Object.freeze([]);
  if (groupBytes !== undefined) {
    const ids = new Set(conditions.map((c) => c.id));
    const { values, lines } = parseJsonArrayFile(groupBytes, groupsFile);
    conditionGroups = Object.freeze(validateConditionGroups(values, lines, groupsFile, ids));
    digests.push([CATALOG_FILES.conditionGroups, sha256(groupBytes)]);
  }
  const jobTypeGroups = await readJobTypeGroups(dir, jobTypes, digests);
  const places = await readPlaces(dir, areasFile, prefectures, digests);
  return { jobTypes, conditions, prefectures, conditionGroups, jobTypeGroups, places, digests };
}

async function readJobTypeGroups(
  dir: string,
  jobTypes: readonly JobType[],
  digests: [string, string][],
): Promise<readonly JobTypeGroup[]> {
  const file = join(dir, CATALOG_FILES.jobTypeGroups);
  const bytes = await readOptionalBytes(file);
  if (bytes === undefined) return Object.freeze([]);
  const { values, lines } = parseJsonArrayFile(bytes, file);
  digests.push([CATALOG_FILES.jobTypeGroups, sha256(bytes)]);
  return Object.freeze(validateJobTypeGroups(values, lines, file, new Set(jobTypes.map((t) => t.id))));
}

/**
 * places.json of the catalogue directory, else the one beside the areas file in use (the bundled areas come with
 * the bundled stations); absent: no places.
 */
async function readPlaces(
  dir: string,
  areasFile: string | undefined,
  prefectures: readonly Prefecture[],
  digests: [string, string][],
): Promise<readonly Place[]> {
  const candidates = [join(dir, CATALOG_FILES.places)];
  if (areasFile !== undefined) candidates.push(join(dirname(areasFile), CATALOG_FILES.places));
  for (const file of candidates) {
    const bytes = await readOptionalBytes(file);
    if (bytes === undefined) continue;
    const { values, lines } = parseJsonArrayFile(bytes, file);
    digests.push([CATALOG_FILES.places, sha256(bytes)]);
    return Object.freeze(validatePlaces(values, lines, file, prefectures));
  }
  return Object.freeze([]);
}

/** Reads and validates everything but listings.jsonl: what the sample generator needs to make listings. */
export async function loadCatalogDefinitions(
  dir: string,
  options: LoadCatalogOptions = {},
): Promise<CatalogDefinitions> {
  const { jobTypes, conditions, prefectures, conditionGroups, jobTypeGroups, places } = await readDefinitions(
    dir,
    options,
  );
  return Object.freeze({ jobTypes, conditions, prefectures, conditionGroups, jobTypeGroups, places });
}

/**
 * Reads and validates a catalogue directory. Either every record is valid and a deeply frozen Catalog comes
 * back, or an ImportError names the first bad record's file, line and field.
 */
export async function loadCatalog(dir: string, options: LoadCatalogOptions = {}): Promise<Catalog> {
  const { jobTypes, conditions, prefectures, conditionGroups, jobTypeGroups, places, digests } =
    await readDefinitions(dir, options);
  const listingsFile = join(dir, CATALOG_FILES.listings);

  const validator = new ListingValidator(listingsFile, {
    jobTypeIds: new Set(jobTypes.map((jobType) => jobType.id)),
    conditionIds: new Set(conditions.map((condition) => condition.id)),
    prefectures,
  });
  const listingsHash = createHash('sha256');
  const listings: Listing[] = [];
  for await (const line of readLines(listingsFile, { onChunk: (chunk) => listingsHash.update(chunk) })) {
    if (isBlank(line.text)) continue;
    listings.push(validator.validate(parseJsonLine(line, listingsFile), line.lineNumber));
  }

  // The fixed order job types, conditions, listings, areas keeps checksums comparable across versions.
  const [jobTypesDigest, conditionsDigest, ...areaDigest] = digests;
  const parts = [
    jobTypesDigest!,
    conditionsDigest!,
    [CATALOG_FILES.listings, listingsHash.digest('hex')] as const,
    ...areaDigest,
  ];

  return Object.freeze({
    jobTypes,
    conditions,
    listings: Object.freeze(listings),
    prefectures,
    conditionGroups,
    jobTypeGroups,
    places,
    checksum: combinedChecksum(parts),
  });
}

/**
 * sha256 over "name NUL sha256(bytes) LF" per file, in the fixed order job types, conditions, listings, areas.
 * Framing each file keeps bytes moved from one file to the next from giving the same checksum.
 */
function combinedChecksum(parts: readonly (readonly [string, string])[]): string {
  const hash = createHash('sha256');
  for (const [name, digest] of parts) hash.update(`${name}\0${digest}\n`);
  return hash.digest('hex');
}

function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

function validate<T>(
  check: (values: readonly unknown[], lines: readonly number[], file: string) => T[],
  bytes: Uint8Array,
  file: string,
): T[] {
  const { values, lines } = parseJsonArrayFile(bytes, file);
  return check(values, lines, file);
}

async function chooseAreasFile(dir: string, options: LoadCatalogOptions): Promise<string | undefined> {
  const inDir = join(dir, CATALOG_FILES.areas);
  try {
    await access(inDir);
    return inDir;
  } catch {
    return options.areasFile;
  }
}

/** A file the format allows to be absent: undefined then, an ImportError if it exists but cannot be read. */
async function readOptionalBytes(file: string): Promise<Buffer | undefined> {
  try {
    await access(file);
  } catch {
    return undefined;
  }
  return readBytes(file);
}

async function readBytes(file: string): Promise<Buffer> {
  try {
    return await readFile(file);
  } catch (error) {
    throw new ImportError(`cannot read file: ${messageOf(error)}`, { file }, { cause: error });
  }
}
