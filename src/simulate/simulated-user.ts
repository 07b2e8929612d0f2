import type { Act, AnswerLevel } from '../engine';
import type { Listing } from '../catalog/types';

/**
 * The user of DESIGN §5: it wants one target listing, says yes to a job type or condition the target has and
 * no otherwise, and each answer is flipped with probability `noise`.
 */
export class SimulatedUser {
  constructor(
    readonly target: Listing,
    private readonly noise: number,
    private readonly random: () => number,
  ) {}

  answer(act: Exclude<Act, { kind: 'recommend' }>): AnswerLevel {
    const has =
      act.kind === 'askJobType'
        ? this.target.jobTypeIds.includes(act.id)
        : this.target.conditionIds.includes(act.id);
    const truthful = this.noise === 0 || this.random() >= this.noise;
    return has === truthful ? 'yes' : 'no';
  }

  /** 1-based rank of the target among the shown listings, or 0 when it is not there. */
  rankIn(listingIds: readonly string[]): number {
    return listingIds.indexOf(this.target.id) + 1;
  }
}
