import { withImplied, type Implications } from '../../catalog/implied-conditions';
import type { Listing } from '../../catalog/types';
import type { PersonaConstraints } from './persona';

/**
 * Which of the persona's stated requirements a listing breaks, judged from the catalogue alone: its tags read
 * with what the catalogue declares they imply (a 深夜 job is a night job), as anyone reading the listing would. A
 * persona who requires work done from home (`placeFree`: the catalogue's 在宅OK) is held to no place by a job
 * that has it.
 */
export function brokenRequirements(
  listing: Listing,
  c: PersonaConstraints,
  implications: Implications,
  placeFree: ReadonlySet<string> = new Set(),
): string[] {
  const broken: string[] = [];
  const fromAnywhere = c.requiredConditions.some(
    (id) => placeFree.has(id) && listing.conditionIds.includes(id),
  );
  if (c.area !== undefined && !fromAnywhere) {
    const area = listing.area;
    const municipality = area?.municipality ?? '';
    const inArea =
      area !== undefined &&
      area.prefecture === c.area.prefecture &&
      (c.area.municipality === undefined ||
        municipality === c.area.municipality ||
        municipality.startsWith(`${c.area.municipality} `));
    if (!inArea) broken.push('area');
  }
  if (c.wantedJobTypes.length > 0 && !listing.jobTypeIds.some((t) => c.wantedJobTypes.includes(t))) {
    broken.push('wantedJobType');
  }
  if (listing.jobTypeIds.some((t) => c.refusedJobTypes.includes(t))) broken.push('refusedJobType');
  const conditions = withImplied(listing.conditionIds, implications);
  if (c.requiredConditions.some((id) => !conditions.has(id))) broken.push('requiredCondition');
  if (c.refusedConditions.some((id) => conditions.has(id))) broken.push('refusedCondition');
  if (c.wageMin !== undefined) {
    const wage = listing.wage;
    if (wage === undefined || wage.unit !== c.wageMin.per || wage.min < c.wageMin.amount) broken.push('wage');
  }
  return broken;
}
