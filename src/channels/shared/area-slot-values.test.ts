import type { Municipality, Prefecture } from '../../catalog/types';
import { areaSlotValues } from './area-slot-values';

const m = (name: string, reading: string): Municipality => ({ name, reading, lat: 0, lng: 0 });
const pref = (name: string, shortName: string, municipalities: Municipality[]): Prefecture => ({
  name,
  reading: '',
  shortName,
  shortReading: '',
  nameEn: name,
  lat: 0,
  lng: 0,
  municipalities,
});

const PREFECTURES = [
  pref('青森県', '青森', [m('横浜町', 'よこはままち')]),
  pref('東京都', '東京', [m('府中市', 'ふちゅうし'), m('渋谷区', 'しぶやく')]),
  pref('神奈川県', '神奈川', [m('横浜市', 'よこはまし')]),
  pref('広島県', '広島', [m('府中市', 'ふちゅうし')]),
];

describe('areaSlotValues', () => {
  const values = areaSlotValues(PREFECTURES, [
    { name: '上野', reading: 'うえの', prefecture: '東京都', municipality: '台東区' },
  ]);
  const heard = (word: string) => values.filter((v) => v.value === word || v.synonyms.includes(word));

  it('never gives one place a name that several places share: the name is a value of its own', () => {
    for (const word of ['横浜', 'よこはま', '府中', 'ふちゅう', '府中市']) {
      expect(heard(word)).toEqual([{ id: `name:${word}`, value: word, synonyms: [] }]);
    }
  });

  it('values a place whose own name is shared by its prefecture and name', () => {
    expect(heard('東京都府中市').map((v) => v.id)).toEqual(['東京都/府中市']);
    expect(heard('広島県府中市').map((v) => v.id)).toEqual(['広島県/府中市']);
  });

  it('keeps the forms only one place has as its synonyms, and lists stations', () => {
    expect(heard('しぶや').map((v) => v.value)).toEqual(['渋谷区']);
    expect(heard('横浜町').map((v) => v.id)).toEqual(['青森県/横浜町']);
    expect(heard('うえの').map((v) => v.value)).toEqual(['上野']);
  });

  it('uses every spoken word once across the type', () => {
    const words = values.flatMap((v) => [v.value, ...v.synonyms]);
    expect(new Set(words).size).toBe(words.length);
  });
});
