import { SoudanError } from '../errors';

/** The inputs of the sample generator do not fit together (unknown prefecture, empty catalogue, bad option). */
export class SampleDataError extends SoudanError {
  constructor(message: string, options: { cause?: unknown; context?: Record<string, unknown> } = {}) {
    super(message, options);
  }
}
