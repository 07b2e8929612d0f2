import type { Locale, Message, Reply, TurnInput } from '../../dialogue/types';
import type { Renderer } from '../../i18n';
import { hashId, type Logger } from '../../logging';
import { failureOutcome, runChannelTurn, type ChannelTurnDeps } from './run-channel-turn';

/** How a channel's user takes the reply in: it decides the apology's words (「言って」 or 「送って」). */
export type ChannelModality = 'voice' | 'text';

export interface ChannelTurnRunnerDeps {
  readonly channel: string;
  readonly modality: ChannelModality;
  readonly turns: ChannelTurnDeps;
  readonly logger: Logger;
  readonly renderer: Renderer;
}

export interface ChannelTurnRequest {
  readonly conversationId: string;
  readonly input: TurnInput;
  /** The language of the apology, should the turn fail. */
  readonly locale: Locale;
  /**
   * What the channel adds to the turn's log line about its own request (the platform's request type, a
   * redelivery): never user text or raw ids.
   */
  readonly logFields?: Readonly<Record<string, string | number | boolean | undefined>>;
}

export interface ChannelTurnReply {
  /** The dialogue's reply, or the apology when the turn failed: the channel renders either the same way. */
  readonly reply: Reply;
  /** The conversation's turn number; null when the turn failed. */
  readonly turn: number | null;
}

/** A latency as every turn log line writes it: milliseconds to a tenth. */
export function latencyMs(started: number): number {
  return Math.round((performance.now() - started) * 10) / 10;
}

/**
 * The per-turn glue every platform channel shares, in one place: it runs the turn (runChannelTurn), writes the
 * one `turn` log line (hashed conversation, the input's kind, never its text, `latencyMs`), classifies a failure
 * (a session store that cannot answer or a conflict is transient: a warning; anything else an error) and turns
 * it into an apology the user can answer by simply trying again. It never throws: channels only translate the
 * platform's request into a TurnInput and the reply into the platform's answer.
 */
export class ChannelTurnRunner {
  constructor(private readonly deps: ChannelTurnRunnerDeps) {}

  async run(request: ChannelTurnRequest): Promise<ChannelTurnReply> {
    const { channel, turns, logger } = this.deps;
    const { conversationId, input } = request;
    const started = performance.now();
    const fields = {
      channel,
      conversation: hashId(conversationId),
      input: input.kind,
      ...request.logFields,
    };
    try {
      const result = await runChannelTurn(turns, channel, conversationId, input);
      if (result.discardedUnreadableState) logger.warn('unreadable session replaced', fields);
      logger.info('turn', {
        ...fields,
        turn: result.turn,
        act: result.reply.act,
        outcome: 'ok',
        latencyMs: latencyMs(started),
      });
      return { reply: result.reply, turn: result.turn };
    } catch (error) {
      const outcome = failureOutcome(error);
      const transient = outcome === 'store_unavailable' || outcome === 'conflict';
      logger[transient ? 'warn' : 'error']('turn failed: apologising', {
        ...fields,
        outcome,
        latencyMs: latencyMs(started),
        err: error,
      });
      return { reply: this.apology(request.locale), turn: null };
    }
  }

  /** The apology as a reply: one message, said again when the user is silent, the conversation kept open. */
  apology(locale: Locale): Reply {
    const key = this.deps.modality === 'voice' ? 'voice.unavailable' : 'channel.unavailable';
    const message: Message = this.deps.renderer.message(locale, key);
    return {
      messages: [message],
      reprompt: message,
      suggestions: [],
      question: null,
      jobs: [],
      matches: [],
      cards: [],
      action: null,
      done: false,
      act: 'apology',
      locale,
    };
  }
}
