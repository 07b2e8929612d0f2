import type { Listing } from '../catalog/types';
import type { AttributeAnswer, Strategy } from '../engine';
import { randomInt } from '../random';
import { SimulatedUser } from './simulated-user';

export interface DialogueOptions {
  readonly maxTurns: number;
  readonly topK: number;
  readonly noise: number;
  /** The answer noise the strategy is told (calibrated); unset: the strategy's or the model's own. */
  readonly answerNoise?: number;
}

export interface DialogueOutcome {
  /** The turn (1-based) whose recommendation held the target, or null when the dialogue failed. */
  readonly successTurn: number | null;
  /** Rank (1-based) of the target in that recommendation. */
  readonly rank: number | null;
  readonly questions: number;
  readonly recommendations: number;
}

/**
 * One simulated dialogue (DESIGN §5): the user opens by volunteering one random condition of the target
 * (a job type when it has none); then at most maxTurns acts, each a question or k listings; a miss removes
 * those listings and the dialogue goes on.
 */
export function runDialogue(
  strategy: Strategy,
  target: Listing,
  options: DialogueOptions,
  random: () => number,
): DialogueOutcome {
  const user = new SimulatedUser(target, options.noise, random);
  const answers: AttributeAnswer[] = [];
  const rejected: string[] = [];
  if (target.conditionIds.length > 0) {
    const id = target.conditionIds[randomInt(random, target.conditionIds.length)]!;
    answers.push({ kind: 'condition', id, level: 'yes', volunteered: true });
  } else {
    const id = target.jobTypeIds[randomInt(random, target.jobTypeIds.length)]!;
    answers.push({ kind: 'jobType', id, level: 'yes', volunteered: true });
  }
  let questions = 0;
  let recommendations = 0;
  for (let turn = 1; turn <= options.maxTurns; turn++) {
    const act = strategy.decide(
      { answers, rejectedListingIds: rejected },
      {
        topK: options.topK,
        turnsLeft: options.maxTurns - turn + 1,
        hardEnd: true,
        random,
        ...(options.answerNoise === undefined ? {} : { answerNoise: options.answerNoise }),
      },
    );
    if (act.kind === 'recommend') {
      recommendations++;
      const rank = user.rankIn(act.listingIds);
      if (rank > 0) return { successTurn: turn, rank, questions, recommendations };
      rejected.push(...act.listingIds);
      continue;
    }
    questions++;
    const kind = act.kind === 'askJobType' ? 'jobType' : 'condition';
    answers.push({ kind, id: act.id, level: user.answer(act) });
  }
  return { successTurn: null, rank: null, questions, recommendations };
}
