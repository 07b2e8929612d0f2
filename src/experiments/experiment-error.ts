import { SoudanError } from '../errors';

/** The experiments file cannot be read or does not validate: the service does not start (or keeps the last good one). */
export class ExperimentConfigError extends SoudanError {}

/** A redirect token that is malformed, tampered with, expired or names a job the catalogue does not have. */
export class RedirectTokenError extends SoudanError {
  constructor(
    readonly reason: RedirectRefusal,
    message: string,
  ) {
    super(message, { context: { reason } });
  }
}

export type RedirectRefusal = 'malformed' | 'signature' | 'expired' | 'unknown_job';

/** A conversion report that is unsigned, wrongly signed, outside the replay window or malformed. */
export class ConversionRefusedError extends SoudanError {
  constructor(
    readonly reason: ConversionRefusal,
    message: string,
  ) {
    super(message, { context: { reason } });
  }
}

export type ConversionRefusal = 'unsigned' | 'signature' | 'stale' | 'future' | 'malformed';
