import type { DialoguePort } from '../channels/shared';
import type { TurnKnowledge } from '../channels/shared/ports';
import type { Reply, TurnInput } from '../dialogue/types';

/**
 * The dialogue as the channels see it, with its last input and reply kept: in-process, the replay reads what a
 * platform's response does not carry (the open question, the jobs' matches) from the dialogue itself. The
 * replay runs one turn at a time, so "the last" is this turn's.
 */
export class DialogueTap implements DialoguePort {
  last: { input: TurnInput; reply: Reply } | null = null;

  /** The voice channels' dialogue (paged for speech), tapped into the same `last`. */
  readonly voice: DialoguePort | undefined;

  constructor(private readonly inner: DialoguePort) {
    const spoken = inner.voice;
    this.voice =
      spoken === undefined
        ? undefined
        : {
            takeTurn: (state, input, known) => {
              const result = spoken.takeTurn(state, input, known);
              this.last = { input, reply: result.reply };
              return result;
            },
          };
  }

  // `known` is what the runner fetched for a second pass of the turn (the saved jobs): dropping it made
  // 「保存したお仕事を見せて」 show nothing in a replay.
  takeTurn(state: unknown, input: TurnInput, known?: TurnKnowledge): { state: unknown; reply: Reply } {
    const result = this.inner.takeTurn(state, input, known);
    this.last = { input, reply: result.reply };
    return result;
  }

  /** The reply of the turn since the last call, once (null: the request ran no turn). */
  take(): { input: TurnInput; reply: Reply } | null {
    const last = this.last;
    this.last = null;
    return last;
  }
}
