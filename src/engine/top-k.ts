/**
 * The k highest-scoring items of a candidate list, best first; ties go to the lower index so results are
 * stable. One pass with a small sorted buffer: O(n·k) worst case, close to O(n) in practice for k = 10.
 */
export function topK(candidates: ArrayLike<number>, score: (index: number) => number, k: number): number[] {
  const items: number[] = [];
  const scores: number[] = [];
  for (let c = 0; c < candidates.length; c++) {
    const item = candidates[c]!;
    const s = score(item);
    if (items.length === k && !(s > scores[k - 1]! || (s === scores[k - 1]! && item < items[k - 1]!)))
      continue;
    let at = items.length < k ? items.length : k - 1;
    while (at > 0 && (s > scores[at - 1]! || (s === scores[at - 1]! && item < items[at - 1]!))) at--;
    items.splice(at, 0, item);
    scores.splice(at, 0, s);
    if (items.length > k) {
      items.pop();
      scores.pop();
    }
  }
  return items;
}
