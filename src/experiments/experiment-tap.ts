import type { DialoguePort, TapSession, TappedTurn, TurnTap } from '../channels/shared';
import { hashId } from '../logging';
import { assign, type Assignment } from './assign';
import { activeExperiment, HOLDOUT, type ExperimentsConfig } from './experiment-config';
import { deriveTurnEvents, type EventStamp } from './derive-events';
import type { EventSink } from './events';

/** The key a variant's dialogue is filed under in DialoguePort.variants. */
export const variantKey = (experiment: string, variant: string): string => `${experiment}/${variant}`;

export interface Arms {
  /** The arm a user key is in now; null outside every experiment. */
  armOf(key: string): Assignment | null;
}

/** Assignment at the current time: the experiment running now, the user key's arm in it. */
export function experimentArms(config: ExperimentsConfig, nowMs: () => number): Arms {
  return {
    armOf: (key) => {
      const experiment = activeExperiment(config, nowMs());
      return experiment === undefined ? null : assign(experiment, key);
    },
  };
}

/** Who, where and which arm an event or a link names: hashed ids only. */
export function stampFor(channel: string, key: string, arm: Assignment | null, at: Date): EventStamp {
  const id = hashId(`${channel}:${key}`);
  return {
    at: at.toISOString(),
    user: id,
    conversation: id,
    channel,
    experiment: arm?.experiment ?? null,
    variant: arm === null ? null : arm.forced ? `${arm.variant}:forced` : arm.variant,
  };
}

/**
 * The turn tap experiments plug into every channel: a conversation runs on its arm's dialogue (the holdout and
 * arms without settings on the channel's own), and each completed turn's events go to the sink. The user key is
 * the channel's conversation id: a LINE, Teams or Alexa user id, or the web conversation.
 */
export function experimentTap(
  arms: Arms,
  sink: EventSink,
  onError: (error: unknown) => void,
  now: () => Date = () => new Date(),
): TurnTap {
  return {
    open: (channel, conversationId): TapSession => {
      const arm = arms.armOf(conversationId);
      return {
        dialogue: (base: DialoguePort) =>
          arm === null || arm.variant === HOLDOUT
            ? base
            : (base.variants?.get(variantKey(arm.experiment, arm.variant)) ?? base),
        finished: (turn: TappedTurn) => {
          for (const event of deriveTurnEvents(turn, stampFor(channel, conversationId, arm, now())))
            sink.write(event);
        },
      };
    },
  };
}
