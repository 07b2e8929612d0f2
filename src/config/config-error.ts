import { SoudanError } from '../errors';

/** The environment is wrong: one line per bad variable, naming it and what is expected, never its secret value. */
export class ConfigError extends SoudanError {
  readonly problems: readonly string[];

  constructor(problems: readonly string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`, {
      context: { variables: problems.map((p) => p.split(':')[0]) },
    });
    this.problems = Object.freeze([...problems]);
  }
}
