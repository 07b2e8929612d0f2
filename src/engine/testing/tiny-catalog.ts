import type { Condition, JobType, Listing } from '../../catalog/types';
import { CooccurrenceCounts } from '../model/cooccurrence-counts';
import { CooccurrenceModel } from '../model/cooccurrence-model';

export const jobType = (id: string, name = id): JobType => ({ id, name, synonyms: [] });
export const condition = (id: string, name = id): Condition => ({ id, name, synonyms: [] });
export const listing = (id: string, jobTypeIds: string[], conditionIds: string[]): Listing => ({
  id,
  title: id,
  jobTypeIds,
  conditionIds,
  url: `https://jobs.example/${id}`,
});

/**
 * Sixteen listings of one job type, one for each subset of four conditions c0..c3: every listing is a
 * distinct 4-bit code, so a perfect halving questioner needs exactly the missing bits.
 */
export function sixteenCodes(): { jobTypes: JobType[]; conditions: Condition[]; listings: Listing[] } {
  const conditions = [0, 1, 2, 3].map((b) => condition(`c${b}`));
  const listings: Listing[] = [];
  for (let code = 0; code < 16; code++) {
    const ids = [0, 1, 2, 3].filter((b) => code & (1 << b)).map((b) => `c${b}`);
    listings.push(listing(`L${code.toString(2).padStart(4, '0')}`, ['only'], ids));
  }
  return { jobTypes: [jobType('only')], conditions, listings };
}

/** A model where every type is equally liked and independent: popularity ties everywhere. */
export function flatModel(typeIds: readonly string[]): CooccurrenceModel {
  const t = typeIds.length;
  const counts = new CooccurrenceCounts(t);
  counts.users = 100;
  for (let i = 0; i < t; i++) counts.typeUsers[i] = 50;
  for (let i = 0; i < t; i++) for (let j = 0; j < t; j++) if (i !== j) counts.pairUsers[i * t + j] = 25;
  return new CooccurrenceModel(typeIds, counts, 1);
}
