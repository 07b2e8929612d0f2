import { once } from 'node:events';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { ConfigurationBotFrameworkAuthenticationOptions } from 'botbuilder';
import { AlexaRequestVerifier } from '../channels/alexa/verify';
import { ConfigError, type Config } from '../config';
import type { Logger } from '../logging';
import type { QaTrust } from './qa-trust';

/** What the platform channels take instead of the platforms' keys in a QA environment. */
export interface QaTrustedChannels {
  readonly alexaVerifier: AlexaRequestVerifier;
  /** Google's ID token certificates by kid, for the Actions SDK's OAuth2 client. */
  readonly googleCertificates: Readonly<Record<string, string>>;
  /** botbuilder's endpoint settings, pointing at a loopback server publishing the lab's OpenID metadata. */
  readonly teamsAuth: ConfigurationBotFrameworkAuthenticationOptions;
  close(): Promise<void>;
}

/**
 * Makes the channels verify requests against a QA lab: Alexa's verifier trusts only the lab's root and knows its
 * chain (nothing is downloaded), Google's client only the lab's key, and botbuilder reads the Bot Framework's
 * OpenID metadata and keys from a server on loopback (botbuilder only fetches them by URL) that publishes the
 * lab's. Each channel's own id (skill id, project id, app id) must be set: the lab's tokens are checked against it.
 */
export async function qaTrustedChannels(
  config: Config,
  trust: QaTrust,
  logger: Logger,
): Promise<QaTrustedChannels> {
  const { alexa, google, teams, enabled } = config.channels;
  const missing = [
    enabled.includes('alexa') && alexa.skillId === null ? 'ALEXA_SKILL_ID' : null,
    enabled.includes('google') && google.projectId === null ? 'GOOGLE_PROJECT_ID' : null,
    enabled.includes('teams') && teams.enabled && teams.credentials === null ? 'MICROSOFT_APP_ID' : null,
  ].filter((name): name is string => name !== null);
  if (missing.length > 0) {
    throw new ConfigError(
      missing.map(
        (name) => `${name}: required with QA_TRUST_FILE (the lab's requests are checked against it)`,
      ),
    );
  }
  const server = await publishOpenIdMetadata(trust.teams);
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  logger.warn(
    'QA_TRUST_FILE: Alexa, Google and Teams requests are verified against a QA lab, not the platforms',
    {
      alexaCertChainUrl: trust.alexa.certChainUrl,
      googleKid: trust.google.kid,
      teamsKid: String(trust.teams.jwk.kid),
    },
  );
  return {
    alexaVerifier: new AlexaRequestVerifier({
      roots: [trust.alexa.root],
      pinnedChains: { [new URL(trust.alexa.certChainUrl).href]: trust.alexa.chain },
    }),
    googleCertificates: { [trust.google.kid]: trust.google.publicKey },
    teamsAuth: {
      ToBotFromChannelOpenIdMetadataUrl: `${base}/.well-known/openid-configuration`,
      ToBotFromChannelTokenIssuer: trust.teams.issuer,
      ToBotFromEmulatorOpenIdMetadataUrl: `${base}/.well-known/openid-configuration`,
      // Replies come back in the HTTP body (expectReplies): nothing outbound needs these, and they lead nowhere.
      ToChannelFromBotLoginUrl: `${base}/login`,
      ToChannelFromBotOAuthScope: `${base}/.default`,
      OAuthUrl: `${base}/oauth`,
      CallerId: 'urn:botframework:soudan-qa-lab',
    },
    async close() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

/** The lab's OpenID configuration and key set, on loopback only; it does not keep the process alive. */
async function publishOpenIdMetadata(teams: QaTrust['teams']): Promise<Server> {
  const server = createServer((req, res) => {
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    res.setHeader('Content-Type', 'application/json');
    if (req.url === '/.well-known/openid-configuration') {
      res.end(
        JSON.stringify({
          issuer: teams.issuer,
          jwks_uri: `${base}/keys`,
          id_token_signing_alg_values_supported: ['RS256'],
        }),
      );
    } else if (req.url === '/keys') {
      res.end(JSON.stringify({ keys: [teams.jwk] }));
    } else {
      res.writeHead(404).end('{}');
    }
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  server.unref();
  return server;
}
