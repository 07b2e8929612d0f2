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
import type { Logger } from '../../logging';
import { ChannelTurnRunner, type ChannelTurnDeps } from '../shared';
import { alexaResponse, type AlexaView } from './alexa-reply';
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
function alexaConversationId(userId: string, sessionId: string): string {
  return createHash('sha256').update(userId).update('\n').update(sessionId).digest('hex');
}

/** The skill: LaunchRequest starts, IntentRequest answers, SessionEndedRequest is acknowledged without a turn. */
export function createAlexaSkill(deps: AlexaSkillDeps): Skill {
  const { logger, view } = deps;
  const runner = new ChannelTurnRunner({
    channel: ALEXA_CHANNEL,
    modality: 'voice',
    turns: deps,
    logger,
    renderer: view.renderer,
  });
  const takeTurn = async (input: HandlerInput, turnInput: TurnInput): Promise<Response> => {
    const envelope = input.requestEnvelope;
    const userId = envelope.session?.user?.userId ?? envelope.context.System.user.userId;
    const sessionId = envelope.session?.sessionId ?? userId;
    const locale = dialogueLocale(getLocale(envelope));
    const { reply } = await runner.run({
      conversationId: alexaConversationId(userId, sessionId),
      input: turnInput,
      locale,
      logFields: { request: getRequestType(envelope) },
    });
    return alexaResponse(input.responseBuilder, reply, locale, view);
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
  // The runner never throws: this is for the SDK's own failures around it (an envelope it cannot read).
  const failed: ErrorHandler = {
    canHandle: () => true,
    handle: (input, error) => {
      logger.error('alexa request failed', { channel: ALEXA_CHANNEL, err: error });
      const locale = dialogueLocale(safeLocale(input));
      return alexaResponse(input.responseBuilder, runner.apology(locale), locale, view);
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
