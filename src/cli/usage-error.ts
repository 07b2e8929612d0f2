import { SoudanError } from '../errors';

/** The command line was wrong: the message says how; exit code 2. */
export class UsageError extends SoudanError {}
