import { toRomaji } from '../nlu/romaji';

/** How each municipality suffix reads in kana, and its English word. */
const SUFFIXES: readonly { readonly kanji: string; readonly kana: readonly string[]; readonly en: string }[] =
  [
    { kanji: '市', kana: ['し'], en: 'City' },
    { kanji: '区', kana: ['く'], en: 'Ward' },
    { kanji: '町', kana: ['ちょう', 'まち'], en: 'Town' },
    { kanji: '村', kana: ['むら', 'そん'], en: 'Village' },
  ];

/**
 * A municipality as an English reader would write it, from its name and kana reading: 「大阪市 北区」
 * (おおさかし きたく) is "Kita Ward, Osaka City". Undefined when the reading does not line up with the name,
 * so the caller keeps the Japanese.
 */
export function municipalityInEnglish(name: string, reading: string): string | undefined {
  const names = name.split(/\s+/u);
  const readings = reading.split(/\s+/u);
  if (names.length !== readings.length) return undefined;
  const parts: string[] = [];
  for (const [i, part] of names.entries()) {
    const suffix = SUFFIXES.find((s) => part.endsWith(s.kanji));
    const kana = readings[i] ?? '';
    const spoken = suffix?.kana.find((k) => kana.endsWith(k));
    if (suffix === undefined || spoken === undefined) return undefined;
    const romaji = toRomaji(kana.slice(0, -spoken.length))[0];
    if (romaji === undefined || romaji.length === 0) return undefined;
    parts.unshift(`${romaji.charAt(0).toUpperCase()}${romaji.slice(1)} ${suffix.en}`);
  }
  return parts.join(', ');
}
