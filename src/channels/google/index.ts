export { googleRouter, googleWebhook, GOOGLE_PATH, type GoogleWebhook } from './google-router';
export { createGoogleApp } from './google-app';
export { GOOGLE_HANDLERS, GOOGLE_PARAMS, GOOGLE_POSTBACK_INTENTS } from './google-intents';
export { actionsTypeFiles } from './actions-types';
