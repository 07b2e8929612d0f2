export { alexaRouter, ALEXA_PATH } from './alexa-router';
export { createAlexaSkill } from './alexa-skill';
export { ALEXA_POSTBACK_INTENTS, ALEXA_SLOT_INTENTS } from './alexa-intents';
export { alexaInteractionModel, ALEXA_MODEL_LOCALES, type AlexaInteractionModel } from './interaction-model';
