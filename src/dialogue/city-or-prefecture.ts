import type { DialogueContext } from './context';
import type { Place } from './state';

/** A written prefecture level: 「広島県」「大阪府」「東京都」「北海道」, "Hiroshima Prefecture", "Osaka-fu". */
const NAMES_PREFECTURE_LEVEL = /[都道府県]$|[都道府県]内|prefecture|-?ken$|-?fu$/iu;

/**
 * The city a bare prefecture name also names: 「広島」「奈良」「福岡」「さいたま」「Fukuoka」 are both a prefecture and
 * its capital. Persona conversations written by people who never read the code mean the city by such a bare
 * name far more often than the prefecture (広島 → 広島市 南区, 奈良 → 奈良市, Fukuoka → 福岡市), while a search of
 * the whole prefecture shows jobs an hour away as matches; so the dialogue asks which, with both as buttons.
 * Undefined when the surface names the prefecture level, or when no city shares the name (東京, 北海道).
 */
export function citySharingName(
  ctx: DialogueContext,
  prefecture: string,
  surface: string,
): Place | undefined {
  if (NAMES_PREFECTURE_LEVEL.test(surface.trim())) return undefined;
  const stem = prefecture.replace(/[都道府県]$/u, '');
  const municipalities = ctx.lookup.municipalities.get(prefecture);
  if (!municipalities) return undefined;
  const spoken = surface.trim().replace(/市$/u, '');
  for (const name of municipalities) {
    if (!name.endsWith('市') || name.includes(' ')) continue;
    const cityStem = name.slice(0, -1);
    if (cityStem === stem || cityStem === spoken) return [prefecture, name];
  }
  return undefined;
}

/** The places a 「which one?」 offers are a city and the whole prefecture it shares its name with. */
export function isCityOrPrefecture(places: readonly Place[]): places is readonly [Place, Place] {
  if (places.length !== 2) return false;
  const [city, whole] = places as readonly [Place, Place];
  return city.length === 2 && whole.length === 1 && city[0] === whole[0];
}
