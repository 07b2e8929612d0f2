import type { Municipality, Prefecture } from '../catalog';
import { toRomaji } from './romaji';

/** The kana a municipality's suffix is read with: 市 し, 区 く, 町 ちょう/まち, 村 そん/むら. */
const SUFFIX_READINGS: Readonly<Record<string, readonly string[]>> = {
  市: ['し'],
  区: ['く'],
  町: ['ちょう', 'まち'],
  村: ['そん', 'むら'],
};

/** Bare kanji names shorter than this are not matched (北区 -> 北 would match everywhere); 柏市 -> 柏 is. */
const MIN_BARE_NAME = 2;
/** Kana forms shorter than this are not matched (きた, なか are ordinary words). */
const MIN_KANA = 3;

/**
 * How a form names its place, which decides where it may be read:
 * - `name`: the full written name (渋谷区, 東京都): anywhere.
 * - `stem`: a kanji name without its suffix (渋谷, 東京, 秋葉): only as a word of its own (not 秋葉原, 大分前).
 * - `reading`: kana or romaji (しぶや, shibuya), one-kanji city stems (柏) and town or village stems (佐川): only
 *   where a place was asked for or the utterance is essentially a place, and as a word of its own (not いいです
 *   -> いいで).
 */
export type AreaFormKind = 'name' | 'stem' | 'reading';

export interface AreaForm {
  readonly form: string;
  readonly kind: AreaFormKind;
  /** Overrides the place's rank for this form: 「中央区」 written out is any city's 中央区, Tokyo's or Osaka's. */
  readonly rank?: AreaRank;
}

/**
 * Which of several places sharing a name is meant: a prefecture before a city (or a Tokyo special ward),
 * before a designated city's ward or a station, before a town or village (横浜 is 横浜市, not 横浜町).
 */
export type AreaRank = 0 | 1 | 2 | 3;

export function municipalityRank(prefecture: string, municipality: string): AreaRank {
  if (/\s/u.test(municipality)) return 2;
  if (municipality.endsWith('市')) return 1;
  if (municipality.endsWith('区')) return prefecture === '東京都' ? 1 : 2;
  return 3;
}

/** How people name a prefecture: 東京都, 東京, とうきょうと, とうきょう, Tokyo. */
export function prefectureAreaForms(prefecture: Prefecture): AreaForm[] {
  const forms: AreaForm[] = [
    { form: prefecture.name, kind: 'name' },
    { form: prefecture.shortName, kind: prefecture.shortName === prefecture.name ? 'name' : 'stem' },
    // The English name of a prefecture (Tokyo, Osaka) is a name of its own, not a reading: no English word.
    { form: prefecture.nameEn, kind: 'name' },
  ];
  for (const reading of [prefecture.reading, prefecture.shortReading]) {
    if (reading.length >= MIN_KANA) forms.push({ form: reading, kind: 'reading' });
  }
  // 「都内」「道内」 name one prefecture each (府内 and 県内 could be any of several); 「沖縄本島」 is the main island
  // of 沖縄県, most of the prefecture's towns.
  for (const within of WITHIN_NAMES.get(prefecture.name) ?? []) forms.push({ form: within, kind: 'stem' });
  return forms;
}

const WITHIN_NAMES = new Map([
  ['東京都', ['都内']],
  ['北海道', ['道内']],
  ['沖縄県', ['沖縄本島']],
]);

/** The plain forms of prefectureAreaForms (the voice models list them). */
export function prefectureForms(prefecture: Prefecture): string[] {
  return prefectureAreaForms(prefecture).map((f) => f.form);
}

/**
 * How people name a municipality: 渋谷区, 渋谷, しぶやく, しぶや. A designated-city ward 「札幌市 中央区」 is also
 * named by the ward alone: 札幌市中央区, 中央区, 中央, さっぽろしちゅうおうく, ちゅうおうく, ちゅうおう.
 */
export function municipalityAreaForms(municipality: Municipality): AreaForm[] {
  const names = municipality.name.split(/\s+/u).filter((part) => part.length > 0);
  const readings = municipality.reading.split(/\s+/u).filter((part) => part.length > 0);
  const forms: AreaForm[] = [{ form: names.join(''), kind: 'name' }];
  if (readings.join('').length >= MIN_KANA) forms.push({ form: readings.join(''), kind: 'reading' });
  const name = names[names.length - 1];
  const reading = readings.length === names.length ? readings[readings.length - 1] : undefined;
  if (name === undefined) return forms;
  if (names.length > 1) {
    forms.push({ form: name, kind: 'name', rank: 1 });
    if (reading !== undefined && reading.length >= MIN_KANA) {
      forms.push({ form: reading, kind: 'reading', rank: 1 });
    }
  }
  const suffix = name.slice(-1);
  const suffixReadings = SUFFIX_READINGS[suffix];
  if (suffixReadings === undefined) return forms;
  const bareName = name.slice(0, -1);
  if (names.length > 1 && suffix === '区' && DIRECTION_ONLY.test(bareName) && reading !== undefined) {
    forms.push(...directionWardRomaji(reading, suffixReadings));
  }
  // A city of one kanji (柏市, 堺市) is still named by it, but only where a place is expected.
  const oneKanjiCity = bareName.length === 1 && suffix === '市' && names.length === 1;
  if (bareName.length < MIN_BARE_NAME && !oneKanjiCity) return forms;
  const kanji = /\p{Script=Han}/u.test(bareName);
  // A town or village without 町/村 (佐川, 玉川) is more often a surname or a brand than the town, except where
  // a place is expected.
  const small = suffix === '町' || suffix === '村';
  forms.push({ form: bareName, kind: oneKanjiCity || small || !kanji ? 'reading' : 'stem' });
  if (reading !== undefined) {
    const spoken = suffixReadings.find((kana) => reading.endsWith(kana));
    const bareReading = spoken === undefined ? undefined : reading.slice(0, -spoken.length);
    if (bareReading !== undefined && bareReading.length >= MIN_KANA) {
      forms.push({ form: bareReading, kind: 'reading' });
    }
    // Typed half in kana (「うご町」 for 羽後町, 「ふちゅう市」): the reading before the kanji suffix. Three times
    // 「場所がわかりませんでした」 to 「うご町だ」 ended a senior's search (p30-15).
    if (bareReading !== undefined && bareReading.length >= 2) {
      forms.push({ form: `${bareReading}${suffix}`, kind: 'reading' });
    }
    // Romaji for cities and Tokyo's wards (Shibuya, Yokohama, Yokohama city); towns and villages only when
    // long (Kutchan, Niseko): short ones are too often English words.
    const romajiOf = bareReading ?? '';
    const longEnough = (romaji: string) => (small ? romaji.length >= MIN_TOWN_ROMAJI : true);
    if (names.length === 1 && (suffix === '市' || suffix === '区' || small)) {
      for (const romaji of toRomaji(romajiOf).filter(isPlaceRomaji).filter(longEnough)) {
        forms.push({ form: romaji, kind: 'reading' });
        if (suffix === '市') forms.push({ form: `${romaji} city`, kind: 'reading' });
        if (small) forms.push({ form: `${romaji} ${suffix === '町' ? 'town' : 'village'}`, kind: 'reading' });
      }
    }
    // "Hakata", "Hakata-ku": a designated city's ward by its own name, unless that name is only a direction
    // (Kita, Chuo: every city has one).
    // A ward named like its city (川崎市 川崎区) is not named so in romaji: "Kawasaki" is the city.
    const cityStem = names[0]?.slice(0, -1);
    if (names.length > 1 && suffix === '区' && !DIRECTION_ONLY.test(bareName) && bareName !== cityStem) {
      for (const romaji of toRomaji(romajiOf).filter(isPlaceRomaji)) {
        forms.push(
          { form: romaji, kind: 'reading', rank: 1 },
          { form: `${romaji} ku`, kind: 'reading', rank: 1 },
          { form: `${romaji} ward`, kind: 'reading', rank: 1 },
        );
      }
    }
  }
  return forms;
}

/**
 * "Yokohama, Naka ward", "Kita-ku": a ward named only by a direction, said with "ku" or "ward", is that ward of
 * whichever city is named with it, as 「横浜の中区」 is; alone, the direction is no place.
 */
function directionWardRomaji(reading: string, suffixReadings: readonly string[]): AreaForm[] {
  const spoken = suffixReadings.find((kana) => reading.endsWith(kana));
  if (spoken === undefined) return [];
  return toRomaji(reading.slice(0, -spoken.length))
    .filter((romaji) => romaji.length >= 3)
    .flatMap((romaji) => [
      { form: `${romaji} ku`, kind: 'reading' as const, rank: 1 },
      { form: `${romaji} ward`, kind: 'reading' as const, rank: 1 },
    ]);
}

/** Ward names that only say where in the city: 北区, 中央区, 東区. */
const DIRECTION_ONLY = /^[東西南北中央]+$/u;

/** Romaji too short or too English to be a place by itself (そお -> so, だて -> date, みね -> mine). */
const NOT_PLACE_ROMAJI = new Set(['date', 'mine']);
const MIN_ROMAJI = 4;
const MIN_TOWN_ROMAJI = 6;

function isPlaceRomaji(romaji: string): boolean {
  return romaji.length >= MIN_ROMAJI && !NOT_PLACE_ROMAJI.has(romaji);
}

/** 保土ケ谷 / 保土ヶ谷 / 保土が谷, 霞ヶ関 / 霞が関: the small ヶ is written three ways. */
export function spellings(form: string): string[] {
  if (!/[ケヶが]/u.test(form) || !/\p{Script=Han}/u.test(form)) return [form];
  return [
    ...new Set([
      form,
      ...['ケ', 'ヶ', 'が'].map((k) => form.replace(/(?<=\p{Script=Han})[ケヶが](?=\p{Script=Han})/gu, k)),
    ]),
  ];
}

/** The plain forms of municipalityAreaForms (the voice models list them). */
export function municipalityForms(municipality: Municipality): string[] {
  return (
    municipalityAreaForms(municipality)
      .map((f) => f.form)
      .filter((form) => !/^[a-z ]+$/u.test(form))
      // Half kana, half kanji is how people type, not what a recogniser writes.
      .filter((form) => !KANA_THEN_SUFFIX.test(form))
  );
}

const KANA_THEN_SUFFIX = /^[\p{Script=Hiragana}ー]+[市区町村]$/u;
