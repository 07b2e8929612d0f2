/** The largest weight among some candidates and the heaviest of them, best first. */
export interface Heaviest {
  readonly max: number;
  /** Up to h listings with a positive weight, heaviest first; ties go to the lower index (as topK orders). */
  readonly head: number[];
}

/**
 * One pass over the candidates' weights for what every turn reads first: their maximum and the h heaviest.
 * The same result as a maximum loop followed by topK(candidates, l => weights[l], h) keeping positive weights,
 * in one tight loop: once h are held, almost every listing is dismissed by one comparison.
 */
export function heaviest(candidates: Int32Array, weights: Float64Array, h: number): Heaviest {
  const items = new Int32Array(h);
  const scores = new Float64Array(h);
  let size = 0;
  let max = 0;
  // Below this a listing cannot enter the head (the last held score once the head is full).
  let floor = -Infinity;
  for (let c = 0; c < candidates.length; c++) {
    const l = candidates[c]!;
    const w = weights[l]!;
    if (w > max) max = w;
    if (w < floor) continue;
    if (size === h && !(w > scores[h - 1]! || (w === scores[h - 1]! && l < items[h - 1]!))) continue;
    let at = size < h ? size : h - 1;
    while (at > 0 && (w > scores[at - 1]! || (w === scores[at - 1]! && l < items[at - 1]!))) {
      items[at] = items[at - 1]!;
      scores[at] = scores[at - 1]!;
      at--;
    }
    items[at] = l;
    scores[at] = w;
    if (size < h) size++;
    if (size === h) floor = scores[h - 1]!;
  }
  const head: number[] = [];
  for (let i = 0; i < size; i++) if (scores[i]! > 0) head.push(items[i]!);
  return { max, head };
}
