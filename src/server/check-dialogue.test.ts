import type { DialoguePort } from '../channels/shared';
import type { Reply } from '../dialogue/types';
import { DataTrialError, tryDialogue } from './check-dialogue';

function reply(act: Reply['act']): Reply {
  return {
    messages: [],
    reprompt: null,
    suggestions: [],
    question: null,
    jobs: [],
    matches: [],
    cards: [],
    action: null,
    done: false,
    act,
  };
}

describe('tryDialogue', () => {
  it('passes a dialogue that reaches a question', () => {
    let turns = 0;
    const port: DialoguePort = {
      takeTurn: () => ({ state: null, reply: reply(++turns < 3 ? 'askArea' : 'askJobType') }),
    };
    expect(() => tryDialogue(port)).not.toThrow();
  });

  it('refuses a dialogue that throws, naming the turn, with the cause attached', () => {
    let turns = 0;
    const port: DialoguePort = {
      takeTurn: () => {
        if (++turns === 3) throw new RangeError('posterior is NaN');
        return { state: null, reply: reply('askArea') };
      },
    };
    let caught: unknown;
    try {
      tryDialogue(port);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(DataTrialError);
    expect(caught).toMatchObject({ context: { turn: 3, acts: ['askArea', 'askArea'] } });
    expect((caught as Error).cause).toBeInstanceOf(RangeError);
  });

  it('refuses a dialogue that never gets past the greeting and the area', () => {
    const port: DialoguePort = { takeTurn: () => ({ state: null, reply: reply('clarify') }) };
    expect(() => tryDialogue(port)).toThrow('the trial conversation never asked a question nor showed a job');
  });
});
