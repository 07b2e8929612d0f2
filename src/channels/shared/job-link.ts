import type { Listing } from '../../catalog/types';

/** Where a link is shown: the channel, and the origin relative catalogue URLs resolve against. */
export interface JobLinkContext {
  readonly channel: string;
  /** PUBLIC_BASE_URL (or this host in development), without a trailing slash. */
  readonly baseUrl: string;
}

/**
 * The one place every job link is made, on every channel and on the share page: for now the listing's own
 * URL, absolute. Click-through links (a signed redirect that counts the click) plug in here.
 */
export function jobLink(listing: Pick<Listing, 'url'>, context: JobLinkContext): string {
  try {
    return new URL(listing.url, `${context.baseUrl}/`).href;
  } catch {
    return new URL('/', `${context.baseUrl}/`).href;
  }
}
