export { alexaRouter, ALEXA_PATH, type AlexaRouterDeps, type AlexaRouterOptions } from './alexa-router';
export { ALEXA_CHANNEL, alexaConversationId, createAlexaSkill, type AlexaSkillDeps } from './alexa-skill';
export { ALEXA_POSTBACK_INTENTS, ALEXA_SLOT_INTENTS, ALEXA_SLOT_TYPES } from './alexa-intents';
export { alexaTurnInput, dialogueLocale } from './alexa-turn-input';
export { alexaResponse, type AlexaView } from './alexa-reply';
export {
  alexaInteractionModel,
  ALEXA_MODEL_LOCALES,
  ALEXA_INVOCATION_NAMES,
  type AlexaInteractionModel,
  type AlexaModelLocale,
} from './interaction-model';
export { checkAlexaEnvelope, InvalidAlexaRequestError } from './alexa-envelope';
