import { ConfigError, loadConfig } from '../../config';
import { authorizeTurn, webAccessSettings, type WebAccess } from './conversation-access';
import { ConversationTokens } from './conversation-tokens';
import {
  ConversationTokenRequiredError,
  InvalidConversationTokenError,
  InvalidQaTokenError,
} from './web-errors';

const QA = 'qa-token-of-thirty-two-characters-or-more';
const tokens = new ConversationTokens(['conversation-secret-of-enough-length-0123456789']);
const access: WebAccess = { tokens, qaToken: QA, perProcessSecret: false };
const none = { conversationId: null, conversationToken: null };

describe('authorizeTurn', () => {
  it('issues a new conversation when none is named, with or without the QA token', () => {
    const issued = authorizeTurn(access, none, undefined);
    expect(issued.access).toBe('issued');
    expect(tokens.verify(issued.conversationId, issued.conversationToken)).toBe(true);
    expect(authorizeTurn(access, none, `Bearer ${QA}`).access).toBe('issued');
  });

  it('lets a named conversation in with its token only', () => {
    const id = tokens.issueId();
    expect(
      authorizeTurn(access, { conversationId: id, conversationToken: tokens.tokenFor(id) }, undefined),
    ).toEqual({ conversationId: id, conversationToken: tokens.tokenFor(id), access: 'token' });
    expect(() => authorizeTurn(access, { conversationId: id, conversationToken: null }, undefined)).toThrow(
      ConversationTokenRequiredError,
    );
    const other = tokens.tokenFor(tokens.issueId());
    expect(() => authorizeTurn(access, { conversationId: id, conversationToken: other }, undefined)).toThrow(
      InvalidConversationTokenError,
    );
  });

  it('takes a chosen id with the QA bearer token, in any letter case of the scheme', () => {
    for (const header of [`Bearer ${QA}`, `bearer ${QA}`, `BEARER   ${QA}  `]) {
      expect(authorizeTurn(access, { conversationId: 'qa-001', conversationToken: null }, header)).toEqual({
        conversationId: 'qa-001',
        conversationToken: tokens.tokenFor('qa-001'),
        access: 'qa',
      });
    }
  });

  it('refuses any other bearer token, and every one when no QA token is set; ignores other schemes', () => {
    const chosen = { conversationId: 'qa-001', conversationToken: null };
    for (const header of [`Bearer ${QA}x`, 'Bearer', `Bearer ${QA.toUpperCase()}`]) {
      expect(() => authorizeTurn(access, chosen, header)).toThrow(InvalidQaTokenError);
    }
    expect(() => authorizeTurn({ ...access, qaToken: null }, chosen, `Bearer ${QA}`)).toThrow(
      InvalidQaTokenError,
    );
    expect(() => authorizeTurn({ ...access, qaToken: null }, none, 'Bearer anything')).toThrow(
      InvalidQaTokenError,
    );
    expect(() => authorizeTurn(access, chosen, 'Basic dXNlcjpwYXNz')).toThrow(ConversationTokenRequiredError);
    expect(() => authorizeTurn(access, chosen, `Bearer${QA}`)).toThrow(ConversationTokenRequiredError);
  });
});

describe('webAccessSettings', () => {
  it('says when the secret is made up (production without one is refused by loadConfig)', () => {
    expect(() => loadConfig({ NODE_ENV: 'production', CHANNELS: 'none' })).toThrow(ConfigError);
    expect(() => loadConfig({ NODE_ENV: 'production', CHANNELS: 'none' })).toThrow(
      /WEB_CONVERSATION_SECRET: required in production/,
    );
    expect(webAccessSettings(loadConfig({}).web)).toMatchObject({
      qaToken: null,
      perProcessSecret: true,
    });
  });
});
