import type { InvokeResponse } from 'botbuilder';
import { SoudanError } from '../../errors';

/** The request's Bot Framework token is missing, malformed, expired or signed by a key we do not trust. */
export class TeamsTokenRejectedError extends SoudanError {}

/**
 * The token could not be checked at all: the Bot Framework's OpenID metadata or signing keys could not be fetched
 * (unreachable, an error status, an unreadable answer, or too slow).
 */
export class TeamsVerificationUnavailableError extends SoudanError {}

/** Outside production, an activity whose serviceUrl (where replies would be POSTed) is not allowed. */
export class TeamsServiceUrlNotAllowedError extends SoudanError {}

/** Anything else that went wrong between the token check and the answer: our fault, never the client's. */
export class TeamsRequestFailedError extends SoudanError {}

/**
 * The Teams webhook's answers for its errors, in the same `{ error: { code, message } }` shape as the rest of the
 * service, with generic words: the SDK's own messages (URLs, socket errors) go to the log only.
 */
export function teamsErrorResponse(error: SoudanError): InvokeResponse {
  const answer = (status: number, code: string, message: string) => ({
    status,
    body: { error: { code, message } },
  });
  if (error instanceof TeamsTokenRejectedError) return answer(401, 'unauthorized', 'Authentication failed');
  if (error instanceof TeamsVerificationUnavailableError) {
    return answer(503, 'verification_unavailable', 'The request cannot be verified right now; retry later');
  }
  if (error instanceof TeamsServiceUrlNotAllowedError) {
    return answer(
      403,
      'service_url_not_allowed',
      'This serviceUrl is not allowed here: outside production replies go only to loopback addresses or to ' +
        'the origins TEAMS_ALLOWED_SERVICE_URLS lists',
    );
  }
  return answer(500, 'internal_error', 'Something went wrong on our side');
}
