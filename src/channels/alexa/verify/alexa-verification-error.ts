import { SoudanError } from '../../../errors';

/** Why a request was refused; logged, never sent to the caller (the reply says only that it was refused). */
export type AlexaRefusal =
  | 'missing_headers'
  | 'bad_cert_url'
  | 'cert_fetch_failed'
  | 'cert_fetch_busy'
  | 'bad_cert_chain'
  | 'bad_signature'
  | 'stale_timestamp';

/** An Alexa request that failed Amazon's checks (certificate URL, chain, signature or timestamp). */
export class AlexaVerificationError extends SoudanError {
  readonly refusal: AlexaRefusal;

  constructor(
    refusal: AlexaRefusal,
    message: string,
    options: { cause?: unknown; context?: Record<string, unknown> } = {},
  ) {
    super(message, { ...options, context: { refusal, ...options.context } });
    this.refusal = refusal;
  }
}
