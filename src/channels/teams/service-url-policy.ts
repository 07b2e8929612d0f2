import { isIPv4 } from 'node:net';
import type { Config } from '../../config';

/**
 * Where the Teams channel may POST replies (an activity's serviceUrl). In production the Bot Framework token binds
 * the serviceUrl (its `serviceurl` claim must match), so any origin the token vouches for is fine unless
 * TEAMS_ALLOWED_SERVICE_URLS narrows it. Outside production requests may be unauthenticated (emulator mode), so
 * only loopback (the Bot Framework Emulator) and the listed origins are allowed: otherwise anyone could make the
 * service POST to any address it can reach.
 */
export interface ServiceUrlPolicy {
  readonly loopback: boolean;
  /** Allowed origins (`https://host[:port]`); null = any. */
  readonly origins: readonly string[] | null;
}

export function serviceUrlPolicy(config: Config): ServiceUrlPolicy {
  const listed = config.channels.microsoft.allowedServiceUrls;
  if (config.production) return { loopback: false, origins: listed.length > 0 ? listed : null };
  return { loopback: true, origins: listed };
}

export function serviceUrlAllowed(serviceUrl: string, policy: ServiceUrlPolicy): boolean {
  let url: URL;
  try {
    url = new URL(serviceUrl);
  } catch {
    return false;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return false;
  if (policy.origins === null) return true;
  if (policy.loopback && isLoopbackHostname(url.hostname)) return true;
  return policy.origins.includes(url.origin);
}

/** `localhost`, 127.0.0.0/8 or ::1, as WHATWG URL normalises them (so 0x7f.1 and 2130706433 are 127.0.0.1). */
export function isLoopbackHostname(hostname: string): boolean {
  if (hostname === 'localhost' || hostname === '[::1]') return true;
  return isIPv4(hostname) && hostname.startsWith('127.');
}
