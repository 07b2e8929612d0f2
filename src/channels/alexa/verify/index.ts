export { AlexaRequestVerifier } from './alexa-request-verifier';
export { AlexaVerificationError } from './alexa-verification-error';
