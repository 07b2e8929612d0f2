import { SoudanError } from '../../errors';

/** A model artifact that is corrupt, of another format or version, or does not fit the catalogue. */
export class ModelError extends SoudanError {}
