import type { Prefecture } from '../../catalog/types';

const KANJI = /\p{Script=Han}/u;
/** A place name may follow these (「東京都渋谷区」, 「札幌市中央区」) and still be a name of its own. */
const NAME_ENDINGS = new Set(['都', '道', '府', '県', '市', '郡']);

/**
 * Kana readings for municipality names, so a speech engine says 「三田市」 as the catalogue reads it. Only
 * names written in kanji with one reading across the country are kept; the others are left to the engine.
 */
export class SpokenReadings {
  private readonly byFirstChar = new Map<string, { name: string; reading: string }[]>();

  constructor(prefectures: readonly Pick<Prefecture, 'municipalities'>[]) {
    const readings = new Map<string, string | null>();
    for (const prefecture of prefectures) {
      for (const m of prefecture.municipalities) {
        const name = m.name.replace(/\s+/gu, '');
        const reading = m.reading.replace(/\s+/gu, '');
        if (!KANJI.test(name) || reading === '') continue;
        const seen = readings.get(name);
        readings.set(name, seen === undefined || seen === reading ? reading : null);
      }
    }
    for (const [name, reading] of readings) {
      if (reading === null) continue;
      const first = name.charAt(0);
      const list = this.byFirstChar.get(first) ?? [];
      list.push({ name, reading });
      this.byFirstChar.set(first, list);
    }
    for (const list of this.byFirstChar.values()) list.sort((a, b) => b.name.length - a.name.length);
  }

  /**
   * Wraps each place name in escaped SSML text with `<sub alias="reading">`. A name inside a longer kanji word
   * (「中央市場」) is not a place and is left alone.
   */
  apply(escaped: string): string {
    let out = '';
    let i = 0;
    while (i < escaped.length) {
      const match = this.matchAt(escaped, i);
      if (match === null) {
        out += escaped.charAt(i);
        i += 1;
        continue;
      }
      out += `<sub alias="${match.reading}">${match.name}</sub>`;
      i += match.name.length;
    }
    return out;
  }

  private matchAt(s: string, i: number): { name: string; reading: string } | null {
    const candidates = this.byFirstChar.get(s.charAt(i));
    if (candidates === undefined) return null;
    const before = i > 0 ? s.charAt(i - 1) : '';
    if (before !== '' && KANJI.test(before) && !NAME_ENDINGS.has(before)) return null;
    for (const candidate of candidates) {
      if (!s.startsWith(candidate.name, i)) continue;
      const after = s.charAt(i + candidate.name.length);
      if (after !== '' && KANJI.test(after)) continue;
      return candidate;
    }
    return null;
  }
}
