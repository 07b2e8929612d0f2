import { SoudanError } from '../errors';

/** A dialogue context built from inconsistent parts (no engine, a budget of zero): a start-up mistake. */
export class DialogueConfigError extends SoudanError {}
