import { createPrivateKey, generateKeyPairSync, sign, type KeyObject } from 'node:crypto';
import { once } from 'node:events';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { ConfigurationBotFrameworkAuthenticationOptions } from 'botbuilder';

const ISSUER = 'https://api.botframework.test';

/**
 * A local stand-in for the Bot Framework's OpenID metadata and signing keys, and RS256 tokens signed like the
 * Bot Connector's (iss, aud = app id, serviceurl). Keys carry `endorsements: ['msteams']` as the real ones do.
 */
export class OpenIdServer {
  private server: Server | null = null;
  private readonly privateKey: KeyObject;
  private readonly jwk: Record<string, unknown>;
  readonly kid = 'test-key-1';
  url = '';

  constructor() {
    const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
    this.privateKey = privateKey;
    this.jwk = {
      ...publicKey.export({ format: 'jwk' }),
      kid: this.kid,
      use: 'sig',
      endorsements: ['msteams'],
    };
  }

  async start(): Promise<this> {
    this.server = createServer((req, res) => {
      res.setHeader('Content-Type', 'application/json');
      if (req.url === '/.well-known/openid-configuration') {
        res.end(
          JSON.stringify({
            issuer: ISSUER,
            jwks_uri: `${this.url}/keys`,
            id_token_signing_alg_values_supported: ['RS256'],
          }),
        );
      } else if (req.url === '/keys') {
        res.end(JSON.stringify({ keys: [this.jwk] }));
      } else {
        res.statusCode = 404;
        res.end('{}');
      }
    });
    this.server.listen(0, '127.0.0.1');
    await once(this.server, 'listening');
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
    return this;
  }

  /** All seven endpoint overrides, so nothing reaches Microsoft. */
  overrides(): ConfigurationBotFrameworkAuthenticationOptions {
    return {
      ToBotFromChannelOpenIdMetadataUrl: `${this.url}/.well-known/openid-configuration`,
      ToBotFromChannelTokenIssuer: ISSUER,
      ToChannelFromBotLoginUrl: `${this.url}/login`,
      ToChannelFromBotOAuthScope: `${this.url}/.default`,
      OAuthUrl: `${this.url}/oauth`,
      ToBotFromEmulatorOpenIdMetadataUrl: `${this.url}/.well-known/openid-configuration`,
      CallerId: 'urn:botframework:test',
    };
  }

  /** A signed token; `key` signs with another key (a forgery), `expiresIn` in seconds may be negative. */
  token(claims: { aud: string; serviceurl: string; expiresIn?: number; key?: KeyObject }): string {
    const now = Math.floor(Date.now() / 1000);
    const header = { alg: 'RS256', typ: 'JWT', kid: this.kid };
    const exp = now + (claims.expiresIn ?? 600);
    const payload = {
      iss: ISSUER,
      aud: claims.aud,
      serviceurl: claims.serviceurl,
      nbf: Math.min(now, exp) - 600,
      iat: Math.min(now, exp) - 600,
      exp,
    };
    const encode = (part: object) => Buffer.from(JSON.stringify(part)).toString('base64url');
    const input = `${encode(header)}.${encode(payload)}`;
    const signature = sign('RSA-SHA256', Buffer.from(input), claims.key ?? this.privateKey).toString(
      'base64url',
    );
    return `${input}.${signature}`;
  }

  static otherKey(): KeyObject {
    const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
    return createPrivateKey(privateKey.export({ format: 'pem', type: 'pkcs8' }));
  }

  async stop(): Promise<void> {
    const server = this.server;
    if (server === null) return;
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }
}
