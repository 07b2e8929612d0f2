import { isIPv4 } from 'node:net';
import type { ServiceUrlPolicy } from '../../config';

export type { ServiceUrlPolicy };

/** Whether replies may go to this serviceUrl under the policy the configuration resolved (see ServiceUrlPolicy). */
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
