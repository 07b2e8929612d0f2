import type { Locale } from './types';
import type { DialogueContext } from './context';
import type { Spoken } from '../i18n/types';
import type { AreaValue, Place } from './state';

export function placeExists(ctx: DialogueContext, place: Place): boolean {
  const municipalities = ctx.lookup.municipalities.get(place[0]);
  if (!municipalities) return false;
  return place[1] === undefined || municipalities.has(place[1]);
}

/** 「東京都渋谷区」 / "Shibuya Ward, Tokyo"; designated-city wards read as one name (「札幌市中央区」). */
export function placeLabel(ctx: DialogueContext, locale: Locale, place: Place): Spoken {
  const prefecture = ctx.lookup.prefectures.get(place[0]);
  const prefectureName = locale === 'en' && prefecture ? prefecture.nameEn : place[0];
  if (place[1] === undefined) {
    return { text: prefectureName, speech: ctx.renderer.speakable(locale, prefectureName) };
  }
  return ctx.renderer.message(locale, 'area.full', {
    prefecture: prefectureName,
    municipality: municipalityName(ctx, locale, place[0], place[1]),
  });
}

/** A municipality as said: "Shibuya Ward" in English, 「札幌市中央区」 (a ward run into its city) in Japanese. */
function municipalityName(
  ctx: DialogueContext,
  locale: Locale,
  prefecture: string,
  municipality: string,
): string {
  const en = locale === 'en' ? ctx.lookup.municipalitiesEn.get(`${prefecture}/${municipality}`) : undefined;
  return en ?? municipality.replace(/\s+/gu, '');
}

/**
 * A place named again in the same reply, without its prefecture: 「京都府京都市下京区ですね！京都市下京区には…」
 * rather than the full name twice. A prefecture is its own short name.
 */
export function shortPlaceLabel(ctx: DialogueContext, locale: Locale, place: Place): Spoken {
  if (place[1] === undefined) return placeLabel(ctx, locale, place);
  const name = municipalityName(ctx, locale, place[0], place[1]);
  return { text: name, speech: ctx.renderer.speakable(locale, name) };
}

/** The catalogue municipality nearest to a shared location (flat-earth distance is plenty at this scale). */
export function nearestPlace(ctx: DialogueContext, lat: number, lng: number): Place | undefined {
  if (!Number.isFinite(lat) || !Number.isFinite(lng)) return undefined;
  const scale = Math.cos((lat * Math.PI) / 180);
  let best: Place | undefined;
  let bestDistance = Infinity;
  for (const prefecture of ctx.catalog.prefectures) {
    for (const m of prefecture.municipalities) {
      const d = (m.lat - lat) ** 2 + ((m.lng - lng) * scale) ** 2;
      if (d < bestDistance) {
        bestDistance = d;
        best = [prefecture.name, m.name];
      }
    }
  }
  return best;
}

/** Whether the area still has a listing the user has not rejected. */
export function hasOpenListings(
  ctx: DialogueContext,
  area: AreaValue,
  rejected: ReadonlySet<string>,
  ofTypes: ReadonlySet<string> = new Set(),
): boolean {
  const ic = ctx.engine.catalog;
  const fits = (l: { id: string; jobTypeIds: readonly string[] }) =>
    !rejected.has(l.id) && (ofTypes.size === 0 || l.jobTypeIds.some((t) => ofTypes.has(t)));
  if (area === null || area === '*') return ic.listings.some(fits);
  for (const l of ic.listingsInArea(area[0], area[1])) if (fits(ic.listings[l]!)) return true;
  return false;
}
