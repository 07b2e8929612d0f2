/**
 * Base of every error the project throws on purpose. Each carries a stable name, the cause it wraps and a
 * context object for logs; only the HTTP layer maps them to status codes.
 */
export class SoudanError extends Error {
  readonly context: Readonly<Record<string, unknown>>;

  constructor(message: string, options: { cause?: unknown; context?: Record<string, unknown> } = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = new.target.name;
    this.context = Object.freeze({ ...(options.context ?? {}) });
  }
}
