import { AlexaVerificationError } from './alexa-verification-error';

const HOST = 's3.amazonaws.com';
const PATH_PREFIX = '/echo.api/';

/**
 * The `SignatureCertChainUrl` header as Amazon's documentation says to check it: normalise first (dot segments,
 * backslashes, percent-encoded dots, case of scheme and host), then require https, host s3.amazonaws.com,
 * port 443 if one is given, and a path that starts with /echo.api/ (case-sensitive). The returned URL is the
 * one to fetch: checking one spelling and fetching another is how the SDK's own check was bypassed
 * (`/echo.api/../any-bucket/…`). Credentials, queries and fragments are refused as no real URL carries them.
 */
export function parseCertChainUrl(raw: string): URL {
  let url: URL;
  try {
    url = new URL(raw);
  } catch (error) {
    throw new AlexaVerificationError('bad_cert_url', 'SignatureCertChainUrl is not a URL', { cause: error });
  }
  const refuse = (why: string): never => {
    throw new AlexaVerificationError('bad_cert_url', `SignatureCertChainUrl ${why}`, {
      context: { url: url.href.slice(0, 300) },
    });
  };
  // WHATWG URL lower-cases the scheme and host and resolves dot segments, so these compare normalised forms.
  if (url.protocol !== 'https:') refuse('is not https');
  if (url.hostname !== HOST) refuse('is not on s3.amazonaws.com');
  // An explicit :443 is dropped by the parser (the scheme's default); any other port stays and is refused.
  if (url.port !== '') refuse('has a port other than 443');
  if (url.username !== '' || url.password !== '') refuse('carries credentials');
  if (url.search !== '' || url.hash !== '') refuse('has a query or fragment');
  if (!url.pathname.startsWith(PATH_PREFIX)) refuse('is outside /echo.api/');
  return url;
}
