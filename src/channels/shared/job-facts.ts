import type { Condition, Listing } from '../../catalog/types';
import type { JobMatch, Locale } from '../../dialogue/types';
import type { Renderer } from '../../i18n';

/** How many of a job's conditions a card names. */
export const CARD_CONDITIONS = 3;

/** What a job card shows besides the title, each line already worded by the locales. */
export interface JobFacts {
  /** Set when the job differs from what the user stated (a related job). */
  readonly related: string | null;
  readonly wage: string | null;
  readonly area: string | null;
  readonly conditions: string | null;
  readonly url: string;
}

export function jobFacts(
  listing: Listing,
  locale: Locale,
  renderer: Renderer,
  conditions: ReadonlyMap<string, Condition>,
  publicBaseUrl: string,
  match: JobMatch,
): JobFacts {
  const area = listing.area;
  const names = listing.conditionIds
    .flatMap(
      (id) => (locale === 'en' ? conditions.get(id)?.nameEn : undefined) ?? conditions.get(id)?.name ?? [],
    )
    .slice(0, CARD_CONDITIONS);
  return {
    related: match === 'related' ? renderer.label(locale, 'channel.related') : null,
    wage: listing.wage ? renderer.wage(locale, listing.wage).text : null,
    area: area
      ? area.municipality
        ? renderer.message(locale, 'area.full', {
            prefecture: area.prefecture,
            // Designated-city wards come as 「札幌市 中央区」 and read as one name.
            municipality: area.municipality.replace(/\s+/gu, ''),
          }).text
        : area.prefecture
      : null,
    conditions: names.length > 0 ? renderer.list(locale, names).text : null,
    url: absoluteUrl(listing.url, publicBaseUrl),
  };
}

/** Catalogue URLs are absolute; an older relative one resolves against the public base. */
export function absoluteUrl(url: string, baseUrl: string): string {
  try {
    return new URL(url, `${baseUrl}/`).href;
  } catch {
    return new URL('/', `${baseUrl}/`).href;
  }
}
