import { SoudanError } from '../errors';

/** A locale file is missing, unreadable, or lacks keys the code uses: the service must not start with it. */
export class LocaleError extends SoudanError {}
