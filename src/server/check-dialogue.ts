import type { DialoguePort } from '../channels/shared';
import type { TurnInput } from '../dialogue/types';
import { SoudanError } from '../errors';

/** A freshly loaded model or catalogue failed its trial conversation: it must not serve. */
export class DataTrialError extends SoudanError {}

/** Anywhere, then yes to whatever comes, until results: the shortest path through area, work and questions. */
const TRIAL: readonly TurnInput[] = [
  { kind: 'start', locale: 'ja' },
  { kind: 'text', text: 'どこでもいい', locale: 'ja' },
  ...Array.from({ length: 10 }, (): TurnInput => ({ kind: 'text', text: 'はい', locale: 'ja' })),
];

/**
 * Runs one whole conversation on a new dialogue before it replaces the one serving: data that loads but makes
 * the engine throw, or never reaches a question, is refused like a corrupt file.
 */
export function tryDialogue(dialogue: DialoguePort): void {
  let state: unknown;
  const acts: string[] = [];
  for (const input of TRIAL) {
    try {
      const turn = dialogue.takeTurn(state, input);
      state = turn.state;
      acts.push(turn.reply.act);
    } catch (cause) {
      throw new DataTrialError('the trial conversation failed', {
        cause,
        context: { turn: acts.length + 1, acts },
      });
    }
  }
  if (!acts.some((act) => act === 'askJobType' || act === 'askCondition' || act === 'showResults')) {
    throw new DataTrialError('the trial conversation never asked a question nor showed a job', {
      context: { acts },
    });
  }
}
