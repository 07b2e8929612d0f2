import type { OpenQuestion } from '../../dialogue/types';

/** One turn of a recorded conversation: what the user sent, and what the reply asked and showed. */
export interface RecordedTurn {
  readonly input:
    | { readonly kind: 'start' }
    | { readonly kind: 'text'; readonly text: string }
    | { readonly kind: 'postback'; readonly value: string }
    | { readonly kind: 'location'; readonly latitude: number; readonly longitude: number };
  readonly reply: {
    readonly question: Pick<OpenQuestion, 'kind' | 'id'> | null;
    readonly jobs: readonly { readonly id: string; readonly match: 'exact' | 'related' }[];
    readonly done: boolean;
  };
}

/** A conversation read from a chat export or the conversation log, before it is written as a script. */
export interface RecordedConversation {
  /** Where it came from, for the script's header: `web chat export`, `conversation log (line)`. */
  readonly source: string;
  /** The channel it was had on (`web` for a chat export). */
  readonly channel: string;
  readonly locale: 'ja' | 'en' | null;
  readonly turns: readonly RecordedTurn[];
}
