import { CloudAdapter, type Activity, type InvokeResponse, type TurnContext } from 'botbuilder';
import type { Logger } from '../../logging';
import {
  TeamsRequestFailedError,
  TeamsTokenRejectedError,
  TeamsVerificationUnavailableError,
  teamsErrorResponse,
} from './teams-errors';

/** What botbuilder's token check hands on (its type lives in botframework-connector, not a direct dependency). */
type AuthenticateRequestResult = Exclude<Parameters<CloudAdapter['processActivityDirect']>[0], string>;

/** How long the token check may take, key download included, before the request is answered 503. */
const DEFAULT_AUTH_TIMEOUT_MS = 5000;

/** Errors the JWT library and botbuilder throw for a token that does not verify. */
const TOKEN_ERRORS = new Set(['JsonWebTokenError', 'NotBeforeError', 'TokenExpiredError']);

/**
 * Whether an error from the token check is about the token (401) rather than about fetching the keys to check it
 * with (503). botbuilder's AuthenticationError carries a status: 401/403 for a bad token, 500 when the OpenID
 * metadata or keys answered with an error; network failures are node-fetch errors without one.
 */
function isTokenRejection(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  if (TOKEN_ERRORS.has(error.name)) return true;
  const status = (error as { statusCode?: unknown }).statusCode;
  return typeof status === 'number' && status >= 400 && status < 500;
}

/**
 * CloudAdapter that checks the token itself, bounded in time, and answers every failure in the service's error
 * shape: 401 for a token that does not verify, 503 when the Bot Framework's keys cannot be fetched (botbuilder
 * answered 500 with the socket error's text, or 401 with "Failed to load openID config"), 500 with generic words
 * for anything after that. The detail goes to the log. Everything else is CloudAdapter's.
 */
export class CheckedCloudAdapter extends CloudAdapter {
  logger: Logger | null = null;
  /** Called once per refused token (for the signature-failure metric). */
  onAuthFailure: (() => void) | null = null;
  authTimeoutMs = DEFAULT_AUTH_TIMEOUT_MS;

  protected override async processActivity(
    auth: string | AuthenticateRequestResult,
    activity: Activity,
    logic: (context: TurnContext) => Promise<void>,
  ): Promise<InvokeResponse | undefined> {
    let authenticated: AuthenticateRequestResult;
    if (typeof auth === 'string') {
      try {
        authenticated = await this.authenticate(activity, auth);
      } catch (error) {
        return this.refuse(error, auth);
      }
    } else {
      authenticated = auth;
    }
    try {
      return await super.processActivity(authenticated, activity, logic);
    } catch (error) {
      const failed = new TeamsRequestFailedError('Teams activity failed after authentication', {
        cause: error,
        context: { type: activity.type },
      });
      this.logger?.error('teams request failed', { err: failed });
      return teamsErrorResponse(failed);
    }
  }

  /** botbuilder's own check (token, keys, issuer, audience, serviceUrl claim), raced against the time limit. */
  private async authenticate(activity: Activity, authHeader: string): Promise<AuthenticateRequestResult> {
    let timer: NodeJS.Timeout | undefined;
    const limit = this.authTimeoutMs;
    const timeout = new Promise<never>((_resolve, reject) => {
      timer = setTimeout(
        () => reject(new Error(`token check did not finish within ${limit} ms (key download too slow?)`)),
        limit,
      );
    });
    try {
      return await Promise.race([
        this.botFrameworkAuthentication.authenticateRequest(activity, authHeader),
        timeout,
      ]);
    } finally {
      clearTimeout(timer);
    }
  }

  private refuse(error: unknown, authHeader: string): InvokeResponse {
    const bearerPresent = authHeader.trim() !== '';
    if (isTokenRejection(error)) {
      this.onAuthFailure?.();
      const rejected = new TeamsTokenRejectedError('Bot Framework token rejected', {
        cause: error,
        context: { reason: (error as Error).name, bearerPresent },
      });
      this.logger?.warn('teams request refused: authentication failed', {
        reason: (error as Error).name,
        bearerPresent,
      });
      return teamsErrorResponse(rejected);
    }
    const unavailable = new TeamsVerificationUnavailableError('Bot Framework token could not be checked', {
      cause: error,
      context: { bearerPresent },
    });
    this.logger?.error('teams request refused: verification unavailable', { err: unavailable });
    return teamsErrorResponse(unavailable);
  }
}
