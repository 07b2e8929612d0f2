import type { Place } from '../catalog';
import type { AreaForm } from './area-forms';
import { toRomaji } from './romaji';

const HAS_KANJI = /\p{Script=Han}/u;

/**
 * How people name a station or district: 梅田, 梅田駅, うめだ, うめだえき, umeda, umeda station. A place listed
 * as 「横浜駅」 (its bare name is a city) is named only with 駅. Kana and romaji are readings (read only where a
 * place is expected); a kanji name must stand as a word of its own (栄 is not in 栄養士).
 */
export function placeForms(place: Place): AreaForm[] {
  const station = place.name.endsWith('駅');
  // 「仙台駅前」: a name with 駅 is written out and may run into 前.
  const kind = station ? 'name' : HAS_KANJI.test(place.name) ? 'stem' : 'reading';
  const forms: AreaForm[] = [{ form: place.name, kind }];
  if (!station) forms.push({ form: `${place.name}駅`, kind: 'name' });
  const reading = place.reading === undefined ? undefined : place.reading.replace(/えき$/u, '');
  if (reading === undefined) return forms;
  if (!station) forms.push({ form: reading, kind: 'reading' });
  forms.push({ form: `${reading}えき`, kind: 'reading' });
  for (const romaji of toRomaji(reading)) {
    if (!station) forms.push({ form: romaji, kind: 'reading' });
    forms.push({ form: `${romaji} station`, kind: 'reading' });
  }
  return forms;
}
