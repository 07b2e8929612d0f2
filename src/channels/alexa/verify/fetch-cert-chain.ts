import type { IncomingMessage } from 'node:http';
import { request } from 'node:https';
import { AlexaVerificationError } from './alexa-verification-error';

export interface CertFetchLimits {
  /** Amazon's chain is about 5 KB; anything much larger is not a certificate chain. */
  readonly maxBytes: number;
  /** For the whole download, connect to last byte: Alexa gives up on the skill after 8 s anyway. */
  readonly timeoutMs: number;
}

export const DEFAULT_CERT_FETCH_LIMITS: CertFetchLimits = { maxBytes: 64 * 1024, timeoutMs: 3000 };

/**
 * Where to connect instead of the URL's host, keeping the URL's host name for TLS and Host: tests point it
 * at a local stand-in for S3 with their own CA. Production leaves it out.
 */
export interface CertFetchRoute {
  readonly hostname: string;
  readonly port: number;
  readonly ca: string;
}

/**
 * Downloads a certificate chain with a size cap and a deadline. The SDK read the whole body into one string
 * with neither, so one request naming a large object ended the process (`Invalid string length`).
 */
export function fetchCertChain(
  url: URL,
  limits: CertFetchLimits = DEFAULT_CERT_FETCH_LIMITS,
  route?: CertFetchRoute,
): Promise<string> {
  return new Promise((resolve, reject) => {
    const fail = (message: string, cause?: unknown): void => {
      reject(
        new AlexaVerificationError('cert_fetch_failed', message, {
          cause,
          context: { url: url.href.slice(0, 300) },
        }),
      );
    };
    // One options object, never request(url, options, cb): libraries that patch https.request (nock, which a
    // dev dependency loads) mishandle that form, and a throw here would be a 500 instead of a refusal.
    const target = {
      protocol: 'https:',
      hostname: url.hostname,
      port: 443,
      path: url.pathname,
      method: 'GET',
      agent: false as const,
    };
    const options =
      route === undefined
        ? target
        : {
            ...target,
            hostname: route.hostname,
            port: route.port,
            ca: route.ca,
            servername: url.hostname,
            headers: { host: url.host },
          };
    let req: ReturnType<typeof request>;
    try {
      req = request(options, onResponse);
    } catch (error) {
      fail('certificate chain could not be requested', error);
      return;
    }
    function onResponse(res: IncomingMessage): void {
      if (res.statusCode !== 200) {
        res.resume();
        req.destroy();
        fail(`certificate chain answered ${String(res.statusCode)}`);
        return;
      }
      const declared = Number(res.headers['content-length']);
      if (Number.isFinite(declared) && declared > limits.maxBytes) {
        req.destroy();
        fail('certificate chain is larger than allowed');
        return;
      }
      const chunks: Buffer[] = [];
      let size = 0;
      res.on('data', (chunk: Buffer) => {
        size += chunk.length;
        if (size > limits.maxBytes) {
          req.destroy();
          fail('certificate chain is larger than allowed');
          return;
        }
        chunks.push(chunk);
      });
      res.on('end', () => {
        clearTimeout(deadline);
        resolve(Buffer.concat(chunks).toString('utf8'));
      });
      res.on('error', (error) => fail('certificate chain download broke off', error));
    }
    const deadline = setTimeout(() => {
      req.destroy();
      fail('certificate chain download timed out');
    }, limits.timeoutMs);
    deadline.unref();
    req.on('error', (error) => {
      clearTimeout(deadline);
      fail('certificate chain could not be downloaded', error);
    });
    req.on('close', () => clearTimeout(deadline));
    req.end();
  });
}
