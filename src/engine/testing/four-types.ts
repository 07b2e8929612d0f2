import { CooccurrenceCounts } from '../model/cooccurrence-counts';
import { CooccurrenceModel } from '../model/cooccurrence-model';

/**
 * The hand-worked example used by the seed's tests. Ten users; smoothing α = 1.
 *   type        index  c_i   pairs c_ij
 *   cafe          0     5    cafe–konbini 1, cafe–restaurant 4, cafe–izakaya 1
 *   konbini       1     4    konbini–restaurant 1, konbini–izakaya 2
 *   restaurant    2     5    restaurant–izakaya 2
 *   izakaya       3     3
 */
export function fourTypeModel(): CooccurrenceModel {
  const ids = ['cafe', 'konbini', 'restaurant', 'izakaya'];
  const counts = new CooccurrenceCounts(4);
  counts.users = 10;
  [5, 4, 5, 3].forEach((c, i) => (counts.typeUsers[i] = c));
  const pairs: [number, number, number][] = [
    [0, 1, 1],
    [0, 2, 4],
    [0, 3, 1],
    [1, 2, 1],
    [1, 3, 2],
    [2, 3, 2],
  ];
  for (const [i, j, c] of pairs) {
    counts.pairUsers[i * 4 + j] = c;
    counts.pairUsers[j * 4 + i] = c;
  }
  return new CooccurrenceModel(ids, counts, 1);
}
