import type { RequestEnvelope } from 'ask-sdk-model';
import { SoudanError } from '../../errors';

/** The body is not an Alexa request envelope the skill can take, or it is for another skill. */
export class InvalidAlexaRequestError extends SoudanError {
  readonly code = 'invalid_request';
}

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * Checks what the skill reads from an envelope before the SDK sees it, so a malformed body is a 400, not a
 * crash: a request with a type, and the application and user ids in context.System. Returns the parsed envelope.
 */
export function checkAlexaEnvelope(raw: unknown, skillId: string | null): RequestEnvelope {
  if (typeof raw !== 'string' || raw === '') throw new InvalidAlexaRequestError('The body is empty');
  let body: unknown;
  try {
    body = JSON.parse(raw);
  } catch {
    throw new InvalidAlexaRequestError('The body is not valid JSON');
  }
  if (!isRecord(body) || !isRecord(body.request) || typeof body.request.type !== 'string') {
    throw new InvalidAlexaRequestError('The body is not an Alexa request envelope');
  }
  const system = isRecord(body.context) ? body.context.System : undefined;
  if (
    !isRecord(system) ||
    !isRecord(system.application) ||
    typeof system.application.applicationId !== 'string' ||
    !isRecord(system.user) ||
    typeof system.user.userId !== 'string'
  ) {
    throw new InvalidAlexaRequestError('The envelope has no context.System application and user');
  }
  if (body.session !== undefined) {
    const session = body.session;
    if (
      !isRecord(session) ||
      typeof session.sessionId !== 'string' ||
      !isRecord(session.user) ||
      typeof session.user.userId !== 'string'
    ) {
      throw new InvalidAlexaRequestError('The envelope has a malformed session');
    }
  }
  if (body.request.type === 'IntentRequest' && !isRecord(body.request.intent)) {
    throw new InvalidAlexaRequestError('An IntentRequest needs an intent');
  }
  if (skillId !== null && system.application.applicationId !== skillId) {
    throw new InvalidAlexaRequestError('The request is for another skill');
  }
  return body as unknown as RequestEnvelope;
}
