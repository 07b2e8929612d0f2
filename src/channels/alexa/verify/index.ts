export {
  AlexaRequestVerifier,
  type AlexaRequestVerifierOptions,
  type AlexaTimestamped,
} from './alexa-request-verifier';
export { AlexaVerificationError, type AlexaRefusal } from './alexa-verification-error';
export type { CertFetchLimits, CertFetchRoute } from './fetch-cert-chain';
