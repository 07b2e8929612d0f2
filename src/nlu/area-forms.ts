import type { Municipality, Prefecture } from '../catalog';

/** The kana a municipality's suffix is read with: 市 し, 区 く, 町 ちょう/まち, 村 そん/むら. */
const SUFFIX_READINGS: Readonly<Record<string, readonly string[]>> = {
  市: ['し'],
  区: ['く'],
  町: ['ちょう', 'まち'],
  村: ['そん', 'むら'],
};

/** Bare kanji names shorter than this are not matched (北区 -> 北 would match everywhere). */
const MIN_BARE_NAME = 2;
/** Kana forms shorter than this are not matched (きた, なか are ordinary words). */
const MIN_KANA = 3;

/** How people name a prefecture: 東京都, 東京, とうきょうと, とうきょう, Tokyo. */
export function prefectureForms(prefecture: Prefecture): string[] {
  const forms = [prefecture.name, prefecture.shortName, prefecture.nameEn];
  for (const reading of [prefecture.reading, prefecture.shortReading]) {
    if (reading.length >= MIN_KANA) forms.push(reading);
  }
  return forms;
}

/**
 * How people name a municipality: 渋谷区, 渋谷, しぶやく, しぶや. A designated-city ward 「札幌市 中央区」 is also
 * named by the ward alone: 札幌市中央区, 中央区, 中央, さっぽろしちゅうおうく, ちゅうおうく, ちゅうおう.
 */
export function municipalityForms(municipality: Municipality): string[] {
  const names = municipality.name.split(/\s+/u).filter((part) => part.length > 0);
  const readings = municipality.reading.split(/\s+/u).filter((part) => part.length > 0);
  const forms = [names.join('')];
  if (readings.join('').length >= MIN_KANA) forms.push(readings.join(''));
  const name = names[names.length - 1];
  const reading = readings.length === names.length ? readings[readings.length - 1] : undefined;
  if (name === undefined) return forms;
  if (names.length > 1) {
    forms.push(name);
    if (reading !== undefined && reading.length >= MIN_KANA) forms.push(reading);
  }
  const suffix = name.slice(-1);
  const suffixReadings = SUFFIX_READINGS[suffix];
  if (suffixReadings === undefined) return forms;
  const bareName = name.slice(0, -1);
  if (bareName.length < MIN_BARE_NAME) return forms;
  forms.push(bareName);
  if (reading !== undefined) {
    const spoken = suffixReadings.find((kana) => reading.endsWith(kana));
    const bareReading = spoken === undefined ? undefined : reading.slice(0, -spoken.length);
    if (bareReading !== undefined && bareReading.length >= MIN_KANA) forms.push(bareReading);
  }
  return forms;
}
