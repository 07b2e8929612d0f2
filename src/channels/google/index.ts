export {
  googleRouter,
  googleWebhook,
  GOOGLE_PATH,
  InvalidGoogleRequestError,
  type GoogleRouterDeps,
  type GoogleWebhook,
} from './google-router';
export { createGoogleApp, GOOGLE_CHANNEL, type GoogleAppDeps } from './google-app';
export {
  GOOGLE_HANDLERS,
  GOOGLE_PARAMS,
  GOOGLE_POSTBACK_INTENTS,
  GOOGLE_NO_INPUT_POSTBACK,
} from './google-intents';
export { googleTurnInput, dialogueLocale, type GoogleUserTurn } from './google-turn-input';
export { addGoogleReply, END_CONVERSATION, type GoogleView } from './google-reply';
export { actionsTypeFiles, type ActionsFile } from './actions-types';
