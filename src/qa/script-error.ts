import { SoudanError } from '../errors';

/** A script that cannot be read: the message names the file and, where known, the step and field. */
export class ScriptError extends SoudanError {}
