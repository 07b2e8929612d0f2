import type { Place, Prefecture } from '../../catalog/types';
import { municipalityForms, prefectureForms } from '../../nlu/area-forms';

/** One value of the voice models' area type: what the platform resolves a spoken place to. */
export interface AreaSlotValue {
  /** Unique across the type: 「東京都」, 「東京都/府中市」, 「place:梅田」, 「name:府中」. */
  readonly id: string;
  /** The text handed to the dialogue when the value is heard: the parser reads it to exactly this place. */
  readonly value: string;
  /** Other spoken forms of the same place; none of them names another place. */
  readonly synonyms: readonly string[];
}

interface Entry {
  readonly id: string;
  readonly name: string;
  readonly qualified: string;
  readonly forms: readonly string[];
}

const key = (word: string): string => word.trim().toLowerCase();

/**
 * The Japanese area values of the Alexa and Google models. A spoken form that several places share (「府中」:
 * 東京都府中市 and 広島県府中市; 「横浜」: 横浜市 and 青森県横浜町) is not made a synonym of one of them (the
 * platform would then resolve it to that one without a word): it is a value of its own whose text is the
 * form itself, which the dialogue reads as typed text (a city before a town, else "which one?"). A place whose
 * own name is shared is valued by its prefecture and name (「東京都府中市」).
 */
export function areaSlotValues(
  prefectures: readonly Prefecture[],
  places: readonly Place[] = [],
): AreaSlotValue[] {
  const entries: Entry[] = [];
  for (const p of prefectures) {
    const forms = prefectureForms(p).filter((form) => form !== p.nameEn);
    entries.push({ id: p.name, name: p.name, qualified: p.name, forms });
    for (const m of p.municipalities) {
      const name = m.name.replace(/\s+/gu, '');
      entries.push({
        id: `${p.name}/${m.name}`,
        name,
        qualified: `${p.name}${name}`,
        forms: municipalityForms(m),
      });
    }
  }
  for (const place of places) {
    const forms = [place.name, ...(place.reading === undefined ? [] : [place.reading])];
    entries.push({ id: `place:${place.name}`, name: place.name, qualified: place.name, forms });
  }

  const owners = new Map<string, Set<string>>();
  for (const entry of entries) {
    for (const form of [entry.name, ...entry.forms]) {
      if (form.trim() === '') continue;
      const ids = owners.get(key(form)) ?? new Set<string>();
      ids.add(entry.id);
      owners.set(key(form), ids);
    }
  }
  const shared = (form: string): boolean => (owners.get(key(form))?.size ?? 0) > 1;

  const values: AreaSlotValue[] = [];
  const taken = new Set<string>();
  const sharedNames: string[] = [];
  for (const entry of entries) {
    const value = shared(entry.name) ? entry.qualified : entry.name;
    if (taken.has(key(value))) continue;
    taken.add(key(value));
    const synonyms: string[] = [];
    for (const form of entry.forms) {
      if (form.trim() === '' || taken.has(key(form))) continue;
      if (shared(form)) {
        sharedNames.push(form.trim());
        continue;
      }
      taken.add(key(form));
      synonyms.push(form.trim());
    }
    values.push({ id: entry.id, value, synonyms });
  }
  for (const form of sharedNames) {
    if (taken.has(key(form))) continue;
    taken.add(key(form));
    values.push({ id: `name:${form}`, value: form, synonyms: [] });
  }
  return values;
}
