import { createHash } from 'node:crypto';
import {
  getLocale,
  getRequestType,
  SkillBuilders,
  type ErrorHandler,
  type HandlerInput,
  type RequestHandler,
  type Skill,
} from 'ask-sdk-core';
import type { IntentRequest, Response } from 'ask-sdk-model';
import type { TurnInput } from '../../dialogue/types';
import { hashId, type Logger } from '../../logging';
import { SessionConflictError, SessionStoreUnavailableError } from '../../session';
import { runChannelTurn, type ChannelTurnDeps } from '../shared';
import { alexaApology, alexaResponse, type AlexaView } from './alexa-reply';
import { alexaTurnInput, dialogueLocale } from './alexa-turn-input';

export const ALEXA_CHANNEL = 'alexa';

export interface AlexaSkillDeps extends ChannelTurnDeps {
  readonly logger: Logger;
  readonly view: AlexaView;
  /** null = no skill id check (outside production only). */
  readonly skillId: string | null;
}

/**
 * One conversation per Alexa user and session: Alexa's ids are long and personal, so the key is their digest.
 * A new session (a new 「アレクサ、そうだんを開いて」) is a new conversation.
 */
export function alexaConversationId(userId: string, sessionId: string): string {
  return createHash('sha256').update(userId).update('\n').update(sessionId).digest('hex');
}

/** The skill: LaunchRequest starts, IntentRequest answers, SessionEndedRequest is acknowledged without a turn. */
export function createAlexaSkill(deps: AlexaSkillDeps): Skill {
  const takeTurn = async (input: HandlerInput, turnInput: TurnInput): Promise<Response> => {
    const envelope = input.requestEnvelope;
    const userId = envelope.session?.user?.userId ?? envelope.context.System.user.userId;
    const sessionId = envelope.session?.sessionId ?? userId;
    const conversation = alexaConversationId(userId, sessionId);
    const started = performance.now();
    const result = await runChannelTurn(deps, ALEXA_CHANNEL, conversation, turnInput);
    deps.logger.info('turn', {
      channel: ALEXA_CHANNEL,
      conversation: hashId(conversation),
      request: getRequestType(envelope),
      input: turnInput.kind,
      turn: result.turn,
      act: result.reply.act,
      outcome: 'ok',
      turnMs: Math.round((performance.now() - started) * 10) / 10,
    });
    const locale = dialogueLocale(getLocale(envelope));
    return alexaResponse(input.responseBuilder, result.reply, locale, deps.view);
  };

  const launch: RequestHandler = {
    canHandle: (input) => getRequestType(input.requestEnvelope) === 'LaunchRequest',
    handle: (input) =>
      takeTurn(input, { kind: 'start', locale: dialogueLocale(getLocale(input.requestEnvelope)) }),
  };
  const intent: RequestHandler = {
    canHandle: (input) => getRequestType(input.requestEnvelope) === 'IntentRequest',
    handle: (input) => {
      const locale = dialogueLocale(getLocale(input.requestEnvelope));
      return takeTurn(input, alexaTurnInput(input.requestEnvelope.request as IntentRequest, locale));
    },
  };
  // Session ended (silence after the reprompt, "stop" mid-sentence, an error on the device): nothing to say.
  // Other request types (System.ExceptionEncountered, …) are acknowledged the same way.
  const other: RequestHandler = {
    canHandle: () => true,
    handle: (input) => input.responseBuilder.getResponse(),
  };
  const failed: ErrorHandler = {
    canHandle: () => true,
    handle: (input, error) => {
      const transient =
        error instanceof SessionStoreUnavailableError || error instanceof SessionConflictError;
      const fields = { channel: ALEXA_CHANNEL, err: error };
      if (transient) deps.logger.warn('alexa turn failed', fields);
      else deps.logger.error('alexa turn failed', fields);
      const locale = dialogueLocale(safeLocale(input));
      return alexaApology(input.responseBuilder, locale, deps.view);
    },
  };

  const builder = SkillBuilders.custom().addRequestHandlers(launch, intent, other).addErrorHandlers(failed);
  if (deps.skillId !== null) builder.withSkillId(deps.skillId);
  return builder.create();
}

function safeLocale(input: HandlerInput): string | undefined {
  try {
    return getLocale(input.requestEnvelope);
  } catch {
    return undefined;
  }
}
