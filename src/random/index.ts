export { Random, WeightedTable } from './random';
export { randomInt, seededRandom } from './seeded-random';
