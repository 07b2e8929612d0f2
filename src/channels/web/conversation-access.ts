import { createHash, timingSafeEqual } from 'node:crypto';
import type { Config } from '../../config';
import { ConversationTokens } from './conversation-tokens';
import {
  ConversationTokenRequiredError,
  InvalidConversationTokenError,
  InvalidQaTokenError,
} from './web-errors';

/** How a turn was let in: a new id issued, the conversation's token, or the QA token with a chosen id. */
export type AccessKind = 'issued' | 'token' | 'qa';

export interface WebAccess {
  readonly tokens: ConversationTokens;
  /** WEB_QA_TOKEN, or null: then no client may choose its conversation id. */
  readonly qaToken: string | null;
  /** The secret was made up for this process: tokens stop working when it restarts. */
  readonly perProcessSecret: boolean;
}

/** The web channel's access from its own settings (loadConfig refuses production without a secret). */
export function webAccessSettings(web: Config['web']): WebAccess {
  const { conversationSecrets, conversationSecretPerProcess, qaToken } = web;
  return {
    tokens: new ConversationTokens(conversationSecrets),
    qaToken,
    perProcessSecret: conversationSecretPerProcess,
  };
}

export interface TurnAccess {
  readonly conversationId: string;
  /** The token the answer carries: the one to send with the next turn. */
  readonly conversationToken: string;
  readonly access: AccessKind;
}

/**
 * Who may take this turn. Without a conversationId the service issues a new one. With one, the request must
 * carry its conversationToken, or `Authorization: Bearer <WEB_QA_TOKEN>` (QA scripts, which name their own ids).
 * A bearer token that is not the QA token is refused outright (401), so a script with a typo hears about it;
 * other Authorization schemes (a proxy's Basic auth) are not ours and are ignored.
 */
export function authorizeTurn(
  access: WebAccess,
  request: { readonly conversationId: string | null; readonly conversationToken: string | null },
  authorization: string | undefined,
): TurnAccess {
  const bearer = bearerToken(authorization);
  if (bearer !== null && !matchesQaToken(access.qaToken, bearer)) {
    throw new InvalidQaTokenError(
      access.qaToken === null
        ? 'Bearer tokens are not accepted here (WEB_QA_TOKEN is not set)'
        : 'The bearer token is not the QA token',
    );
  }
  const { conversationId, conversationToken } = request;
  if (conversationId === null) {
    const issued = access.tokens.issueId();
    return { conversationId: issued, conversationToken: access.tokens.tokenFor(issued), access: 'issued' };
  }
  const answer = (kind: AccessKind): TurnAccess => ({
    conversationId,
    conversationToken: access.tokens.tokenFor(conversationId),
    access: kind,
  });
  if (bearer !== null) return answer('qa');
  if (conversationToken === null) {
    throw new ConversationTokenRequiredError(
      'This conversation needs the conversationToken it was issued with; leave out conversationId to start a new one',
    );
  }
  if (!access.tokens.verify(conversationId, conversationToken)) {
    throw new InvalidConversationTokenError(
      'The conversationToken does not belong to this conversation; leave out conversationId to start a new one',
    );
  }
  return answer('token');
}

/** The credentials of `Authorization: Bearer <token>` (scheme in any case), or null for no or another scheme. */
function bearerToken(authorization: string | undefined): string | null {
  const match = /^bearer(?:\s+(.*))?$/i.exec(authorization?.trim() ?? '');
  return match === null ? null : (match[1] ?? '').trim();
}

function matchesQaToken(qaToken: string | null, given: string): boolean {
  if (qaToken === null) return false;
  // Digests first, so the comparison takes the same time whatever the lengths.
  const digest = (text: string) => createHash('sha256').update(text, 'utf8').digest();
  return timingSafeEqual(digest(qaToken), digest(given));
}
