import { CloudAdapter, type Activity, type InvokeResponse, type TurnContext } from 'botbuilder';
import type { Logger } from '../../logging';

/** Errors botbuilder lets through from a token check (4.23.3 rethrows a bad signature as is: a 500 otherwise). */
const TOKEN_ERRORS = new Set([
  'AuthenticationError',
  'JsonWebTokenError',
  'NotBeforeError',
  'TokenExpiredError',
]);

function isAuthFailure(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  const status = (error as { statusCode?: unknown }).statusCode;
  return TOKEN_ERRORS.has(error.name) || status === 401 || status === 403;
}

/**
 * CloudAdapter that answers every failed token check with 401 (and one log line of ours), instead of the 500
 * botbuilder gives a token signed with an unknown key. Everything else is CloudAdapter's.
 */
export class CheckedCloudAdapter extends CloudAdapter {
  logger: Logger | null = null;
  /** Called once per refused token (for the signature-failure metric). */
  onAuthFailure: (() => void) | null = null;

  protected override async processActivity(
    auth: string | Parameters<CloudAdapter['processActivityDirect']>[0],
    activity: Activity,
    logic: (context: TurnContext) => Promise<void>,
  ): Promise<InvokeResponse | undefined> {
    try {
      return await super.processActivity(auth as string, activity, logic);
    } catch (error) {
      if (!isAuthFailure(error)) throw error;
      this.onAuthFailure?.();
      this.logger?.warn('teams request refused: authentication failed', {
        reason: (error as Error).name,
        hasToken: typeof auth === 'string' && auth.trim() !== '',
      });
      return { status: 401, body: { error: { code: 'unauthorized', message: 'Authentication failed' } } };
    }
  }
}
