import type { Listing } from '../../catalog/types';
import type { Locale } from '../../dialogue/types';
import type { Renderer } from '../../i18n';

/** A listing as one card entry: its title, then wage and area, then its absolute link. */
export interface JobCardEntry {
  readonly title: string;
  readonly details: string;
  readonly url: string;
}

export function jobCardEntry(
  renderer: Renderer,
  locale: Locale,
  listing: Listing,
  baseUrl: string,
): JobCardEntry {
  const parts: string[] = [];
  if (listing.wage) parts.push(renderer.wage(locale, listing.wage).text);
  if (listing.area) {
    parts.push(
      renderer.message(locale, 'area.full', {
        prefecture: listing.area.prefecture,
        municipality: (listing.area.municipality ?? '').replace(/\s+/gu, ''),
      }).text,
    );
  }
  const separator = renderer.message(locale, 'format.detailSeparator').text;
  return { title: listing.title, details: parts.join(separator), url: absoluteUrl(listing.url, baseUrl) };
}

/** Catalogue URLs are absolute; an older relative one is resolved against the public base. */
export function absoluteUrl(url: string, baseUrl: string): string {
  try {
    return new URL(url, `${baseUrl}/`).href;
  } catch {
    return new URL('/', `${baseUrl}/`).href;
  }
}
