import type { RequestHandler } from 'express';

/**
 * The page loads only its own script, style and JSON: no inline code, no other origin. The API answers with the
 * same headers (a JSON response rendered as a document can then run nothing either).
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "manifest-src 'self'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

/**
 * HSTS for a year. Sent only when the request came over TLS (`req.secure`: the socket, or X-Forwarded-Proto from a
 * proxy TRUST_PROXY trusts), since browsers ignore it over plain HTTP and a laptop's http://localhost must stay
 * usable. No `includeSubDomains`: other hosts under the domain are not this service's to pin.
 */
export const STRICT_TRANSPORT_SECURITY = 'max-age=31536000';

export const securityHeaders: RequestHandler = (req, res, next) => {
  res.set({
    'Content-Security-Policy': CONTENT_SECURITY_POLICY,
    'X-Content-Type-Options': 'nosniff',
    'X-Frame-Options': 'DENY',
    'Referrer-Policy': 'no-referrer',
    'Cross-Origin-Opener-Policy': 'same-origin',
    'Cross-Origin-Resource-Policy': 'same-origin',
    'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=()',
  });
  if (req.secure) res.set('Strict-Transport-Security', STRICT_TRANSPORT_SECURITY);
  next();
};
