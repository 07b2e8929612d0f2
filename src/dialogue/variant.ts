/**
 * A stable pick among phrasing variants (FNV-1a over the turn, the key and the subject): the same turn
 * always reads the same, neighbouring turns read differently, and no randomness is involved.
 */
export function variantPick(...parts: readonly (string | number)[]): number {
  let h = 0x811c9dc5;
  const s = parts.join('|');
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}
